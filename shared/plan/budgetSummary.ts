import { BUDGET_CATEGORIES, BUDGET_SOURCES, type BudgetCategory, type BudgetSource } from '../domain/enums'
import type { BudgetSummary, CashInKind, PlanBudgetLine } from './planTypes'
import { safeSum } from './safeNumber'

/** The budget source that is government money (the denominator of the 资源撬动比). */
export const GOVERNMENT_BUDGET_SOURCE: BudgetSource = 'govPurchase'

function cashInKind(lines: readonly PlanBudgetLine[]): CashInKind {
	const cash = safeSum(lines.filter((l) => l.form === 'cash').map((l) => l.effectiveAmount))
	const inKind = safeSum(lines.filter((l) => l.form === 'inKind').map((l) => l.effectiveAmount))
	return { cash, inKind, total: safeSum([cash, inKind]) }
}

/**
 * Totals of budget lines by effective amount: cash / in kind, per 经费来源 (split cash /
 * in kind), per 支出类别, and government (政府购买) against every other source. Pure.
 */
export function budgetSummary(lines: readonly PlanBudgetLine[]): BudgetSummary {
	const all = cashInKind(lines)
	const bySource = Object.fromEntries(
		BUDGET_SOURCES.map((s) => [s.value, cashInKind(lines.filter((l) => l.source === s.value))]),
	) as Record<BudgetSource, CashInKind>
	const byCategory = Object.fromEntries(
		BUDGET_CATEGORIES.map((c) => [
			c.value,
			safeSum(lines.filter((l) => l.category === c.value).map((l) => l.effectiveAmount)),
		]),
	) as Record<BudgetCategory, number>
	const government = bySource[GOVERNMENT_BUDGET_SOURCE].total
	const nonGovernment = safeSum(
		BUDGET_SOURCES.filter((s) => s.value !== GOVERNMENT_BUDGET_SOURCE).map((s) => bySource[s.value].total),
	)
	return { total: all.total, cash: all.cash, inKind: all.inKind, bySource, byCategory, government, nonGovernment }
}
