import type { BudgetLine } from '../domain/cardProps'
import type { BudgetAmountBasis, PlanBudgetLine } from './planTypes'
import { clampFinite } from './safeNumber'

function usable(v: number | null): v is number {
	return typeof v === 'number' && Number.isFinite(v)
}

/**
 * The value a budget line counts for (元), and where it came from:
 * 1. quantity × unit price when both are set (`quantityTimesUnitPrice`);
 * 2. a 志愿服务时长 (volunteerTime) line with hours (quantity) but no unit price:
 *    hours × `hourValue`, the board's value of a volunteer hour (`volunteerHours`);
 * 3. otherwise the amount typed on the line (`amount`);
 * 4. otherwise 0 (`none`).
 * Pure; the result is always finite.
 */
export function effectiveBudgetAmount(
	line: Pick<BudgetLine, 'category' | 'quantity' | 'unitPrice' | 'amount'>,
	hourValue: number,
): { effectiveAmount: number; amountBasis: BudgetAmountBasis; hourValue: number | null } {
	if (usable(line.quantity) && usable(line.unitPrice)) {
		return {
			effectiveAmount: clampFinite(line.quantity * line.unitPrice),
			amountBasis: 'quantityTimesUnitPrice',
			hourValue: null,
		}
	}
	if (
		line.category === 'volunteerTime' &&
		usable(line.quantity) &&
		!usable(line.unitPrice) &&
		Number.isFinite(hourValue)
	) {
		return { effectiveAmount: clampFinite(line.quantity * hourValue), amountBasis: 'volunteerHours', hourValue }
	}
	if (usable(line.amount)) return { effectiveAmount: line.amount, amountBasis: 'amount', hourValue: null }
	return { effectiveAmount: 0, amountBasis: 'none', hourValue: null }
}

/** `lines` with their effective amounts (see `effectiveBudgetAmount`). */
export function planBudgetLines(lines: readonly BudgetLine[], hourValue: number): PlanBudgetLine[] {
	return lines.map((line) => ({ ...line, ...effectiveBudgetAmount(line, hourValue) }))
}
