/**
 * Strings that guide a person through the board: empty-lane hints, progress of long work,
 * linking cards without dragging (Chinese first; English must have the same keys).
 */
export const guidanceZh = {
	laneHint: '点这里添加{{kind}}',
	laneHintLabel: '在“{{lane}}”里添加{{kind}}卡片',
	progress: {
		docx: '正在生成计划书…',
		markdown: '正在生成 Markdown 计划书…',
		xlsx: '正在生成 Excel 清单…',
		csv: '正在生成 CSV 清单…',
		print: '正在准备打印版计划书…',
		import: '正在导入…',
		picture: '正在绘制白板图片…',
		done: '已完成',
		failed: '未能完成：{{message}}',
		dismiss: '关闭',
		errors: {
			network: '连不上服务器，请检查网络后再试一次。',
			busy: '服务器正忙，请稍等一会儿再试一次。',
			forbidden: '你的链接没有这个权限，请向主持人要一个编辑链接。',
			other: '出了点问题，请再试一次；如果一直这样，请联系管理员。',
		},
	},
	connect: {
		button: '连接到…',
		title: '把“{{card}}”连接到…',
		search: '搜索卡片',
		none: '没有可以连接的卡片',
		noMatch: '没有符合的卡片',
		already: '已连接',
		outgoing: '{{from}} → {{to}}：{{type}}',
		created: '已连接：{{from}} → {{to}}',
		cancel: '取消',
		hint: '只列出能与这张卡片建立匹配关系的卡片（资源 → 需求/项目，项目 → 需求，主体 → 资源）。',
	},
}

export const guidanceEn: typeof guidanceZh = {
	laneHint: 'Click here to add a {{kind}}',
	laneHintLabel: 'Add a {{kind}} card in “{{lane}}”',
	progress: {
		docx: 'Building the project plan…',
		markdown: 'Building the Markdown plan…',
		xlsx: 'Building the Excel lists…',
		csv: 'Building the CSV lists…',
		print: 'Preparing the print version…',
		import: 'Importing…',
		picture: 'Drawing the board picture…',
		done: 'Done',
		failed: 'Could not finish: {{message}}',
		dismiss: 'Close',
		errors: {
			network: 'The server cannot be reached. Check the network and try again.',
			busy: 'The server is busy. Wait a moment and try again.',
			forbidden: 'Your link does not allow this. Ask the facilitator for an editor link.',
			other: 'Something went wrong. Try again; if it keeps happening, contact the administrator.',
		},
	},
	connect: {
		button: 'Link to…',
		title: 'Link “{{card}}” to…',
		search: 'Search cards',
		none: 'No card can be linked to this one',
		noMatch: 'No card matches',
		already: 'Linked',
		outgoing: '{{from}} → {{to}}: {{type}}',
		created: 'Linked: {{from}} → {{to}}',
		cancel: 'Cancel',
		hint: 'Only cards that can form a link with this one are listed (resource → need/project, project → need, actor → resource).',
	},
}
