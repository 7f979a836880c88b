/** One round trip to `GET /api/time`: local clock when sent and received, and the server's answer. */
export interface ClockSample {
	sentAt: number
	serverNow: number
	receivedAt: number
}

/** How far the server clock is ahead of ours, and how sure we are (the round trip it came from). */
export interface ClockEstimate {
	/** Server time minus local time, ms. */
	offsetMs: number
	/** Round trip of the sample it came from, ms; the error is at most half of it. */
	roundTripMs: number
}

/**
 * The offset of the server clock from the samples: the one with the shortest round trip
 * wins (least time for the answer to wait in a queue), assuming the server read its clock
 * half-way through. Samples with a negative round trip or a non-finite time are ignored;
 * null when none is left.
 */
export function estimateClockOffset(samples: readonly ClockSample[]): ClockEstimate | null {
	let best: ClockEstimate | null = null
	for (const s of samples) {
		if (![s.sentAt, s.serverNow, s.receivedAt].every(Number.isFinite)) continue
		const roundTripMs = s.receivedAt - s.sentAt
		if (roundTripMs < 0) continue
		if (best && roundTripMs >= best.roundTripMs) continue
		best = { offsetMs: Math.round(s.serverNow - (s.sentAt + roundTripMs / 2)), roundTripMs }
	}
	return best
}
