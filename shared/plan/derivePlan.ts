import { type CardKind, type CardPropsByKind, isCardKind } from '../domain/cardProps'
import { effectiveNeedStatus } from '../domain/needStatus'
import { budgetSummary } from './budgetSummary'
import { type CollectedLink, collectLinks, type PlanInputRecord } from './collectLinks'
import { costPerBeneficiary } from './costPerBeneficiary'
import { planBudgetLines } from './effectiveBudgetAmount'
import { leverageRatio } from './leverageRatio'
import { needPriorities } from './needPriorities'
import { type PlanInfo, readPlanInfo, volunteerHourValue } from './planInfo'
import { indicatorRows, planMetrics } from './planMetrics'
import type {
	ActorRow,
	DerivePlanOptions,
	MatchRow,
	NeedRow,
	Plan,
	PlanBudgetLine,
	ProjectRow,
	ResourceRow,
} from './planTypes'
import { planWarnings, sortWarnings } from './planWarnings'
import { readCardProps } from './readCardProps'
import { compareActors, compareMatches, compareNeeds, compareProjects, compareResources } from './sortPlanRows'
import { valuedAllocations } from './valuedAllocations'

export type { PlanInputRecord } from './collectLinks'

interface Card<K extends CardKind = CardKind> {
	id: string
	kind: K
	props: CardPropsByKind[K]
	invalid: string[]
}

type CardsByKind = { [K in CardKind]: Card<K>[] }

function readCards(records: Iterable<PlanInputRecord>): { cards: CardsByKind; kinds: Map<string, CardKind> } {
	const cards: CardsByKind = { need: [], resource: [], actor: [], project: [] }
	const kinds = new Map<string, CardKind>()
	for (const rec of records) {
		if (rec.typeName !== 'shape' || typeof rec.id !== 'string') continue
		const fields = rec as unknown as Record<string, unknown>
		const kind = fields.type
		if (!isCardKind(kind) || kinds.has(rec.id)) continue
		const { props, invalid } = readCardProps(kind, fields.props)
		props.title = props.title.trim()
		kinds.set(rec.id, kind)
		;(cards[kind] as Card[]).push({ id: rec.id, kind, props, invalid })
	}
	return { cards, kinds }
}

/** Ids and titles of the cards at the other end of some links, without repeats. */
class Related {
	private readonly map = new Map<string, Map<string, string>>()

	add(key: string, id: string, title: string): void {
		let m = this.map.get(key)
		if (!m) {
			m = new Map()
			this.map.set(key, m)
		}
		m.set(id, title)
	}

	ids(key: string): string[] {
		return [...(this.map.get(key)?.keys() ?? [])]
	}

	titles(key: string): string[] {
		return [...(this.map.get(key)?.values() ?? [])]
	}
}

/** The id of tldraw's document record, whose `meta` holds the plan info. */
export const DOCUMENT_RECORD_ID = 'document:document'

/** The plan info in the document record's meta among `records` (empty when there is none). */
export function planInfoOf(records: readonly PlanInputRecord[]): PlanInfo {
	const doc =
		records.find((r) => r.typeName === 'document' && r.id === DOCUMENT_RECORD_ID) ??
		records.find((r) => r.typeName === 'document')
	return readPlanInfo(doc ? (doc as unknown as Record<string, unknown>).meta : undefined)
}

function matchRow(link: CollectedLink, titles: ReadonlyMap<string, string>): MatchRow {
	const { meta } = link
	return {
		id: link.id,
		type: meta.type,
		fromId: link.fromId,
		from: titles.get(link.fromId) ?? '',
		fromKind: link.fromKind,
		toId: link.toId,
		to: titles.get(link.toId) ?? '',
		toKind: link.toKind,
		mechanism: meta.type === 'allocation' ? meta.mechanism : '',
		strategy: meta.type === 'allocation' ? (meta.strategy ?? '') : '',
		quantity: meta.quantity,
		unit: meta.unit,
		note: meta.note,
	}
}

