/** A ratio (0–1) as a whole percentage, e.g. 0.756 → "76%". */
export function formatPercent(ratio: number): string {
	if (!Number.isFinite(ratio)) return '0%'
	return `${Math.round(ratio * 100)}%`
}
