import type { FieldDescriptor } from '../../shared/domain/cardFields'

/**
 * The order a table's columns are shown in. The descriptors keep new columns at the end
 * (so list cells written before still read the same); people read a budget line as
 * category, item, quantity × unit price = amount, then where the money comes from.
 */
const DISPLAY_ORDER: Readonly<Record<string, readonly string[]>> = {
	activities: ['date', 'content', 'place', 'owner', 'participants'],
	budget: ['category', 'item', 'quantity', 'unit', 'unitPrice', 'amount', 'source', 'form'],
	indicators: ['name', 'dimension', 'baseline', 'target', 'actual', 'unit'],
}

/** Columns whose texts are long: a whole line when a row is stacked, a wider column in a table. */
export const WIDE_COLUMNS: ReadonlySet<string> = new Set(['content', 'item', 'name', 'risk', 'response', 'note'])

/** The columns of a table field in display order (unknown columns keep their place at the end). */
export function displayColumns(field: FieldDescriptor): readonly FieldDescriptor[] {
	const columns = field.columns ?? []
	const order = DISPLAY_ORDER[field.input]
	if (!order) return columns
	const rank = (key: string) => {
		const i = order.indexOf(key)
		return i === -1 ? order.length : i
	}
	return [...columns].sort((a, b) => rank(a.key) - rank(b.key))
}
