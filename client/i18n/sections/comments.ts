/** Strings of the comments feature (Chinese first; English must have the same keys). */
export const commentsZh = {
	title: '评论',
}

export const commentsEn: typeof commentsZh = {
	title: 'Comments',
}
