/** How a shutdown ended: done, failed in a step, or still in a step when the deadline passed. */
export type ShutdownOutcome =
	| { kind: 'done'; ms: number }
	| { kind: 'failed'; step: string; error: unknown; ms: number }
	| { kind: 'timedOut'; step: string; ms: number }

/** The default of `SHUTDOWN_TIMEOUT_MS`. */
export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 10_000

/** `SHUTDOWN_TIMEOUT_MS`: how long a graceful shutdown may take before the process exits anyway. */
export function shutdownTimeoutFromEnv(raw: string | undefined): number {
	if (raw === undefined || raw === '') return DEFAULT_SHUTDOWN_TIMEOUT_MS
	const n = Number(raw)
	if (!Number.isInteger(n) || n < 1) throw new Error(`SHUTDOWN_TIMEOUT_MS must be a positive integer, got "${raw}"`)
	return n
}

/**
 * Runs `close` (which names each step it starts through `onStep`) and settles when it ends
 * or when `timeoutMs` have passed, whichever is first — saying which step it was in.
 */
export function shutdownWithDeadline(
	close: (onStep: (step: string) => void) => Promise<void>,
	timeoutMs: number,
): Promise<ShutdownOutcome> {
	const started = performance.now()
	const ms = () => Math.round(performance.now() - started)
	let step = 'starting'
	return new Promise((resolve) => {
		const timer = setTimeout(() => resolve({ kind: 'timedOut', step, ms: ms() }), timeoutMs)
		let closing: Promise<void>
		try {
			closing = close((s) => {
				step = s
			})
		} catch (error) {
			closing = Promise.reject(error)
		}
		closing.then(
			() => {
				clearTimeout(timer)
				resolve({ kind: 'done', ms: ms() })
			},
			(error: unknown) => {
				clearTimeout(timer)
				resolve({ kind: 'failed', step, error, ms: ms() })
			},
		)
	})
}
