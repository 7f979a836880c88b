/** The numbers of a budget line that decide its amount. */
export interface BudgetNumbers {
	quantity?: unknown
	unitPrice?: unknown
	amount?: unknown
}

function num(value: unknown): number | null {
	return typeof value === 'number' && Number.isFinite(value) ? value : null
}

/** Quantity × unit price, rounded to the fen, when both are set; otherwise null. */
export function computedAmount(line: BudgetNumbers): number | null {
	const quantity = num(line.quantity)
	const unitPrice = num(line.unitPrice)
	if (quantity === null || unitPrice === null) return null
	return Math.round(quantity * unitPrice * 100) / 100
}

/**
 * A budget line after setting `key` to `value`: when quantity and unit price are both set
 * the amount becomes their product (so every reader of the board sees the same amount);
 * otherwise the typed amount is kept.
 */
export function editBudgetLine<R extends Record<string, unknown>>(line: R, key: string, value: unknown): R {
	const next = { ...line, [key]: value } as R
	const computed = computedAmount(next)
	return computed === null ? next : ({ ...next, amount: computed } as R)
}
