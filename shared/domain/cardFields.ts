import type {
	ActorProps,
	BudgetLine,
	CardKind,
	CardPropsByKind,
	DispatchStep,
	LinkMeta,
	LinkType,
	NeedProps,
	ProjectActivity,
	ProjectIndicator,
	ProjectProps,
	ProjectRisk,
	ResourceProps,
} from './cardProps'
import {
	ACTOR_KINDS,
	ACTOR_ROLES,
	ACTOR_SECTORS,
	BUDGET_CATEGORIES,
	BUDGET_FORMS,
	BUDGET_SOURCES,
	DISPATCH_STATUSES,
	type EnumOption,
	INDICATOR_DIMENSIONS,
	MECHANISMS,
	NEED_CATEGORIES,
	NEED_SOURCES,
	NEED_STATUSES,
	RESOURCE_TYPES,
	SECTORS,
	STRATEGIES,
	TARGET_GROUP_SUGGESTIONS,
	URGENCIES,
} from './enums'

/** A text in both UI languages. */
export interface Bilingual {
	readonly zh: string
	readonly en: string
}

/**
 * How a field is edited:
 * - `text` one line, `longtext` several lines, `number` (empty means null when the prop is nullable),
 * - `enum` one of `options`, `multiEnum` any subset of `options`,
 * - `date` an ISO date or '', `suggest` free text with suggestions (`options` and/or `suggestFrom`),
 * - `stringList` a list of short texts, `activities` / `budget` / `indicators` / `risks` /
 *   `dispatchTrail` a table whose columns are `columns`.
 */
export type FieldInput =
	| 'text'
	| 'longtext'
	| 'number'
	| 'enum'
	| 'multiEnum'
	| 'date'
	| 'suggest'
	| 'activities'
	| 'budget'
	| 'indicators'
	| 'risks'
	| 'dispatchTrail'
	| 'stringList'

/** One field of the inspector form and one column of the list tables. */
export interface FieldDescriptor<K extends string = string> extends Bilingual {
	/** The prop it edits. */
	readonly key: K
	readonly input: FieldInput
	/** The choices of an `enum` / `multiEnum`, or the suggestions of a `suggest`. */
	readonly options?: readonly EnumOption[]
	/** Suggest the names of the board's actor cards (提供方, 牵头方, 合作方). */
	readonly suggestFrom?: 'actors'
	/** A fixed unit shown after a number. */
	readonly unit?: Bilingual
	/** Never shown to viewers nor in public exports (联系方式). */
	readonly private?: boolean
	/** Bounds of a `number`. */
	readonly min?: number
	readonly max?: number
	/** A `number` that takes whole numbers only. */
	readonly integer?: boolean
	/** Written by the app, not typed (票数: set when a vote ends): shown, never edited in forms or lists. */
	readonly readOnly?: boolean
	/** The columns of an `activities` / `budget` / `indicators` table. */
	readonly columns?: readonly FieldDescriptor[]
}

/** The fields of one card kind: every prop except `w` and `h`. */
export type CardFieldList<P> = readonly FieldDescriptor<Exclude<keyof P, 'w' | 'h'> & string>[]

const PEOPLE: Bilingual = { zh: '人', en: 'people' }
const YUAN: Bilingual = { zh: '元', en: 'yuan' }

const title = { key: 'title', input: 'text', zh: '名称', en: 'Name' } as const
const description = { key: 'description', input: 'longtext', zh: '说明', en: 'Description' } as const
const targetGroup = {
	key: 'targetGroup',
	input: 'suggest',
	zh: '服务对象',
	en: 'Target group',
	options: TARGET_GROUP_SUGGESTIONS,
} as const
const contact = { key: 'contact', input: 'text', zh: '联系方式', en: 'Contact', private: true } as const

/**
 * Columns of a project's 活动安排. Table columns are also the fields of one line of the
 * list tables' cells (`a | b | c`): new columns go at the END, so cells written before
 * still read the same.
 */
export const ACTIVITY_FIELDS: readonly FieldDescriptor<keyof ProjectActivity>[] = [
	{ key: 'date', input: 'date', zh: '日期', en: 'Date' },
	{ key: 'content', input: 'text', zh: '内容', en: 'Content' },
	{ key: 'owner', input: 'suggest', zh: '负责方', en: 'Owner', suggestFrom: 'actors' },
	{ key: 'place', input: 'text', zh: '地点', en: 'Place' },
	{ key: 'participants', input: 'text', zh: '参与对象', en: 'Participants' },
]

/** Columns of a project's 预算 (new columns at the end, see ACTIVITY_FIELDS). */
export const BUDGET_FIELDS: readonly FieldDescriptor<keyof BudgetLine>[] = [
	{ key: 'item', input: 'text', zh: '支出项目', en: 'Item' },
	{ key: 'amount', input: 'number', zh: '金额', en: 'Amount', unit: YUAN, min: 0 },
	{ key: 'source', input: 'enum', zh: '经费来源', en: 'Source', options: BUDGET_SOURCES },
	{ key: 'category', input: 'enum', zh: '支出类别', en: 'Category', options: BUDGET_CATEGORIES },
	{ key: 'quantity', input: 'number', zh: '数量', en: 'Quantity', min: 0 },
	{ key: 'unit', input: 'text', zh: '单位', en: 'Unit' },
	{ key: 'unitPrice', input: 'number', zh: '单价', en: 'Unit price', unit: YUAN, min: 0 },
	{ key: 'form', input: 'enum', zh: '形式', en: 'Form', options: BUDGET_FORMS },
]