function namesIndex<T extends { title: string }>(rows: readonly T[]): Map<string, T[]> {
	const out = new Map<string, T[]>()
	for (const r of rows) {
		const key = r.title.trim()
		if (key === '') continue
		const list = out.get(key)
		if (list) list.push(r)
		else out.set(key, [r])
	}
	return out
}

/** Sets each need's 优先级 (competition rank by votes, see needPriorities) when any need has votes. */
function assignPriorities(needs: NeedRow[]): void {
	const ranks = needPriorities(needs)
	for (const n of needs) n.priority = ranks.get(n.id) ?? n.priority
}

/**
 * The plan a board describes, from its records (tldraw records or plain records read
 * from the Y.Doc; records of any type may be passed, only cards, arrows and arrow
 * bindings are read). Cards on every page count. Links are arrows with a valid
 * `meta.link` whose two ends are bound to existing cards of the kinds that make that
 * link type; others are left out with a warning. Card props are read defensively
 * (unusable fields fall back to defaults, with an `invalidCard` warning), duplicate
 * names are kept (with a warning), and every number is finite. Private fields
 * (联系方式) are left out of every row unless `opts.includePrivate`. Pure; never throws.
 */
export function derivePlan(records: Iterable<PlanInputRecord>, opts: DerivePlanOptions): Plan {
	const list = [...records].filter((r): r is PlanInputRecord => typeof r === 'object' && r !== null)
	const info = planInfoOf(list)
	const hourValue = volunteerHourValue(info)
	const { cards, kinds } = readCards(list)
	const { links, warnings: linkWarnings } = collectLinks(list, kinds)

	const titles = new Map<string, string>()
	for (const kind of Object.keys(cards) as CardKind[]) {
		for (const c of cards[kind]) titles.set(c.id, c.props.title)
	}
	const matches = links.map((l) => matchRow(l, titles)).sort(compareMatches)

	// Relations, keyed `<relation>:<card id>`.
	const rel = new Related()
	for (const m of matches) {
		if (m.type === 'allocation') {
			rel.add(`sources:${m.toId}`, m.fromId, m.from)
			rel.add(`allocatedTo:${m.fromId}`, m.toId, m.to)
		} else if (m.type === 'serves') {
			rel.add(`servedBy:${m.toId}`, m.fromId, m.from)
			rel.add(`serves:${m.fromId}`, m.toId, m.to)
		} else {
			rel.add(`providedBy:${m.toId}`, m.fromId, m.from)
			rel.add(`provides:${m.fromId}`, m.toId, m.to)
		}
	}

	const needs: NeedRow[] = cards.need
		.map(({ id, props: p }): NeedRow => {
			const sourceIds = rel.ids(`sources:${id}`)
			const servedByIds = rel.ids(`servedBy:${id}`)
			return {
				id,
				title: p.title,
				category: p.category,
				targetGroup: p.targetGroup,
				beneficiaries: p.beneficiaries,
				urgency: p.urgency,
				source: p.source,
				raisedBy: p.raisedBy,
				location: p.location,
				// A need a resource or project is linked to is no longer 待认领.
				status: effectiveNeedStatus(p.status, sourceIds.length > 0 || servedByIds.length > 0),
				votes: p.votes,
				priority: null,
				description: p.description,
				servedBy: rel.titles(`servedBy:${id}`),
				servedByIds,
				sources: rel.titles(`sources:${id}`),
				sourceIds,
				covered: sourceIds.length > 0 || servedByIds.length > 0,
			}
		})
		.sort(compareNeeds)
	assignPriorities(needs)

	const resources: ResourceRow[] = cards.resource
		.map(({ id, props: p }) => {
			const allocatedToIds = rel.ids(`allocatedTo:${id}`)
			const row: ResourceRow = {
				id,
				title: p.title,
				sector: p.sector,
				resourceType: p.resourceType,
				provider: p.provider,
				quantity: p.quantity,
				unit: p.unit,
				availability: p.availability,
				location: p.location,
				conditions: p.conditions,
				description: p.description,
				allocatedTo: rel.titles(`allocatedTo:${id}`),
				allocatedToIds,
				providedBy: rel.titles(`providedBy:${id}`),
				providedByIds: rel.ids(`providedBy:${id}`),
				utilised: allocatedToIds.length > 0,
			}
			if (opts.includePrivate) row.contact = p.contact
			return row
		})
		.sort(compareResources)

	const budgets = new Map<string, PlanBudgetLine[]>(
		cards.project.map(({ id, props: p }) => [id, planBudgetLines(p.budget, hourValue)]),
	)
	const allocations = valuedAllocations(matches, resources, (projectId) => budgets.get(projectId) ?? [])
	const projects: ProjectRow[] = cards.project
		.map(({ id, props: p }): ProjectRow => {
			const budget = budgets.get(id) ?? []
			const summary = budgetSummary(budget)
			return {
				id,
				title: p.title,
				goal: p.goal,
				targetGroup: p.targetGroup,
				directBeneficiaries: p.directBeneficiaries,
				indirectBeneficiaries: p.indirectBeneficiaries,
				status: p.status,
				leadActor: p.leadActor.trim(),
				partners: p.partners.map((s) => s.trim()).filter((s) => s !== ''),
				startDate: p.startDate,
				endDate: p.endDate,
				activities: p.activities,
				budget,
				budgetTotal: summary.total,
				budgetSummary: summary,
				leverage: leverageRatio(
					summary,
					allocations.filter((a) => a.projectId === id),
				),
				costPerBeneficiary: costPerBeneficiary(summary.total, p.directBeneficiaries, p.indirectBeneficiaries),
				indicators: p.indicators,
				risks: p.risks,
				publisher: p.publisher.trim(),
				applicant: p.applicant.trim(),
				coordinator: p.coordinator.trim(),
				executor: p.executor.trim(),
				dispatchTrail: p.dispatchTrail,
				description: p.description,
				serves: rel.titles(`serves:${id}`),
				servesIds: rel.ids(`serves:${id}`),
				resources: rel.titles(`sources:${id}`),
				resourceIds: rel.ids(`sources:${id}`),
			}
		})
		.sort(compareProjects)

	const resourcesByProvider = namesIndex(resources.map((r) => ({ title: r.provider, resource: r.title })))
	const actors: ActorRow[] = cards.actor
		.map(({ id, props: p }) => {
			const provided = [
				...rel.titles(`provides:${id}`),
				...(resourcesByProvider.get(p.title) ?? []).map((r) => r.resource),
			]
			const row: ActorRow = {
				id,
				title: p.title,
				sector: p.sector,
				actorKind: p.actorKind,
				roles: p.roles,
				influence: p.influence,
				interest: p.interest,
				description: p.description,
				provides: [...new Set(provided)],
				leads: p.title === '' ? [] : projects.filter((pr) => pr.leadActor === p.title).map((pr) => pr.title),
				partnerIn: p.title === '' ? [] : projects.filter((pr) => pr.partners.includes(p.title)).map((pr) => pr.title),
			}
			if (opts.includePrivate) row.contact = p.contact
			return row
		})
		.sort(compareActors)

	const indicators = indicatorRows(projects)
	const invalidCards = (Object.keys(cards) as CardKind[]).flatMap((kind) =>
		(cards[kind] as Card[]).filter((c) => c.invalid.length > 0).map((c) => ({ id: c.id, kind, keys: c.invalid })),
	)
	const warnings = sortWarnings([
		...planWarnings({ needs, resources, actors, projects, matches, invalidCards, info }),
		...linkWarnings,
	])

	return {
		title: opts.title,
		info,
		generatedAt: opts.now ?? Date.now(),
		includePrivate: opts.includePrivate,
		needs,
		resources,
		actors,
		projects,
		matches,
		indicators,
		metrics: planMetrics({ needs, resources, actors, projects, matches, indicators, info, valued: allocations }),
		warnings,
		unmetNeeds: needs.filter((n) => !n.covered),
		idleResources: resources.filter((r) => !r.utilised),
	}
}
