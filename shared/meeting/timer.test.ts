import { describe, expect, it } from 'vitest'
import type { TimerState } from './meetingLayout'
import {
	addTime,
	clampDuration,
	formatClock,
	isTimeUp,
	MAX_TIMER_MS,
	MIN_TIMER_MS,
	parseTimerState,
	pauseTimer,
	remainingMs,
	resetTimer,
	resumeTimer,
	startTimer,
	TIME_UP_SHOWN_MS,
	timerDisplay,
} from './timer'

const MIN = 60_000
const T0 = 1_700_000_000_000

describe('parseTimerState', () => {
	it.each<[string, TimerState]>([
		['idle', { status: 'idle', durationMs: 5 * MIN }],
		['running', { status: 'running', durationMs: 5 * MIN, endsAt: T0 }],
		['paused', { status: 'paused', durationMs: 5 * MIN, remainingMs: 90_000 }],
		['paused at zero', { status: 'paused', durationMs: MIN, remainingMs: 0 }],
		['the shortest duration', { status: 'idle', durationMs: MIN_TIMER_MS }],
		['the longest duration', { status: 'idle', durationMs: MAX_TIMER_MS }],
	])('keeps a well-formed %s state', (_label, state) => {
		expect(parseTimerState({ ...state, extra: true })).toEqual(state)
	})

	it.each([
		['null', null],
		['a number', 300_000],
		['an array', []],
		['an unknown status', { status: 'stopped', durationMs: MIN }],
		['a missing duration', { status: 'idle' }],
		['a duration under a second', { status: 'idle', durationMs: 999 }],
		['a duration over three hours', { status: 'idle', durationMs: MAX_TIMER_MS + 1 }],
		['a string duration', { status: 'idle', durationMs: '60000' }],
		['a running state without its end', { status: 'running', durationMs: MIN }],
		['a NaN end', { status: 'running', durationMs: MIN, endsAt: Number.NaN }],
		['a negative end', { status: 'running', durationMs: MIN, endsAt: -5 }],
		['a paused state without remaining time', { status: 'paused', durationMs: MIN }],
		['negative remaining time', { status: 'paused', durationMs: MIN, remainingMs: -1 }],
		['remaining time over three hours', { status: 'paused', durationMs: MIN, remainingMs: MAX_TIMER_MS + 1 }],
	])('refuses %s', (_label, value) => {
		expect(parseTimerState(value)).toBeNull()
	})
})

describe('clampDuration', () => {
	it.each([
		[0, MIN_TIMER_MS],
		[-MIN, MIN_TIMER_MS],
		[Number.NaN, MIN_TIMER_MS],
		[Number.POSITIVE_INFINITY, MIN_TIMER_MS],
		[5 * MIN + 0.4, 5 * MIN],
		[4 * 60 * MIN, MAX_TIMER_MS],
	])('%s ms → %s ms', (input, expected) => {
		expect(clampDuration(input)).toBe(expected)
	})
})

describe('timer transitions', () => {
	it('start → runs to zero at now + duration', () => {
		const s = startTimer(5 * MIN, T0)
		expect(s).toEqual({ status: 'running', durationMs: 5 * MIN, endsAt: T0 + 5 * MIN })
		expect(remainingMs(s, T0 + MIN)).toBe(4 * MIN)
		expect(isTimeUp(s, T0 + 5 * MIN - 1)).toBe(false)
		expect(isTimeUp(s, T0 + 5 * MIN)).toBe(true)
	})

	it('start clamps the duration to the bounds', () => {
		expect(startTimer(10, T0)).toMatchObject({ durationMs: MIN_TIMER_MS, endsAt: T0 + MIN_TIMER_MS })
		expect(startTimer(10 * 60 * MIN, T0)).toMatchObject({ durationMs: MAX_TIMER_MS })
	})

	it('pause freezes the remaining time, resume continues from it', () => {
		const paused = pauseTimer(startTimer(5 * MIN, T0), T0 + 2 * MIN)
		expect(paused).toEqual({ status: 'paused', durationMs: 5 * MIN, remainingMs: 3 * MIN })
		expect(remainingMs(paused, T0 + 60 * MIN)).toBe(3 * MIN)
		const resumed = resumeTimer(paused, T0 + 10 * MIN)
		expect(resumed).toEqual({ status: 'running', durationMs: 5 * MIN, endsAt: T0 + 13 * MIN })
		expect(remainingMs(resumed, T0 + 11 * MIN)).toBe(2 * MIN)
	})

	it('pausing a timer that already reached zero leaves it at zero, running', () => {
		const s = startTimer(MIN, T0)
		expect(pauseTimer(s, T0 + 2 * MIN)).toBe(s)
		expect(isTimeUp(s, T0 + 2 * MIN)).toBe(true)
	})

	it('pause of an idle or paused timer and resume of a running or idle one change nothing', () => {
		const idle: TimerState = { status: 'idle', durationMs: MIN }
		const paused: TimerState = { status: 'paused', durationMs: MIN, remainingMs: 1000 }
		const running = startTimer(MIN, T0)
		expect(pauseTimer(idle, T0)).toBe(idle)
		expect(pauseTimer(paused, T0)).toBe(paused)
		expect(resumeTimer(running, T0)).toBe(running)
		expect(resumeTimer(idle, T0)).toBe(idle)
	})

	it('reset goes back to the full duration, not running', () => {
		const paused = pauseTimer(startTimer(3 * MIN, T0), T0 + MIN)
		expect(resetTimer(paused)).toEqual({ status: 'idle', durationMs: 3 * MIN })
		expect(remainingMs(resetTimer(paused), T0 + 99 * MIN)).toBe(3 * MIN)
		expect(isTimeUp(resetTimer(startTimer(MIN, T0)), T0 + 5 * MIN)).toBe(false)
	})

	it('remaining time is never negative', () => {
		expect(remainingMs(startTimer(MIN, T0), T0 + 10 * MIN)).toBe(0)
	})
})

