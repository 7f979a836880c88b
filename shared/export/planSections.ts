/** The id of a section of the 项目计划书. */
export type PlanSectionId =
	| 'cover'
	| 'summary'
	| 'background'
	| 'resources'
	| 'goals'
	| 'beneficiaries'
	| 'implementation'
	| 'organisation'
	| 'allocation'
	| 'budget'
	| 'risks'
	| 'evaluation'
	| 'sustainability'
	| 'appendix'

/** One section of the 项目计划书: its heading in both languages and what it says when it has no data. */
export interface PlanSection {
	readonly id: PlanSectionId
	readonly zh: string
	readonly en: string
	/** The plain sentence shown instead of the content when the board has no data for it. */
	readonly empty: { readonly zh: string; readonly en: string }
}

/**
 * The sections of the 项目计划书, in order, as PRODUCT.md outlines them. Markdown,
 * Word and the print view all use these headings.
 */
export const PLAN_SECTIONS: readonly PlanSection[] = [
	{ id: 'cover', zh: '封面', en: 'Cover', empty: { zh: '尚未填写', en: 'Not filled in yet' } },
	{
		id: 'summary',
		zh: '一、项目概要',
		en: '1. Project summary',
		empty: { zh: '尚未填写项目概要', en: 'No project summary has been filled in yet.' },
	},
	{
		id: 'background',
		zh: '二、背景与需求分析',
		en: '2. Background and needs analysis',
		empty: { zh: '尚未填写社区概况与需求分析', en: 'No community profile or needs have been filled in yet.' },
	},
	{
		id: 'resources',
		zh: '三、资源评估',
		en: '3. Resource assessment',
		empty: { zh: '尚未填写资源评估', en: 'No resources have been assessed yet.' },
	},
	{
		id: 'goals',
		zh: '四、项目目标',
		en: '4. Project goals',
		empty: { zh: '尚未填写项目目标', en: 'No goals have been filled in yet.' },
	},
	{
		id: 'beneficiaries',
		zh: '五、服务对象与受益人数',
		en: '5. Target groups and beneficiaries',
		empty: { zh: '尚未填写服务对象与受益人数', en: 'No target groups or beneficiaries have been filled in yet.' },
	},
	{
		id: 'implementation',
		zh: '六、实施内容与进度安排',
		en: '6. Activities and schedule',
		empty: { zh: '尚未填写实施内容与进度安排', en: 'No activities or schedule have been filled in yet.' },
	},
	{
		id: 'organisation',
		zh: '七、组织架构与多方分工',
		en: '7. Organisation and division of roles',
		empty: { zh: '尚未填写参与主体与分工', en: 'No parties or roles have been filled in yet.' },
	},
	{
		id: 'allocation',
		zh: '八、资源配置与供需匹配方案',
		en: '8. Resource allocation and matching',
		empty: { zh: '尚未填写资源配置与供需匹配方案', en: 'No allocations or matches have been filled in yet.' },
	},
	{
		id: 'budget',
		zh: '九、项目预算',
		en: '9. Budget',
		empty: { zh: '尚未填写项目预算', en: 'No budget has been filled in yet.' },
	},
	{
		id: 'risks',
		zh: '十、风险与应对',
		en: '10. Risks and responses',
		empty: { zh: '尚未填写风险与应对', en: 'No risks and responses have been filled in yet.' },
	},
	{
		id: 'evaluation',
		zh: '十一、评估指标',
		en: '11. Evaluation indicators',
		empty: { zh: '尚未填写评估指标', en: 'No indicators have been filled in yet.' },
	},
	{
		id: 'sustainability',
		zh: '十二、可持续性与居民参与',
		en: '12. Sustainability and resident participation',
		empty: {
			zh: '尚未填写可持续性与居民参与',
			en: 'Nothing on sustainability and resident participation has been filled in yet.',
		},
	},
	{
		id: 'appendix',
		zh: '附件',
		en: 'Appendices',
		empty: { zh: '无附件', en: 'No appendices.' },
	},
]

/** The section with id `id`. */
export function planSection(id: PlanSectionId): PlanSection {
	const found = PLAN_SECTIONS.find((s) => s.id === id)
	if (!found) throw new Error(`Unknown plan section: ${id}`)
	return found
}

/** The lists of the appendices (附件), in order, with their titles. */
export const PLAN_APPENDICES = [
	{ list: 'needs', zh: '附件一：需求清单', en: 'Appendix 1: Needs' },
	{ list: 'resources', zh: '附件二：资源清单', en: 'Appendix 2: Resources' },
	{ list: 'projects', zh: '附件三：项目清单', en: 'Appendix 3: Projects' },
	{ list: 'actors', zh: '附件四：参与主体清单', en: 'Appendix 4: Parties' },
] as const

/** The title of the appendix after the lists, with the pictures of the canvas. */
export const PLAN_CANVAS_APPENDIX = { zh: '附件五：白板画布', en: 'Appendix 5: The board' } as const
