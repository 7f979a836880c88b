import { CARD_KIND_LABELS } from '../domain/cardFields'
import type { CardKind } from '../domain/cardProps'
import { mechanismWarnings } from './mechanismWarnings'
import type { PlanInfo } from './planInfo'
import type {
	ActorRow,
	MatchRow,
	NeedRow,
	PlanWarning,
	PlanWarningSeverity,
	ProjectRow,
	ResourceRow,
} from './planTypes'
import { projectContentWarnings } from './projectContentWarnings'
import { resourcePeriodWarnings } from './resourcePeriodWarnings'

/** A card as the name checks see it. */
interface NamedCard {
	id: string
	kind: CardKind
	title: string
}

/** Input of `planWarnings`. */
export interface PlanWarningsInput {
	needs: readonly NeedRow[]
	resources: readonly ResourceRow[]
	actors: readonly ActorRow[]
	projects: readonly ProjectRow[]
	matches: readonly MatchRow[]
	/** Cards whose props had unusable fields, with those field keys. */
	invalidCards: readonly { id: string; kind: CardKind; keys: readonly string[] }[]
	/** The board's plan info (population, 项目周期); checks that need it are skipped without it. */
	info?: PlanInfo
}

/** Order of severities in the warning list. */
const SEVERITY_ORDER: Record<PlanWarningSeverity, number> = { error: 0, warning: 1, info: 2 }

function quoted(title: string, lang: 'zh' | 'en'): string {
	if (title === '') return lang === 'zh' ? '（未命名）' : '(untitled)'
	return `“${title}”`
}

function nameWarnings(cards: readonly NamedCard[]): PlanWarning[] {
	const out: PlanWarning[] = []
	const seen = new Map<string, NamedCard[]>()
	for (const card of cards) {
		const key = `${card.kind}\u0000${card.title.trim()}`
		if (card.title.trim() === '') {
			const label = CARD_KIND_LABELS[card.kind]
			out.push({
				code: 'emptyName',
				severity: 'warning',
				cardId: card.id,
				message: { zh: `一张${label.zh}卡片没有名称`, en: `A ${label.en.toLowerCase()} card has no name` },
			})
			continue
		}
		const list = seen.get(key)
		if (list) list.push(card)
		else seen.set(key, [card])
	}
	for (const list of seen.values()) {
		if (list.length < 2) continue
		const { kind, title } = list[0]
		const label = CARD_KIND_LABELS[kind]
		for (const card of list) {
			out.push({
				code: 'duplicateName',
				severity: 'warning',
				cardId: card.id,
				message: {
					zh: `有 ${list.length} 张${label.zh}卡片同名${quoted(title.trim(), 'zh')}，按名称导入导出时会混淆`,
					en: `${list.length} ${label.en.toLowerCase()} cards share the name ${quoted(title.trim(), 'en')}; lists matched by name will mix them up`,
				},
			})
		}
	}
	return out
}

/**
 * The holes in a plan, most severe first:
 * - `projectNoLead` (warning): a project whose 牵头方 is empty;
 * - `projectLeadUnknown` (info): its 牵头方 names no actor card;
 * - `needNoSource` (warning): a need with no allocation and no serving project;
 * - `resourceIdle` (info): a resource allocated to nothing;
 * - `allocationNoQuantity` (warning) / `allocationNoMechanism` (info): an allocation
 *   arrow without a quantity / a mechanism;
 * - `duplicateName` (warning): cards of one kind sharing a title; `emptyName` (warning);
 * - `invalidCard` (info): a card whose props had unusable values (read as defaults);
 * - the content holes of `projectContentWarnings` (dates, budget, risks, indicators, needs,
 *   unlinked actors, beneficiaries beyond the population, periods), money resources dated
 *   outside the 项目周期 (`resourcePeriodWarnings`) and the mechanism
 *   checks of `mechanismWarnings` (a gift tagged 市场机制, 行政借力 without a channel, a
 *   strategy of another mechanism).
 * Link problems (`linkDangling`, `linkMismatch`) come from `collectLinks`.
 */
