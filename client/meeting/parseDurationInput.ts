import { MAX_TIMER_MS, MIN_TIMER_MS } from '../../shared/meeting/timer'

/**
 * A countdown length typed by the facilitator, in ms: minutes ("5", "2.5", "2,5") or
 * minutes and seconds ("1:30", "0:45"). Null when it is not a length within the bounds
 * (1 second to 3 hours).
 */
export function parseDurationInput(text: string): number | null {
	const s = text.trim().replace(',', '.').replace('：', ':')
	let ms: number
	const clock = /^(\d{1,3}):([0-5]\d)$/.exec(s)
	if (clock) ms = (Number(clock[1]) * 60 + Number(clock[2])) * 1000
	else if (/^\d{0,3}(\.\d+)?$/.test(s) && s !== '' && s !== '.') ms = Math.round(Number(s) * 60_000)
	else return null
	return Number.isFinite(ms) && ms >= MIN_TIMER_MS && ms <= MAX_TIMER_MS ? ms : null
}
