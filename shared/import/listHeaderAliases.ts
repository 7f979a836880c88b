import { CARD_FIELDS } from '../domain/cardFields'
import type { CardKind } from '../domain/cardProps'
import { LIST_COLUMNS, type ListName } from '../export/listColumns'
import { normaliseKey } from './parseCellValue'

/** The card kind each card list holds; the 匹配表 holds links. */
export const LIST_CARD_KIND: Readonly<Record<Exclude<ListName, 'matches'>, CardKind>> = {
	needs: 'need',
	resources: 'resource',
	projects: 'project',
	actors: 'actor',
}

/**
 * Header names accepted beside each column's `LIST_COLUMNS` zh / en names, its key and
 * the card field's own labels (e.g. 调度状态 for a project's 状态).
 */
const EXTRA_ALIASES: Readonly<Record<ListName, Readonly<Record<string, readonly string[]>>>> = {
	needs: {
		title: ['Title', '标题', '需求名称', '需求'],
		category: ['需求类别', '分类'],
		targetGroup: ['对象', 'Target'],
		beneficiaries: ['人数'],
		urgency: ['紧急程度', '紧迫度', '紧急度'],
		source: ['需求来源'],
		raisedBy: ['提出者'],
		location: ['网格', '位置', 'Location', 'Grid'],
		status: ['需求状态'],
		votes: ['投票'],
		description: ['描述'],
	},
	resources: {
		title: ['Title', '标题', '资源名称', '资源'],
		sector: ['资源属性', '资源来源', '来源', 'Source'],
		resourceType: ['资源类型', 'Resource type'],
		provider: ['提供者', '提供单位', 'Provided by'],
		quantity: ['Qty', 'Amount', '数额'],
		availability: ['可用时段'],
		location: ['地点'],
		conditions: ['条件', 'Conditions'],
		description: ['描述'],
		contact: ['联系人', '联系电话', '电话', 'Phone'],
	},
	projects: {
		title: ['Title', '标题', '项目名称', '项目'],
		status: ['项目状态'],
		leadActor: ['牵头单位', 'Lead actor'],
		partners: ['合作单位', 'Partner'],
		directBeneficiaries: ['直接受益'],
		indirectBeneficiaries: ['间接受益'],
		startDate: ['开始时间', 'Start'],
		endDate: ['结束时间', 'End'],
		goal: ['目标', 'Goals'],
		risks: ['风险', 'Risks'],
		activities: ['活动', 'Activity'],
		budget: ['预算明细'],
		indicators: ['指标'],
		publisher: ['发布单位'],
		applicant: ['申请单位'],
		coordinator: ['统筹单位'],
		executor: ['执行单位'],
		dispatchTrail: ['调度流程', '调度'],
		description: ['描述'],
	},
	matches: {
		actor: ['主体名称'],
		resource: ['资源名称'],
		project: ['项目名称'],
		need: ['需求名称'],
		type: ['连线类型', '关系', 'Link type'],
		mechanism: ['配置机制'],
		strategy: ['策略', '渠道', 'Channel'],
		quantity: ['Qty', 'Amount'],
		note: ['说明', 'Notes', 'Remark', 'Comment'],
	},
	actors: {
		title: ['Title', '标题', '主体名称', '主体'],
		actorKind: ['类型', 'Type', '主体类别'],
		roles: ['角色', 'Roles', 'Role'],
		interest: ['关注'],
		description: ['描述'],
		contact: ['联系人', '联系电话', '电话', 'Phone'],
	},
}

/**
 * Every header name accepted for each column key of `list`, normalised (see
 * `normaliseKey`): the `LIST_COLUMNS` zh and en names, the key, the card field's labels
 * and the aliases above. A name two columns would share is dropped.
 */
export function listHeaderAliases(list: ListName): ReadonlyMap<string, string> {
	const kind = list === 'matches' ? null : LIST_CARD_KIND[list]
	const found = new Map<string, Set<string>>()
	for (const col of LIST_COLUMNS[list]) {
		const field = kind ? CARD_FIELDS[kind].find((f) => f.key === col.key) : undefined
		const names = [col.key, col.zh, col.en, field?.zh, field?.en, ...(EXTRA_ALIASES[list][col.key] ?? [])]
		for (const name of names) {
			if (!name) continue
			const key = normaliseKey(name)
			const set = found.get(key) ?? new Set<string>()
			set.add(col.key)
			found.set(key, set)
		}
	}
	const out = new Map<string, string>()
	for (const [name, keys] of found) if (keys.size === 1) out.set(name, [...keys][0])
	return out
}