/** Columns of a project's 评估指标 (new columns at the end, see ACTIVITY_FIELDS). */
export const INDICATOR_FIELDS: readonly FieldDescriptor<keyof ProjectIndicator>[] = [
	{ key: 'name', input: 'text', zh: '指标', en: 'Indicator' },
	{ key: 'dimension', input: 'enum', zh: '评估维度', en: 'Dimension', options: INDICATOR_DIMENSIONS },
	{ key: 'target', input: 'number', zh: '目标值', en: 'Target' },
	{ key: 'actual', input: 'number', zh: '实际值', en: 'Actual' },
	{ key: 'unit', input: 'text', zh: '单位', en: 'Unit' },
	{ key: 'baseline', input: 'number', zh: '基线值', en: 'Baseline' },
]

/** Columns of a project's 风险与应对. */
export const RISK_FIELDS: readonly FieldDescriptor<keyof ProjectRisk>[] = [
	{ key: 'risk', input: 'text', zh: '风险', en: 'Risk' },
	{ key: 'response', input: 'text', zh: '应对措施', en: 'Response' },
]

/** Columns of a project's dispatch trail (调度记录). */
export const DISPATCH_STEP_FIELDS: readonly FieldDescriptor<keyof DispatchStep>[] = [
	{ key: 'stage', input: 'enum', zh: '环节', en: 'Stage', options: DISPATCH_STATUSES },
	{ key: 'date', input: 'date', zh: '日期', en: 'Date' },
	{ key: 'by', input: 'suggest', zh: '经办方', en: 'By', suggestFrom: 'actors' },
	{ key: 'note', input: 'text', zh: '备注', en: 'Note' },
]

/** Fields of a 需求 card, in form order. */
export const NEED_FIELDS: CardFieldList<NeedProps> = [
	title,
	{ key: 'category', input: 'enum', zh: '类别', en: 'Category', options: NEED_CATEGORIES },
	targetGroup,
	{ key: 'beneficiaries', input: 'number', zh: '受益人数', en: 'Beneficiaries', unit: PEOPLE, min: 0, integer: true },
	description,
	{ key: 'urgency', input: 'enum', zh: '紧迫程度', en: 'Urgency', options: URGENCIES },
	{ key: 'source', input: 'enum', zh: '来源', en: 'Source', options: NEED_SOURCES },
	{ key: 'raisedBy', input: 'text', zh: '提出人', en: 'Raised by' },
	{ key: 'location', input: 'text', zh: '网格/位置', en: 'Grid / location' },
	{ key: 'status', input: 'enum', zh: '状态', en: 'Status', options: NEED_STATUSES },
	{ key: 'votes', input: 'number', zh: '票数', en: 'Votes', min: 0, integer: true, readOnly: true },
]

/** Fields of a 资源 card, in form order. */
export const RESOURCE_FIELDS: CardFieldList<ResourceProps> = [
	title,
	{ key: 'sector', input: 'enum', zh: '属性', en: 'Sector', options: SECTORS },
	{ key: 'resourceType', input: 'enum', zh: '类型', en: 'Type', options: RESOURCE_TYPES },
	{ key: 'provider', input: 'suggest', zh: '提供方', en: 'Provider', suggestFrom: 'actors' },
	{ key: 'quantity', input: 'number', zh: '数量', en: 'Quantity', min: 0 },
	{ key: 'unit', input: 'text', zh: '单位', en: 'Unit' },
	{ key: 'availability', input: 'text', zh: '可用时间', en: 'Availability' },
	{ key: 'location', input: 'text', zh: '位置', en: 'Location' },
	{ key: 'conditions', input: 'longtext', zh: '使用条件', en: 'Conditions of use' },
	description,
	contact,
]

/** Fields of a 主体 card, in form order. */
export const ACTOR_FIELDS: CardFieldList<ActorProps> = [
	title,
	{ key: 'sector', input: 'enum', zh: '属性', en: 'Sector', options: ACTOR_SECTORS },
	{ key: 'actorKind', input: 'enum', zh: '主体类型', en: 'Kind', options: ACTOR_KINDS },
	{ key: 'roles', input: 'multiEnum', zh: '调度角色', en: 'Dispatch roles', options: ACTOR_ROLES },
	{ key: 'influence', input: 'number', zh: '影响力', en: 'Influence', min: 1, max: 5, integer: true },
	{ key: 'interest', input: 'number', zh: '关注度', en: 'Interest', min: 1, max: 5, integer: true },
	description,
	contact,
]

