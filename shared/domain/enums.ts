/**
 * The enumerations of the 整合式合作 domain, each value with its Chinese and English
 * label. Values are stable identifiers stored in the board; labels are for people.
 */

/** One choice of an enumeration. */
export interface EnumOption<V extends string = string> {
	readonly value: V
	readonly zh: string
	readonly en: string
}

function options<const T extends readonly EnumOption[]>(list: T): T {
	return list
}

/** The three sources of resources (资源来源). */
export const SECTORS = options([
	{ value: 'government', zh: '政府', en: 'Government' },
	{ value: 'market', zh: '市场', en: 'Market' },
	{ value: 'society', zh: '社会', en: 'Society' },
])
export type Sector = (typeof SECTORS)[number]['value']

/** An actor's sector: the three sources plus residents themselves. */
export const ACTOR_SECTORS = options([...SECTORS, { value: 'residents', zh: '居民', en: 'Residents' }])
export type ActorSector = (typeof ACTOR_SECTORS)[number]['value']

/** Resource types (资源类型). */
export const RESOURCE_TYPES = options([
	{ value: 'policy', zh: '政策合法性', en: 'Policy & legitimacy' },
	{ value: 'funds', zh: '资金', en: 'Funds' },
	{ value: 'space', zh: '场地空间', en: 'Space & venues' },
	{ value: 'materials', zh: '物资', en: 'Materials' },
	{ value: 'management', zh: '管理经验', en: 'Management experience' },
	{ value: 'skills', zh: '专业技能', en: 'Professional skills' },
	{ value: 'volunteers', zh: '志愿人力', en: 'Volunteers' },
	{ value: 'information', zh: '信息', en: 'Information' },
])
export type ResourceType = (typeof RESOURCE_TYPES)[number]['value']

/** Need categories (需求类别). */
export const NEED_CATEGORIES = options([
	{ value: 'goods', zh: '物品', en: 'Goods' },
	{ value: 'services', zh: '服务', en: 'Services' },
	{ value: 'facilities', zh: '设施', en: 'Facilities' },
	{ value: 'wish', zh: '微心愿', en: 'Small wish' },
])
export type NeedCategory = (typeof NEED_CATEGORIES)[number]['value']

/** Suggested target groups (服务对象); the field itself is free text. */
export const TARGET_GROUP_SUGGESTIONS = options([
	{ value: '老年人', zh: '老年人', en: 'Elderly' },
	{ value: '青少年', zh: '青少年', en: 'Youth' },
	{ value: '新就业群体', zh: '新就业群体', en: 'New-economy workers' },
	{ value: '商户', zh: '商户', en: 'Merchants' },
	{ value: '困境儿童', zh: '困境儿童', en: 'Children in difficulty' },
	{ value: '残障人士', zh: '残障人士', en: 'People with disabilities' },
	{ value: '租户', zh: '租户', en: 'Tenants' },
	{ value: '全体居民', zh: '全体居民', en: 'All residents' },
])

/** Urgency (紧迫程度). */
export const URGENCIES = options([
	{ value: 'high', zh: '高', en: 'High' },
	{ value: 'medium', zh: '中', en: 'Medium' },
	{ value: 'low', zh: '低', en: 'Low' },
])
export type Urgency = (typeof URGENCIES)[number]['value']

/** Where a need was found (来源). */
export const NEED_SOURCES = options([
	{ value: 'visit', zh: '走访', en: 'Home visit' },
	{ value: 'survey', zh: '问卷', en: 'Survey' },
	{ value: 'council', zh: '议事会', en: 'Residents’ council' },
	{ value: 'grid', zh: '网格上报', en: 'Grid report' },
	{ value: 'other', zh: '其他', en: 'Other' },
])
export type NeedSource = (typeof NEED_SOURCES)[number]['value']

/** Need status (状态). */
export const NEED_STATUSES = options([
	{ value: 'open', zh: '待认领', en: 'Open' },
	{ value: 'matched', zh: '已匹配', en: 'Matched' },
	{ value: 'inProgress', zh: '办理中', en: 'In progress' },
	{ value: 'done', zh: '已完成', en: 'Done' },
	{ value: 'followedUp', zh: '已回访', en: 'Followed up' },
])
export type NeedStatus = (typeof NEED_STATUSES)[number]['value']

/** The activity dispatch workflow (活动调度): publish → apply → coordinate → execute → close. */
export const DISPATCH_STATUSES = options([
	{ value: 'published', zh: '发布', en: 'Published' },
	{ value: 'applied', zh: '申请', en: 'Applied' },
	{ value: 'coordinating', zh: '统筹', en: 'Coordinating' },
	{ value: 'executing', zh: '执行', en: 'Executing' },
	{ value: 'closed', zh: '结项', en: 'Closed' },
	{ value: 'followUp', zh: '回访', en: 'Follow-up' },
])
export type DispatchStatus = (typeof DISPATCH_STATUSES)[number]['value']

/** Allocation mechanisms (配置机制). */
export const MECHANISMS = options([
	{ value: 'administrative', zh: '行政借力', en: 'Administrative leverage' },
	{ value: 'social', zh: '社会机制', en: 'Social mechanism' },
	{ value: 'market', zh: '市场机制', en: 'Market mechanism' },
])
export type Mechanism = (typeof MECHANISMS)[number]['value']

