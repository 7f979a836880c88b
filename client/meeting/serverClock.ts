import { SERVER_TIME_PATH, type ServerTimeResponse } from '../../shared/meeting/timer'
import { type ClockSample, estimateClockOffset } from './estimateClockOffset'

/** Round trips per estimate. */
const SAMPLES = 5

let offsetMs = 0
let pending: Promise<void> | null = null

/** The server's clock as best we know it (local clock until the first estimate), epoch ms. */
export function serverNow(): number {
	return Date.now() + offsetMs
}

async function sample(fetchTime: () => Promise<number>): Promise<ClockSample | null> {
	const sentAt = Date.now()
	try {
		const serverTime = await fetchTime()
		return { sentAt, serverNow: serverTime, receivedAt: Date.now() }
	} catch {
		return null
	}
}

async function fetchServerTime(): Promise<number> {
	const res = await fetch(SERVER_TIME_PATH, { cache: 'no-store' })
	if (!res.ok) throw new Error(`GET /api/time: ${res.status}`)
	const body = (await res.json()) as Partial<ServerTimeResponse>
	if (typeof body.now !== 'number' || !Number.isFinite(body.now)) throw new Error('GET /api/time: no time')
	return body.now
}

/**
 * Estimates the server clock offset from a few round trips one after another, keeping
 * the sample with the shortest round trip. Called at start and on every reconnect (the
 * device may have slept, its clock may have moved); concurrent calls share one run.
 * Without an answer the previous estimate stays.
 */
export function syncServerClock(fetchTime: () => Promise<number> = fetchServerTime): Promise<void> {
	pending ??= (async () => {
		const samples: ClockSample[] = []
		for (let i = 0; i < SAMPLES; i++) {
			const s = await sample(fetchTime)
			if (s) samples.push(s)
		}
		const estimate = estimateClockOffset(samples)
		if (estimate) offsetMs = estimate.offsetMs
	})().finally(() => {
		pending = null
	})
	return pending
}