/** Fields of a 项目 card, in form order. */
export const PROJECT_FIELDS: CardFieldList<ProjectProps> = [
	title,
	{ key: 'goal', input: 'longtext', zh: '项目目标', en: 'Goal' },
	targetGroup,
	{
		key: 'directBeneficiaries',
		input: 'number',
		zh: '直接受益人数',
		en: 'Direct beneficiaries',
		unit: PEOPLE,
		min: 0,
		integer: true,
	},
	{
		key: 'indirectBeneficiaries',
		input: 'number',
		zh: '间接受益人数',
		en: 'Indirect beneficiaries',
		unit: PEOPLE,
		min: 0,
		integer: true,
	},
	{ key: 'status', input: 'enum', zh: '调度状态', en: 'Dispatch status', options: DISPATCH_STATUSES },
	{ key: 'leadActor', input: 'suggest', zh: '牵头方', en: 'Lead', suggestFrom: 'actors' },
	{ key: 'partners', input: 'stringList', zh: '合作方', en: 'Partners', suggestFrom: 'actors' },
	{ key: 'startDate', input: 'date', zh: '开始日期', en: 'Start date' },
	{ key: 'endDate', input: 'date', zh: '结束日期', en: 'End date' },
	{ key: 'activities', input: 'activities', zh: '活动安排', en: 'Activities', columns: ACTIVITY_FIELDS },
	{ key: 'budget', input: 'budget', zh: '预算', en: 'Budget', columns: BUDGET_FIELDS },
	{ key: 'indicators', input: 'indicators', zh: '评估指标', en: 'Indicators', columns: INDICATOR_FIELDS },
	{ key: 'risks', input: 'risks', zh: '风险与应对', en: 'Risks and responses', columns: RISK_FIELDS },
	{ key: 'publisher', input: 'suggest', zh: '发布方', en: 'Published by', suggestFrom: 'actors' },
	{ key: 'applicant', input: 'suggest', zh: '申请方', en: 'Applied for by', suggestFrom: 'actors' },
	{ key: 'coordinator', input: 'suggest', zh: '统筹方', en: 'Coordinated by', suggestFrom: 'actors' },
	{ key: 'executor', input: 'suggest', zh: '执行方', en: 'Carried out by', suggestFrom: 'actors' },
	{
		key: 'dispatchTrail',
		input: 'dispatchTrail',
		zh: '调度记录',
		en: 'Dispatch trail',
		columns: DISPATCH_STEP_FIELDS,
	},
	description,
]

/** The fields of every card kind, in form order. */
export const CARD_FIELDS: { readonly [K in CardKind]: CardFieldList<CardPropsByKind[K]> } = {
	need: NEED_FIELDS,
	resource: RESOURCE_FIELDS,
	actor: ACTOR_FIELDS,
	project: PROJECT_FIELDS,
}

/** The fields of card kind `kind`, typed for code that handles every kind alike. */
export function fieldsOfKind(kind: CardKind): readonly FieldDescriptor[] {
	return CARD_FIELDS[kind]
}

/** A field of the arrow link inspector; `linkTypes` limits it to some link types. */
export interface LinkFieldDescriptor extends FieldDescriptor<Exclude<keyof LinkMeta, 'type'>> {
	readonly linkTypes?: readonly LinkType[]
}

/** Fields of the link (arrow) inspector, in form order. `type` is derived, not edited. */
export const LINK_FIELDS: readonly LinkFieldDescriptor[] = [
	{
		key: 'mechanism',
		input: 'enum',
		zh: '配置机制',
		en: 'Mechanism',
		options: MECHANISMS,
		linkTypes: ['allocation'],
	},
	{
		key: 'strategy',
		input: 'enum',
		zh: '配置策略',
		en: 'Strategy',
		options: STRATEGIES,
		linkTypes: ['allocation'],
	},
	{ key: 'quantity', input: 'number', zh: '数量', en: 'Quantity', min: 0 },
	{ key: 'unit', input: 'text', zh: '单位', en: 'Unit' },
	{ key: 'note', input: 'longtext', zh: '备注', en: 'Note' },
]

/** The name of each card kind. */
export const CARD_KIND_LABELS: Readonly<Record<CardKind, Bilingual>> = {
	need: { zh: '需求', en: 'Need' },
	resource: { zh: '资源', en: 'Resource' },
	actor: { zh: '主体', en: 'Actor' },
	project: { zh: '项目', en: 'Project' },
}

/** The name of each link type. */
export const LINK_TYPE_LABELS: Readonly<Record<LinkType, Bilingual>> = {
	allocation: { zh: '资源配置', en: 'Allocation' },
	serves: { zh: '服务', en: 'Serves' },
	provides: { zh: '提供', en: 'Provides' },
}

/**
 * True when prop `key` of card kind `kind` is private (never shown to viewers nor in
 * public exports). False for unknown kinds and keys.
 */
export function isPrivateField(kind: string, key: string): boolean {
	if (!Object.hasOwn(CARD_FIELDS, kind)) return false
	return fieldsOfKind(kind as CardKind).some((f) => f.key === key && f.private === true)
}