describe('addTime', () => {
	it.each<[string, TimerState, number, TimerState]>([
		['idle: a longer duration', { status: 'idle', durationMs: 5 * MIN }, T0, { status: 'idle', durationMs: 6 * MIN }],
		[
			'paused: more remaining',
			{ status: 'paused', durationMs: 5 * MIN, remainingMs: 30_000 },
			T0,
			{ status: 'paused', durationMs: 5 * MIN, remainingMs: 90_000 },
		],
		[
			'running: a later end',
			{ status: 'running', durationMs: 5 * MIN, endsAt: T0 + 2 * MIN },
			T0,
			{ status: 'running', durationMs: 6 * MIN, endsAt: T0 + 3 * MIN },
		],
		[
			'running past zero: one more minute from now',
			{ status: 'running', durationMs: 5 * MIN, endsAt: T0 - 10 * MIN },
			T0,
			{ status: 'running', durationMs: 6 * MIN, endsAt: T0 + MIN },
		],
		[
			'running near the bound: capped at three hours',
			{ status: 'running', durationMs: MAX_TIMER_MS, endsAt: T0 + MAX_TIMER_MS - 1000 },
			T0,
			{ status: 'running', durationMs: MAX_TIMER_MS, endsAt: T0 + MAX_TIMER_MS },
		],
		[
			'idle at the bound: unchanged duration',
			{ status: 'idle', durationMs: MAX_TIMER_MS },
			T0,
			{ status: 'idle', durationMs: MAX_TIMER_MS },
		],
	])('%s', (_label, state, now, expected) => {
		const next = addTime(state, MIN, now)
		expect(next).toEqual(expected)
		expect(parseTimerState(next)).toEqual(expected)
	})

	it('ignores a zero, negative or NaN amount', () => {
		const s = startTimer(MIN, T0)
		expect(addTime(s, 0, T0)).toBe(s)
		expect(addTime(s, -MIN, T0)).toBe(s)
		expect(addTime(s, Number.NaN, T0)).toBe(s)
	})
})

describe('formatClock', () => {
	it.each([
		[0, '00:00'],
		[-5000, '00:00'],
		[Number.NaN, '00:00'],
		[1, '00:01'],
		[999, '00:01'],
		[1000, '00:01'],
		[1001, '00:02'],
		[59_000, '00:59'],
		[60_000, '01:00'],
		[5 * MIN, '05:00'],
		[5 * MIN - 250, '05:00'],
		[59 * MIN + 59_000, '59:59'],
		[60 * MIN, '1:00:00'],
		[MAX_TIMER_MS, '3:00:00'],
		[61 * MIN + 5000, '1:01:05'],
	])('%s ms → %s', (ms, expected) => {
		expect(formatClock(ms)).toBe(expected)
	})
})

describe('timerDisplay: 时间到 never stays for good', () => {
	const running = startTimer(5 * MIN, T0)
	const end = T0 + 5 * MIN
	it.each<[string, TimerState | null, number, ReturnType<typeof timerDisplay>]>([
		['no countdown', null, T0, 'hidden'],
		['reset (idle)', resetTimer(running), end + 1, 'hidden'],
		['running', running, T0 + MIN, 'running'],
		['paused with time left', pauseTimer(running, T0 + MIN), end + 10 * MIN, 'paused'],
		['just reached zero', running, end, 'timeup'],
		['a little under a minute after zero', running, end + TIME_UP_SHOWN_MS - 1, 'timeup'],
		['a minute after zero', running, end + TIME_UP_SHOWN_MS, 'hidden'],
		['a reload an hour later', running, end + 60 * MIN, 'hidden'],
		[
			'pausing after zero changes nothing: hidden after the minute',
			pauseTimer(running, end + 1000),
			end + 60 * MIN,
			'hidden',
		],
	])('%s → %s', (_what, state, now, shown) => {
		expect(timerDisplay(state, now)).toBe(shown)
	})
})
