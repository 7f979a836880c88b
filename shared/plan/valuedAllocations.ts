import type { MatchRow, PlanBudgetLine, ResourceRow, ValuedAllocation } from './planTypes'
import { clampFinite } from './safeNumber'

/** Units read as money, and what one unit is worth in 元. */
const MONEY_UNITS: ReadonlyMap<string, number> = new Map([
	['元', 1],
	['yuan', 1],
	['rmb', 1],
	['cny', 1],
	['¥', 1],
	['￥', 1],
	['万元', 10_000],
	['万', 10_000],
])

/** What one `unit` is worth in 元, or null when it is not a money unit. */
export function yuanPerUnit(unit: string): number | null {
	return MONEY_UNITS.get(unit.trim().toLowerCase()) ?? null
}

/** True when a budget line's item names the resource (one contains the other, ignoring spaces). */
function namesResource(line: PlanBudgetLine, resource: string): boolean {
	const item = line.item.replace(/\s+/g, '')
	const title = resource.replace(/\s+/g, '')
	if (item === '' || title === '') return false
	return item.includes(title) || (item.length >= 2 && title.includes(item))
}

/**
 * The allocations of market and society resources to projects whose value in 元 can be
 * read: the arrow's quantity in a money unit (元, 万元 …; the resource's unit when the
 * arrow has none). Government resources are left out (government money is counted from
 * the 政府购买 budget lines). `inBudget` is true when a budget line of the project names
 * the resource, so a figure entered twice is counted once. Pure.
 */
export function valuedAllocations(
	matches: readonly MatchRow[],
	resources: readonly ResourceRow[],
	budgetOf: (projectId: string) => readonly PlanBudgetLine[],
): ValuedAllocation[] {
	const byId = new Map(resources.map((r) => [r.id, r]))
	const out: ValuedAllocation[] = []
	for (const m of matches) {
		if (m.type !== 'allocation' || m.toKind !== 'project' || m.quantity === null) continue
		const resource = byId.get(m.fromId)
		if (!resource || resource.sector === 'government') continue
		const perUnit = yuanPerUnit(m.unit.trim() !== '' ? m.unit : resource.unit)
		if (perUnit === null || !Number.isFinite(m.quantity) || m.quantity <= 0) continue
		out.push({
			matchId: m.id,
			projectId: m.toId,
			resourceId: resource.id,
			resource: resource.title,
			sector: resource.sector,
			value: clampFinite(m.quantity * perUnit),
			inBudget: budgetOf(m.toId).some((l) => namesResource(l, resource.title)),
		})
	}
	return out
}
