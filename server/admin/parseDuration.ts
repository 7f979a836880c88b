const UNITS: Record<string, number> = {
	s: 1000,
	m: 60_000,
	h: 3_600_000,
	d: 86_400_000,
	w: 7 * 86_400_000,
}

/**
 * A duration such as `30d`, `12h`, `45m`, `90s` or `2w`, in ms. Anything else (no unit,
 * a fraction, a negative number, text) throws with what is accepted.
 */
export function parseDuration(text: string): number {
	const m = /^(\d{1,6})([smhdw])$/.exec(text.trim())
	if (!m) {
		throw new Error(`"${text}" is not a duration: write a whole number and a unit, e.g. 30d, 12h, 45m, 90s or 2w`)
	}
	return Number(m[1]) * UNITS[m[2]]
}
