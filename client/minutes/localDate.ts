/** The calendar day of `ms` on this device, as `YYYY-MM-DD` (what a date input holds). */
export function localDate(ms: number): string {
	const d = new Date(ms)
	const pad = (n: number) => String(n).padStart(2, '0')
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** The time of day of `ms` on this device, as `HH:MM`. */
export function localTime(ms: number): string {
	const d = new Date(ms)
	return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`
}
