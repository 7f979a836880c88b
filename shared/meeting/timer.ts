import type { TimerState } from './meetingLayout'

/** Shortest and longest countdown a facilitator can set. */
export const MIN_TIMER_MS = 1000
export const MAX_TIMER_MS = 3 * 60 * 60 * 1000

/** The server clock route: every device counts the shared timer down from the server's time. */
export const SERVER_TIME_PATH = '/api/time'

/** `GET /api/time` response: the server's clock, epoch milliseconds. */
export interface ServerTimeResponse {
	now: number
}

/** A timer before anyone started it. */
export const IDLE_TIMER: TimerState = { status: 'idle', durationMs: 5 * 60 * 1000 }

function isTime(value: unknown): value is number {
	return typeof value === 'number' && Number.isFinite(value) && value >= 0
}

/** `ms` rounded and brought into [MIN_TIMER_MS, MAX_TIMER_MS]. */
export function clampDuration(ms: number): number {
	if (!Number.isFinite(ms)) return MIN_TIMER_MS
	return Math.min(MAX_TIMER_MS, Math.max(MIN_TIMER_MS, Math.round(ms)))
}

/**
 * A timer state read from the meeting map, or null when missing or malformed: an
 * unknown status, a duration outside the bounds, a time or remaining time that is not
 * a finite non-negative number (remaining at most the longest timer).
 */
export function parseTimerState(value: unknown): TimerState | null {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
	const v = value as Record<string, unknown>
	const { durationMs } = v
	if (!isTime(durationMs) || durationMs < MIN_TIMER_MS || durationMs > MAX_TIMER_MS) return null
	switch (v.status) {
		case 'idle':
			return { status: 'idle', durationMs }
		case 'running':
			return isTime(v.endsAt) ? { status: 'running', durationMs, endsAt: v.endsAt } : null
		case 'paused':
			return isTime(v.remainingMs) && v.remainingMs <= MAX_TIMER_MS
				? { status: 'paused', durationMs, remainingMs: v.remainingMs }
				: null
		default:
			return null
	}
}

/** A countdown of `durationMs` (clamped to the bounds) started at server time `now`. */
export function startTimer(durationMs: number, now: number): TimerState {
	const duration = clampDuration(durationMs)
	return { status: 'running', durationMs: duration, endsAt: now + duration }
}

/** Freezes a running countdown; anything else (including one already at zero) is unchanged. */
export function pauseTimer(state: TimerState, now: number): TimerState {
	if (state.status !== 'running' || isTimeUp(state, now)) return state
	return { status: 'paused', durationMs: state.durationMs, remainingMs: remainingMs(state, now) }
}

/** Runs a paused countdown on from where it stopped; anything else is unchanged. */
export function resumeTimer(state: TimerState, now: number): TimerState {
	if (state.status !== 'paused') return state
	if (state.remainingMs <= 0) return state
	return { status: 'running', durationMs: state.durationMs, endsAt: now + state.remainingMs }
}

/** Back to the full duration, not running. */
export function resetTimer(state: TimerState): TimerState {
	return { status: 'idle', durationMs: state.durationMs }
}

/**
 * `ms` more on the clock (never beyond the longest timer). A countdown that already
 * reached zero runs again for `ms` from `now`; an idle timer gets a longer duration.
 */
export function addTime(state: TimerState, ms: number, now: number): TimerState {
	if (!Number.isFinite(ms) || ms <= 0) return state
	switch (state.status) {
		case 'idle':
			return { status: 'idle', durationMs: clampDuration(state.durationMs + ms) }
		case 'paused': {
			const remaining = Math.min(MAX_TIMER_MS, state.remainingMs + ms)
			return {
				status: 'paused',
				durationMs: clampDuration(Math.max(state.durationMs, remaining)),
				remainingMs: remaining,
			}
		}
		case 'running': {
			const remaining = Math.min(MAX_TIMER_MS, remainingMs(state, now) + ms)
			return {
				status: 'running',
				durationMs: clampDuration(Math.max(state.durationMs + ms, remaining)),
				endsAt: now + remaining,
			}
		}
	}
}

/** Milliseconds left at server time `now`; never negative. */
export function remainingMs(state: TimerState, now: number): number {
	switch (state.status) {
		case 'idle':
			return state.durationMs
		case 'paused':
			return Math.max(0, state.remainingMs)
		case 'running':
			return Math.max(0, state.endsAt - now)
	}
}

/** True when the countdown has reached zero (running past its end, or paused at zero). */
export function isTimeUp(state: TimerState, now: number): boolean {
	return state.status !== 'idle' && remainingMs(state, now) <= 0
}

/** How long "时间到" stays on screen after a running countdown reaches zero (ms). */
export const TIME_UP_SHOWN_MS = 60_000

/** What the countdown chip shows. */
export type TimerDisplay = 'hidden' | 'running' | 'paused' | 'timeup'

/**
 * What the countdown chip shows at server time `now`: nothing when there is no countdown
 * or it was reset; "时间到" for TIME_UP_SHOWN_MS after a running countdown reached zero,
 * then nothing — so a reload long after, or a forgotten timer, never shows it for good.
 */
export function timerDisplay(state: TimerState | null, now: number): TimerDisplay {
	if (!state || state.status === 'idle') return 'hidden'
	if (state.status === 'running' && now >= state.endsAt + TIME_UP_SHOWN_MS) return 'hidden'
	if (isTimeUp(state, now)) return 'timeup'
	return state.status
}

/**
 * A remaining time as a clock: "mm:ss", or "h:mm:ss" from one hour on. Partial seconds
 * round up, so a countdown shows "00:01" until it really reaches zero.
 */
export function formatClock(ms: number): string {
	const total = Number.isFinite(ms) && ms > 0 ? Math.ceil(ms / 1000) : 0
	const hours = Math.floor(total / 3600)
	const minutes = Math.floor((total % 3600) / 60)
	const seconds = total % 60
	const two = (n: number) => String(n).padStart(2, '0')
	return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${two(minutes)}:${two(seconds)}`
}
