/** Strings of the 计划书信息 panel (Chinese first; English must have the same keys). */
export const planInfoZh = {
	open: '计划书信息',
	title: '计划书信息',
	hint: '封面和前几章用到的内容：项目名称、申报单位、项目周期、申请金额、社区概况……所有编辑者可以同时填写，实时生效。',
	readOnly: '只读：你可以查看，不能修改。',
	close: '关闭',
	projectNamePlaceholder: '留空则用白板名称：{{title}}',
	privateHint: '私密：只有编辑者和主持人能看到，公开导出不含此项',
	privateUnavailable: '私密内容正在同步……',
}

export const planInfoEn: typeof planInfoZh = {
	open: 'Plan info',
	title: 'Plan information',
	hint: 'What the cover and the first chapters use: project name, applicant, period, amount requested, the community… Everyone with an editor link fills it in together, live.',
	readOnly: 'Read only: you can see it but not change it.',
	close: 'Close',
	projectNamePlaceholder: 'Empty: the board’s title, {{title}}',
	privateHint: 'Private: only editors and facilitators see it; public exports leave it out',
	privateUnavailable: 'Private fields are syncing…',
}
