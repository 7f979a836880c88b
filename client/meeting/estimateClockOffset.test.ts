import { describe, expect, it } from 'vitest'
import { estimateClockOffset } from './estimateClockOffset'

describe('estimateClockOffset', () => {
	it('is null without samples', () => {
		expect(estimateClockOffset([])).toBeNull()
	})

	it('assumes the server read its clock half-way through the round trip', () => {
		// Local 1000 → 1100; the server said 6050: it is 5000 ms ahead.
		expect(estimateClockOffset([{ sentAt: 1000, serverNow: 6050, receivedAt: 1100 }])).toEqual({
			offsetMs: 5000,
			roundTripMs: 100,
		})
	})

	it('finds a server clock that is behind ours', () => {
		expect(estimateClockOffset([{ sentAt: 10_000, serverNow: 7010, receivedAt: 10_020 }])).toEqual({
			offsetMs: -3000,
			roundTripMs: 20,
		})
	})

	it('keeps the sample with the shortest round trip, wherever it is', () => {
		const samples = [
			{ sentAt: 0, serverNow: 900, receivedAt: 800 }, // slow, queued: offset 500
			{ sentAt: 1000, serverNow: 1210, receivedAt: 1020 }, // fast: offset 200
			{ sentAt: 2000, serverNow: 2400, receivedAt: 2300 }, // slow: offset 250
		]
		expect(estimateClockOffset(samples)).toEqual({ offsetMs: 200, roundTripMs: 20 })
		expect(estimateClockOffset([...samples].reverse())).toEqual({ offsetMs: 200, roundTripMs: 20 })
	})

	it('ignores samples with a negative round trip (the local clock jumped) or a broken time', () => {
		expect(
			estimateClockOffset([
				{ sentAt: 5000, serverNow: 0, receivedAt: 4000 },
				{ sentAt: 0, serverNow: Number.NaN, receivedAt: 1 },
				{ sentAt: 100, serverNow: 1130, receivedAt: 160 },
			]),
		).toEqual({ offsetMs: 1000, roundTripMs: 60 })
		expect(estimateClockOffset([{ sentAt: 5000, serverNow: 0, receivedAt: 4000 }])).toBeNull()
	})
})
