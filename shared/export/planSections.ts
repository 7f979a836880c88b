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
	{
		id: 'cover',
		zh: '封面',
		en: 'Cover',
		empty: { zh: '（暂无数据）', en: '(No data)' },
	},
	{
		id: 'summary',
		zh: '一、项目概要',
		en: '1. Project summary',
		empty: { zh: '（暂无数据：白板上还没有卡片）', en: '(No data: the board has no cards yet)' },
	},
	{
		id: 'background',
		zh: '二、背景与需求分析',
		en: '2. Background and needs analysis',
		empty: { zh: '（暂无数据：白板上还没有需求卡片）', en: '(No data: the board has no need cards yet)' },
	},
	{
		id: 'resources',
		zh: '三、资源评估',
		en: '3. Resource assessment',
		empty: { zh: '（暂无数据：白板上还没有资源卡片）', en: '(No data: the board has no resource cards yet)' },
	},
	{
		id: 'goals',
		zh: '四、项目目标',
		en: '4. Project goals',
		empty: { zh: '（暂无数据：白板上还没有项目卡片）', en: '(No data: the board has no project cards yet)' },
	},
	{
		id: 'beneficiaries',
		zh: '五、服务对象与受益人数',
		en: '5. Target groups and beneficiaries',
		empty: {
			zh: '（暂无数据：白板上还没有项目或需求卡片）',
			en: '(No data: the board has no project or need cards yet)',
		},
	},
	{
		id: 'implementation',
		zh: '六、实施内容与进度安排',
		en: '6. Activities and schedule',
		empty: { zh: '（暂无数据：白板上还没有项目卡片）', en: '(No data: the board has no project cards yet)' },
	},
	{
		id: 'organisation',
		zh: '七、组织架构与多方分工',
		en: '7. Organisation and division of roles',
		empty: { zh: '（暂无数据：白板上还没有主体卡片）', en: '(No data: the board has no actor cards yet)' },
	},
	{
		id: 'allocation',
		zh: '八、资源配置与供需匹配方案',
		en: '8. Resource allocation and matching',
		empty: {
			zh: '（暂无数据：白板上还没有连接卡片的匹配连线）',
			en: '(No data: no arrows link cards on the board yet)',
		},
	},
	{
		id: 'budget',
		zh: '九、项目预算',
		en: '9. Budget',
		empty: { zh: '（暂无数据：项目卡片还没有填写预算）', en: '(No data: no project has a budget yet)' },
	},
	{
		id: 'risks',
		zh: '十、风险与应对',
		en: '10. Risks and responses',
		empty: {
			zh: '（暂无数据：项目卡片还没有填写风险与应对）',
			en: '(No data: no project lists risks and responses yet)',
		},
	},
	{
		id: 'evaluation',
		zh: '十一、评估指标',
		en: '11. Evaluation indicators',
		empty: {
			zh: '（暂无数据：项目卡片还没有评估指标、受益人数或预算）',
			en: '(No data: no project has indicators, beneficiaries or a budget yet)',
		},
	},
	{
		id: 'sustainability',
		zh: '十二、可持续性与居民参与',
		en: '12. Sustainability and resident participation',
		empty: {
			zh: '（暂无数据：白板上还没有居民、志愿或社区组织方面的主体与资源）',
			en: '(No data: the board has no residents, volunteers or community organisations yet)',
		},
	},
	{
		id: 'appendix',
		zh: '附件',
		en: 'Appendices',
		empty: { zh: '（暂无数据：白板上还没有卡片）', en: '(No data: the board has no cards yet)' },
	},
]

/** The section with id `id`. */
export function planSection(id: PlanSectionId): PlanSection {
	const found = PLAN_SECTIONS.find((s) => s.id === id)
	if (!found) throw new Error(`Unknown plan section: ${id}`)
	return found
}

/** The titles of the appendices (附件), in order; the lists they hold are `LIST_SHEET_NAMES`. */
export const PLAN_APPENDICES = [
	{ list: 'needs', zh: '附件一：需求清单', en: 'Appendix 1: Needs list' },
	{ list: 'resources', zh: '附件二：资源清单', en: 'Appendix 2: Resources list' },
	{ list: 'projects', zh: '附件三：项目清单', en: 'Appendix 3: Projects list' },
	{ list: 'matches', zh: '附件四：匹配表', en: 'Appendix 4: Match table' },
] as const
