import type { Storage } from '../storage/Storage'

/** Why a server is not ready for traffic. */
export type NotReadyReason = 'storage_unavailable' | 'shutting_down'

/** `error` (storage's own failure, for the log) is never sent to callers: it may name hosts. */
export type Readiness = { ready: true } | { ready: false; reason: NotReadyReason; message: string; error?: unknown }

/** How long a storage ping may take before the server counts as not ready (ms). */
export const READINESS_PING_TIMEOUT_MS = 2000

/**
 * Whether the server should get traffic (`GET /readyz`): not while it shuts down, and only
 * when storage answers a cheap query within `timeoutMs`. Liveness (`/healthz`) is separate.
 */
export async function readiness(deps: {
	storage: Pick<Storage, 'ping'>
	shuttingDown: () => boolean
	timeoutMs?: number
}): Promise<Readiness> {
	if (deps.shuttingDown()) return { ready: false, reason: 'shutting_down', message: 'The server is shutting down' }
	const timeoutMs = deps.timeoutMs ?? READINESS_PING_TIMEOUT_MS
	let timer: NodeJS.Timeout | undefined
	try {
		await Promise.race([
			deps.storage.ping(),
			new Promise<never>((_resolve, reject) => {
				timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)
			}),
		])
	} catch (err) {
		return { ready: false, reason: 'storage_unavailable', message: 'Storage is not reachable', error: err }
	} finally {
		clearTimeout(timer)
	}
	if (deps.shuttingDown()) return { ready: false, reason: 'shutting_down', message: 'The server is shutting down' }
	return { ready: true }
}
