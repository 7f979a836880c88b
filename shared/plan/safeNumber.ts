/**
 * Arithmetic that never yields NaN or ±Infinity, for figures read from a shared
 * document where anything may be typed.
 */

/** `value` when it is a finite number, otherwise `fallback`. */
export function finiteOr<F>(value: unknown, fallback: F): number | F {
	return typeof value === 'number' && Number.isFinite(value) ? value : fallback
}

/** `value` clamped to the finite range (±Number.MAX_VALUE); NaN becomes 0. */
export function clampFinite(value: number): number {
	if (Number.isNaN(value)) return 0
	if (value === Number.POSITIVE_INFINITY) return Number.MAX_VALUE
	if (value === Number.NEGATIVE_INFINITY) return -Number.MAX_VALUE
	return value
}

/** The sum of the finite numbers among `values` (others are skipped), clamped to a finite number. */
export function safeSum(values: Iterable<number | null | undefined>): number {
	let total = 0
	for (const v of values) {
		if (typeof v === 'number' && Number.isFinite(v)) total = clampFinite(total + v)
	}
	return total
}

/** `numerator / denominator`, or 0 when the denominator is 0 or the result is not finite. */
export function safeRatio(numerator: number, denominator: number): number {
	if (denominator === 0 || !Number.isFinite(numerator) || !Number.isFinite(denominator)) return 0
	const r = numerator / denominator
	return Number.isFinite(r) ? r : 0
}
