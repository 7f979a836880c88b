/**
 * The columns of the three lists, the 匹配表 and the 主体 list, as exported to csv /
 * xlsx and read back by the import. Headers are the Chinese names (`zh`); the English
 * names (`en`) are the aliases an English export writes and the import also accepts.
 */

/** The lists a board exports. */
export const LIST_NAMES = ['needs', 'resources', 'projects', 'matches', 'actors'] as const

/** One of `LIST_NAMES`. */
export type ListName = (typeof LIST_NAMES)[number]

/** True when `value` names a list. */
export function isListName(value: unknown): value is ListName {
	return typeof value === 'string' && (LIST_NAMES as readonly string[]).includes(value)
}

/** One column of a list. */
export interface ListColumn {
	/** The card prop it holds (card lists) or the match field (匹配表). */
	readonly key: string
	readonly zh: string
	readonly en: string
	/** Only exported when private fields are included (联系方式). */
	readonly private?: true
}

/** The sheet (and csv file) name of each list. */
export const LIST_SHEET_NAMES: Readonly<Record<ListName, string>> = {
	needs: '需求清单',
	resources: '资源清单',
	projects: '项目清单',
	matches: '匹配表',
	actors: '主体',
}

/** English sheet names, written by an English export and accepted by the import. */
export const LIST_SHEET_NAMES_EN: Readonly<Record<ListName, string>> = {
	needs: 'Needs',
	resources: 'Resources',
	projects: 'Projects',
	matches: 'Matches',
	actors: 'Actors',
}

/**
 * The columns of each list, in order.
 *
 * Cell formats (see listTable.ts): enum values are written as their labels; 合作方 and
 * 调度角色 are joined with 、; 活动安排 / 预算 / 评估指标 hold one entry per line, fields
 * separated by ` | ` (see `formatTableCell`); empty numbers are empty cells.
 *
 * The 匹配表 has one column per card kind, in the direction links flow —
 * 主体 → 资源 → 项目 → 需求 — and each row fills exactly the two cards it joins:
 * 主体 + 资源 (提供), 资源 + 项目 or 资源 + 需求 (资源配置), 项目 + 需求 (服务).
 * So a row reads left to right and the kinds of both ends are never ambiguous.
 *
 * 优先级 (needs) is derived from the votes (see `NeedRow.priority`), exported for
 * reading and ignored by the import (no card field holds it).
 */
export const LIST_COLUMNS: Readonly<Record<ListName, readonly ListColumn[]>> = {
	needs: [
		{ key: 'title', zh: '名称', en: 'Name' },
		{ key: 'category', zh: '类别', en: 'Category' },
		{ key: 'targetGroup', zh: '服务对象', en: 'Target group' },
		{ key: 'beneficiaries', zh: '受益人数', en: 'Beneficiaries' },
		{ key: 'urgency', zh: '紧迫程度', en: 'Urgency' },
		{ key: 'source', zh: '来源', en: 'Source' },
		{ key: 'raisedBy', zh: '提出人', en: 'Raised by' },
		{ key: 'location', zh: '网格/位置', en: 'Grid / location' },
		{ key: 'status', zh: '状态', en: 'Status' },
		{ key: 'votes', zh: '票数', en: 'Votes' },
		{ key: 'priority', zh: '优先级', en: 'Priority' },
		{ key: 'description', zh: '说明', en: 'Description' },
	],
	resources: [
		{ key: 'title', zh: '名称', en: 'Name' },
		{ key: 'sector', zh: '属性', en: 'Sector' },
		{ key: 'resourceType', zh: '类型', en: 'Type' },
		{ key: 'provider', zh: '提供方', en: 'Provider' },
		{ key: 'quantity', zh: '数量', en: 'Quantity' },
		{ key: 'unit', zh: '单位', en: 'Unit' },
		{ key: 'availability', zh: '可用时间', en: 'Availability' },
		{ key: 'location', zh: '位置', en: 'Location' },
		{ key: 'conditions', zh: '使用条件', en: 'Conditions of use' },
		{ key: 'description', zh: '说明', en: 'Description' },
		{ key: 'contact', zh: '联系方式', en: 'Contact', private: true },
	],
	projects: [
		{ key: 'title', zh: '名称', en: 'Name' },
		{ key: 'targetGroup', zh: '服务对象', en: 'Target group' },
		{ key: 'status', zh: '状态', en: 'Status' },
		{ key: 'leadActor', zh: '牵头方', en: 'Lead' },
		{ key: 'partners', zh: '合作方', en: 'Partners' },
		{ key: 'directBeneficiaries', zh: '直接受益人数', en: 'Direct beneficiaries' },
		{ key: 'indirectBeneficiaries', zh: '间接受益人数', en: 'Indirect beneficiaries' },
		{ key: 'startDate', zh: '开始日期', en: 'Start date' },
		{ key: 'endDate', zh: '结束日期', en: 'End date' },
		{ key: 'goal', zh: '项目目标', en: 'Goal' },
		{ key: 'risks', zh: '风险与应对', en: 'Risks and responses' },
		{ key: 'activities', zh: '活动安排', en: 'Activities' },
		{ key: 'budget', zh: '预算', en: 'Budget' },
		{ key: 'indicators', zh: '评估指标', en: 'Indicators' },
		{ key: 'publisher', zh: '发布方', en: 'Published by' },
		{ key: 'applicant', zh: '申请方', en: 'Applied for by' },
		{ key: 'coordinator', zh: '统筹方', en: 'Coordinated by' },
		{ key: 'executor', zh: '执行方', en: 'Carried out by' },
		{ key: 'dispatchTrail', zh: '调度记录', en: 'Dispatch trail' },
		{ key: 'description', zh: '说明', en: 'Description' },
	],
	matches: [
		{ key: 'actor', zh: '主体', en: 'Actor' },
		{ key: 'resource', zh: '资源', en: 'Resource' },
		{ key: 'project', zh: '项目', en: 'Project' },
		{ key: 'need', zh: '需求', en: 'Need' },
		{ key: 'type', zh: '类型', en: 'Type' },
		{ key: 'mechanism', zh: '机制', en: 'Mechanism' },
		{ key: 'strategy', zh: '配置策略', en: 'Strategy' },
		{ key: 'quantity', zh: '数量', en: 'Quantity' },
		{ key: 'unit', zh: '单位', en: 'Unit' },
		{ key: 'note', zh: '备注', en: 'Note' },
	],
	actors: [
		{ key: 'title', zh: '名称', en: 'Name' },
		{ key: 'sector', zh: '属性', en: 'Sector' },
		{ key: 'actorKind', zh: '主体类型', en: 'Kind' },
		{ key: 'roles', zh: '调度角色', en: 'Dispatch roles' },
		{ key: 'influence', zh: '影响力', en: 'Influence' },
		{ key: 'interest', zh: '关注度', en: 'Interest' },
		{ key: 'description', zh: '说明', en: 'Description' },
		{ key: 'contact', zh: '联系方式', en: 'Contact', private: true },
	],
}

/** The columns of `list` to export: private ones only when `includePrivate`. */
export function listColumns(list: ListName, includePrivate: boolean): readonly ListColumn[] {
	return LIST_COLUMNS[list].filter((c) => includePrivate || !c.private)
}

/** The separator of the entries of a 合作方 / 调度角色 cell. */
export const LIST_ITEM_SEPARATOR = '、'

/** The separator of the fields of one 活动安排 / 预算 / 评估指标 entry. */
export const TABLE_FIELD_SEPARATOR = ' | '
