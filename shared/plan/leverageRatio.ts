import { BUDGET_SOURCES } from '../domain/enums'
import { GOVERNMENT_BUDGET_SOURCE } from './budgetSummary'
import type { BudgetSummary, LeverageRatio, ValuedAllocation } from './planTypes'
import { safeRatio, safeSum } from './safeNumber'

/**
 * 资源撬动比 — the ratio this framework is about: how much non-government value each
 * government 元 brings in.
 *
 * - government = budget lines of source 政府购买 (cash + in kind);
 * - nonGovernment = budget lines of 自筹 / 企业配套 / 社会捐赠, cash plus in kind (donated
 *   goods and volunteer time at their valued amounts), plus the value of allocated
 *   market/society resources that no budget line names (`allocations` with
 *   `inBudget: false`; see `valuedAllocations`);
 * - ratio = nonGovernment / government, null when government is 0;
 * - nonGovernmentShare = nonGovernment / (government + nonGovernment), null when both are 0.
 * Pure.
 */
export function leverageRatio(budget: BudgetSummary, allocations: readonly ValuedAllocation[] = []): LeverageRatio {
	const others = BUDGET_SOURCES.filter((s) => s.value !== GOVERNMENT_BUDGET_SOURCE).map((s) => budget.bySource[s.value])
	const nonGovernmentCash = safeSum(others.map((o) => o.cash))
	const nonGovernmentInKind = safeSum(others.map((o) => o.inKind))
	const allocatedValue = safeSum(allocations.filter((a) => !a.inBudget).map((a) => a.value))
	const nonGovernment = safeSum([nonGovernmentCash, nonGovernmentInKind, allocatedValue])
	const government = budget.government
	const both = safeSum([government, nonGovernment])
	return {
		government,
		nonGovernment,
		nonGovernmentCash,
		nonGovernmentInKind,
		allocatedValue,
		ratio: government > 0 ? safeRatio(nonGovernment, government) : null,
		nonGovernmentShare: both > 0 ? safeRatio(nonGovernment, both) : null,
	}
}