/** Kinds of actors (主体类型). */
export const ACTOR_KINDS = options([
	{ value: 'subdistrict', zh: '街道', en: 'Sub-district office' },
	{ value: 'communityCommittee', zh: '社区两委', en: 'Community committee' },
	{ value: 'gridWorker', zh: '网格员', en: 'Grid worker' },
	{ value: 'socialWorkOrg', zh: '社工机构', en: 'Social work organisation' },
	{ value: 'enterprise', zh: '企业/商户', en: 'Enterprise / merchant' },
	{ value: 'partyMember', zh: '党员', en: 'Party members' },
	{ value: 'volunteerTeam', zh: '志愿队', en: 'Volunteer team' },
	{ value: 'communityOrg', zh: '社区社会组织', en: 'Community organisation' },
	{ value: 'school', zh: '学校', en: 'School' },
	{ value: 'university', zh: '高校', en: 'University' },
	{ value: 'court', zh: '法院/检察院', en: 'Court / procuratorate' },
	{ value: 'hospital', zh: '医院', en: 'Hospital' },
	{ value: 'association', zh: '行业协会', en: 'Trade association' },
	{ value: 'craftsperson', zh: '传统文化传承人', en: 'Craftsperson' },
	{ value: 'other', zh: '其他', en: 'Other' },
])
export type ActorKind = (typeof ACTOR_KINDS)[number]['value']

/** Roles in the dispatch workflow (调度角色). */
export const ACTOR_ROLES = options([
	{ value: 'publisher', zh: '发布方', en: 'Publisher' },
	{ value: 'applicant', zh: '申请方', en: 'Applicant' },
	{ value: 'coordinator', zh: '统筹方', en: 'Coordinator' },
	{ value: 'executor', zh: '执行方', en: 'Executor' },
	{ value: 'funder', zh: '出资方', en: 'Funder' },
])
export type ActorRole = (typeof ACTOR_ROLES)[number]['value']

/** Budget sources (经费来源). */
export const BUDGET_SOURCES = options([
	{ value: 'govPurchase', zh: '政府购买', en: 'Government purchase' },
	{ value: 'selfRaised', zh: '自筹', en: 'Self-raised' },
	{ value: 'enterprise', zh: '企业配套', en: 'Enterprise co-funding' },
	{ value: 'donation', zh: '社会捐赠', en: 'Social donation' },
])
export type BudgetSource = (typeof BUDGET_SOURCES)[number]['value']

/** Expense categories of a budget line (支出类别). */
export const BUDGET_CATEGORIES = options([
	{ value: 'personnel', zh: '人员', en: 'Personnel' },
	{ value: 'activity', zh: '活动', en: 'Activities' },
	{ value: 'materials', zh: '物资', en: 'Materials' },
	{ value: 'publicity', zh: '宣传', en: 'Publicity' },
	{ value: 'management', zh: '管理', en: 'Management' },
	{ value: 'venue', zh: '场地', en: 'Venue' },
	{ value: 'volunteerTime', zh: '志愿服务时长', en: 'Volunteer time' },
	{ value: 'other', zh: '其他', en: 'Other' },
])
export type BudgetCategory = (typeof BUDGET_CATEGORIES)[number]['value']

/** Whether a budget line is money or a value in kind (donated goods, volunteer time) (形式). */
export const BUDGET_FORMS = options([
	{ value: 'cash', zh: '资金', en: 'Cash' },
	{ value: 'inKind', zh: '实物/志愿折算', en: 'In kind' },
])
export type BudgetForm = (typeof BUDGET_FORMS)[number]['value']

/**
 * How an allocation is made to work (配置策略), as the source article applies each
 * mechanism: 行政借力 through channels (购买服务, 双报到, 大党委, 上报区级, 研讨会发言),
 * 社会机制 through 建立社区信任 / 彰显绩效 / 志愿手段, 市场机制 through purchase or paid sponsorship.
 */
export const STRATEGIES = options([
	{ value: 'purchaseService', zh: '购买服务', en: 'Service purchase', mechanism: 'administrative' },
	{ value: 'dualReport', zh: '双报到', en: 'Dual reporting units', mechanism: 'administrative' },
	{ value: 'partyCommittee', zh: '大党委', en: 'Joint Party committee', mechanism: 'administrative' },
	{ value: 'reportUp', zh: '报送区级部门', en: 'Report to the district', mechanism: 'administrative' },
	{ value: 'forum', zh: '研讨会发言', en: 'Speaking at forums', mechanism: 'administrative' },
	{ value: 'trust', zh: '建立社区信任', en: 'Building community trust', mechanism: 'social' },
	{ value: 'performance', zh: '彰显绩效', en: 'Showing results', mechanism: 'social' },
	{ value: 'volunteer', zh: '志愿手段', en: 'Volunteering', mechanism: 'social' },
	{ value: 'purchase', zh: '采购', en: 'Purchase', mechanism: 'market' },
	{ value: 'paidSponsorship', zh: '有偿赞助', en: 'Paid sponsorship', mechanism: 'market' },
])
export type Strategy = (typeof STRATEGIES)[number]['value']

/** The strategies that belong to `mechanism` (all of them when it is ''). */
export function strategiesOf(mechanism: string): typeof STRATEGIES {
	return (mechanism === '' ? STRATEGIES : STRATEGIES.filter((s) => s.mechanism === mechanism)) as typeof STRATEGIES
}

/** Evaluation dimensions (评估维度). */
export const INDICATOR_DIMENSIONS = options([
	{ value: 'efficiency', zh: '资源使用效率', en: 'Resource-use efficiency' },
	{ value: 'effectiveness', zh: '治理效能', en: 'Governance effectiveness' },
])
export type IndicatorDimension = (typeof INDICATOR_DIMENSIONS)[number]['value']

/** The label of `value` in `list`, or the value itself when unknown. */
export function enumLabel(list: readonly EnumOption[], value: string, lang: 'zh' | 'en'): string {
	const found = list.find((o) => o.value === value)
	return found ? found[lang] : value
}

/** The values of an enumeration, for validators. */
export function enumValues<const T extends readonly EnumOption[]>(list: T): T[number]['value'][] {
	return list.map((o) => o.value)
}
