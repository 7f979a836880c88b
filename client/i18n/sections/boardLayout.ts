/** Strings of the board's layout on phones and small screens (Chinese first; English must have the same keys). */
export const boardLayoutZh = {
	details: '详情',
	detailsHint: '查看和编辑这张卡片的全部内容',
	closeDetails: '关闭详情',
	folded: {
		following: '跟随中',
		waiting: '等待主持人',
		stopped: '未跟随',
		leading: '大家在跟随你',
	},
}

export const boardLayoutEn: typeof boardLayoutZh = {
	details: 'Details',
	detailsHint: 'See and edit everything on this card',
	closeDetails: 'Close details',
	folded: {
		following: 'Following',
		waiting: 'Waiting',
		stopped: 'Not following',
		leading: 'Others follow you',
	},
}