export function planWarnings(input: PlanWarningsInput): PlanWarning[] {
	const { needs, resources, actors, projects, matches, invalidCards, info } = input
	const out: PlanWarning[] = []
	const actorNames = new Set(actors.map((a) => a.title.trim()).filter((t) => t !== ''))
	for (const p of projects) {
		const lead = p.leadActor.trim()
		if (lead === '') {
			out.push({
				code: 'projectNoLead',
				severity: 'warning',
				cardId: p.id,
				message: {
					zh: `项目${quoted(p.title, 'zh')}没有牵头方`,
					en: `Project ${quoted(p.title, 'en')} has no lead`,
				},
			})
		} else if (!actorNames.has(lead)) {
			out.push({
				code: 'projectLeadUnknown',
				severity: 'info',
				cardId: p.id,
				message: {
					zh: `项目${quoted(p.title, 'zh')}的牵头方“${lead}”不在白板的主体卡片中`,
					en: `The lead “${lead}” of project ${quoted(p.title, 'en')} is not an actor card on the board`,
				},
			})
		}
	}
	for (const n of needs) {
		if (n.covered) continue
		out.push({
			code: 'needNoSource',
			severity: 'warning',
			cardId: n.id,
			message: {
				zh: `需求${quoted(n.title, 'zh')}还没有资源配置，也没有项目服务`,
				en: `Need ${quoted(n.title, 'en')} has no allocated resource and no serving project`,
			},
		})
	}
	for (const r of resources) {
		if (r.utilised) continue
		out.push({
			code: 'resourceIdle',
			severity: 'info',
			cardId: r.id,
			message: {
				zh: `资源${quoted(r.title, 'zh')}尚未配置给任何需求或项目`,
				en: `Resource ${quoted(r.title, 'en')} is not allocated to any need or project`,
			},
		})
	}
	for (const m of matches) {
		if (m.type !== 'allocation') continue
		const what = {
			zh: `${quoted(m.from, 'zh')} → ${quoted(m.to, 'zh')}`,
			en: `${quoted(m.from, 'en')} → ${quoted(m.to, 'en')}`,
		}
		if (m.quantity === null) {
			out.push({
				code: 'allocationNoQuantity',
				severity: 'warning',
				cardId: m.id,
				message: { zh: `资源配置 ${what.zh} 没有填写数量`, en: `Allocation ${what.en} has no quantity` },
			})
		}
		if (m.mechanism === '') {
			out.push({
				code: 'allocationNoMechanism',
				severity: 'info',
				cardId: m.id,
				message: { zh: `资源配置 ${what.zh} 没有选择配置机制`, en: `Allocation ${what.en} has no mechanism` },
			})
		}
	}
	out.push(...mechanismWarnings(matches, resources, projects))
	out.push(...projectContentWarnings({ needs, actors, projects, info }))
	out.push(...resourcePeriodWarnings(resources, info))
	out.push(
		...nameWarnings([
			...needs.map((c) => ({ id: c.id, kind: 'need' as const, title: c.title })),
			...resources.map((c) => ({ id: c.id, kind: 'resource' as const, title: c.title })),
			...actors.map((c) => ({ id: c.id, kind: 'actor' as const, title: c.title })),
			...projects.map((c) => ({ id: c.id, kind: 'project' as const, title: c.title })),
		]),
	)
	for (const c of invalidCards) {
		const label = CARD_KIND_LABELS[c.kind]
		out.push({
			code: 'invalidCard',
			severity: 'info',
			cardId: c.id,
			message: {
				zh: `一张${label.zh}卡片有无法读取的字段（${c.keys.join('、')}），已按默认值处理`,
				en: `A ${label.en.toLowerCase()} card has unreadable fields (${c.keys.join(', ')}); defaults were used`,
			},
		})
	}
	return sortWarnings(out)
}

/** `warnings` sorted by severity (error, warning, info), keeping their order otherwise. */
export function sortWarnings(warnings: readonly PlanWarning[]): PlanWarning[] {
	return warnings
		.map((w, i) => ({ w, i }))
		.sort((a, b) => SEVERITY_ORDER[a.w.severity] - SEVERITY_ORDER[b.w.severity] || a.i - b.i)
		.map(({ w }) => w)
}
