import { describe, expect, it } from 'vitest'
import { shouldChime, timerRunKey } from './timeUpRun'

describe('timerRunKey', () => {
	it('names a running countdown by its end; nothing else is a run', () => {
		expect(timerRunKey({ status: 'running', durationMs: 60_000, endsAt: 123 })).toBe('123')
		expect(timerRunKey({ status: 'paused', durationMs: 60_000, remainingMs: 5 })).toBeNull()
		expect(timerRunKey({ status: 'idle', durationMs: 60_000 })).toBeNull()
		expect(timerRunKey(null)).toBeNull()
	})
})

describe('shouldChime', () => {
	it.each([
		['a run this client watched reach zero', '123', true, '123', null, true],
		['the same run again (already chimed)', '123', true, '123', '123', false],
		['a late joiner whose timer had already ended', '123', true, null, null, false],
		['a run that has not reached zero', '123', false, '123', null, false],
		['a new run after added time, watched', '456', true, '456', '123', true],
		['a new run first seen after its end', '456', true, '123', '123', false],
		['no run', null, true, null, null, false],
	] as const)('%s → %s', (_label, runKey, timeUp, seen, chimed, expected) => {
		expect(shouldChime(runKey, timeUp, seen, chimed)).toBe(expected)
	})
})
