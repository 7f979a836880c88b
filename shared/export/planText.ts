/**
 * The words of the 项目计划书 in both languages: labels, column headers and the short
 * phrases every section uses. The renderers (Word, Markdown, print page) write no plan
 * text of their own; sentences built from figures live with their section in
 * shared/export/planDoc/.
 */
import type { PlanLang } from '../plan/planTypes'
import { formatPlanNumber } from './formatPlanNumber'

/** The Chinese or the English text. */
export function pick(lang: PlanLang, zh: string, en: string): string {
	return lang === 'zh' ? zh : en
}

/** A number as the plan writes it ('' when unknown). */
export function num(v: number | null, lang: PlanLang): string {
	return formatPlanNumber(v, lang)
}

/** A card title, or a placeholder when the card has none. */
export function untitled(title: string, lang: PlanLang): string {
	return title.trim() === '' ? pick(lang, '（未命名）', '(untitled)') : title
}

/** What an empty field reads as in the plan. */
export function notFilled(lang: PlanLang): string {
	return pick(lang, '未填写', 'not filled in')
}

/** Names joined the way each language lists them. */
export function joinNames(names: readonly string[], lang: PlanLang): string {
	return names.join(lang === 'zh' ? '、' : ', ')
}

/** The colon after a label. */
export function colon(lang: PlanLang): string {
	return lang === 'zh' ? '：' : ': '
}

/** The full stop that ends a sentence. */
export function stop(lang: PlanLang): string {
	return lang === 'zh' ? '。' : '.'
}

/** The plan's fixed words, in both languages. */
export const PLAN_WORDS = {
	projectPlan: { zh: '项目计划书', en: 'Project plan' },
	untitledPlan: { zh: '未命名项目', en: 'Untitled project' },
	contents: { zh: '目录', en: 'Contents' },
	projectName: { zh: '项目名称', en: 'Project name' },
	applicant: { zh: '申报单位', en: 'Applicant' },
	executingOrg: { zh: '执行单位', en: 'Executing organisation' },
	contactPerson: { zh: '联系人', en: 'Contact person' },
	contactPhone: { zh: '联系电话', en: 'Phone' },
	period: { zh: '项目周期', en: 'Project period' },
	requestedAmount: { zh: '申请金额', en: 'Amount requested' },
	date: { zh: '日期', en: 'Date' },
	total: { zh: '合计', en: 'Total' },
	none: { zh: '无', en: 'none' },
	project: { zh: '项目', en: 'Project' },
	need: { zh: '需求', en: 'Need' },
	resource: { zh: '资源', en: 'Resource' },
	actor: { zh: '主体', en: 'Actor' },
	provider: { zh: '提供方', en: 'Provider' },
	mechanism: { zh: '机制', en: 'Mechanism' },
	quantity: { zh: '数量', en: 'Quantity' },
	lead: { zh: '牵头方', en: 'Lead' },
	partners: { zh: '合作方', en: 'Partners' },
	targetGroup: { zh: '服务对象', en: 'Target group' },
	directBeneficiaries: { zh: '直接受益人数', en: 'Direct beneficiaries' },
	indirectBeneficiaries: { zh: '间接受益人数', en: 'Indirect beneficiaries' },
	startDate: { zh: '开始日期', en: 'Start' },
	endDate: { zh: '结束日期', en: 'End' },
	stage: { zh: '当前阶段', en: 'Stage' },
	category: { zh: '类别', en: 'Category' },
	urgency: { zh: '紧迫程度', en: 'Urgency' },
	source: { zh: '来源', en: 'Source' },
	votes: { zh: '票数', en: 'Votes' },
	priority: { zh: '优先级', en: 'Priority' },
	metBy: { zh: '满足方式', en: 'Met by' },
	type: { zh: '类型', en: 'Type' },
	sector: { zh: '属性', en: 'Sector' },
	availability: { zh: '可用时间', en: 'Availability' },
	conditions: { zh: '使用条件', en: 'Conditions' },
	location: { zh: '位置', en: 'Location' },
	allocatedTo: { zh: '配置去向', en: 'Allocated to' },
	notAllocated: { zh: '尚未配置', en: 'Not allocated yet' },
	notMet: { zh: '尚未匹配', en: 'Not matched yet' },
	no: { zh: '序号', en: 'No.' },
	description: { zh: '说明', en: 'Description' },
	contact: { zh: '联系方式', en: 'Contact' },
	raisedBy: { zh: '提出人', en: 'Raised by' },
	grid: { zh: '网格/位置', en: 'Grid / location' },
	status: { zh: '状态', en: 'Status' },
	roles: { zh: '调度角色', en: 'Dispatch roles' },
	influence: { zh: '影响力', en: 'Influence' },
	interest: { zh: '关注度', en: 'Interest' },
	projectsTakenPart: { zh: '参与项目', en: 'Projects' },
	provides: { zh: '提供资源', en: 'Provides' },
	leads: { zh: '牵头', en: 'Leads' },
	partnerIn: { zh: '合作', en: 'Partner in' },
	publisher: { zh: '发布方', en: 'Published by' },
	applicantRole: { zh: '申请方', en: 'Applied for by' },
	coordinator: { zh: '统筹方', en: 'Coordinated by' },
	executor: { zh: '执行方', en: 'Carried out by' },
	trail: { zh: '流程记录', en: 'Trail' },
	activityDate: { zh: '日期', en: 'Date' },
	activity: { zh: '活动内容', en: 'Activity' },
	place: { zh: '地点', en: 'Place' },
	owner: { zh: '负责方', en: 'Responsible' },
	participants: { zh: '参与对象', en: 'Participants' },
	budgetItem: { zh: '支出项目', en: 'Item' },
	inKindItem: { zh: '内容', en: 'Item' },
	quantityTimesPrice: { zh: '数量 × 单价', en: 'Quantity × unit price' },
	amount: { zh: '金额', en: 'Amount' },
	inKindAmount: { zh: '折算金额', en: 'Value' },
	budgetSource: { zh: '经费来源', en: 'Source' },
	cash: { zh: '资金', en: 'Cash' },
	inKind: { zh: '实物与志愿折算', en: 'In kind' },
	risk: { zh: '风险', en: 'Risk' },
	response: { zh: '应对措施', en: 'Response' },
	indicator: { zh: '指标', en: 'Indicator' },
	dimension: { zh: '维度', en: 'Dimension' },
	baseline: { zh: '基线', en: 'Baseline' },
	target: { zh: '目标', en: 'Target' },
	actual: { zh: '实际', en: 'Actual' },
	figure: { zh: '指标', en: 'Figure' },
	value: { zh: '数值', en: 'Value' },
	notSet: { zh: '未设定', en: 'not set' },
	notApplicable: { zh: '不适用', en: 'n/a' },
	toBeDecided: { zh: '待定', en: 'to be decided' },
	wholeBoard: { zh: '白板全貌', en: 'The whole board' },
} as const satisfies Record<string, { zh: string; en: string }>

/** One of the plan's fixed words. */
export type PlanWord = keyof typeof PLAN_WORDS

/** A fixed word in `lang`. */
export function word(lang: PlanLang, key: PlanWord): string {
	return PLAN_WORDS[key][lang]
}
