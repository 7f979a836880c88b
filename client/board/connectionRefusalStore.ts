import { useSyncExternalStore } from 'react'
import { CloseCode } from '../../shared/protocol'

/** Close codes with which the server turns a socket away for now; the provider retries by itself. */
export const RETRY_LATER_CLOSE_CODES: readonly number[] = [
	CloseCode.rateLimited,
	CloseCode.roomFull,
	CloseCode.linkFull,
	CloseCode.storageUnavailable,
]

let refusal: number | null = null
const listeners = new Set<() => void>()

/**
 * Publishes why the open board's socket was last turned away (a close code of
 * RETRY_LATER_CLOSE_CODES), or null once it connects again (one board per page). Any
 * other code is ignored.
 */
export function setConnectionRefusal(code: number | null): void {
	const next = code !== null && RETRY_LATER_CLOSE_CODES.includes(code) ? code : null
	if (code !== null && next === null) return
	if (next === refusal) return
	refusal = next
	for (const l of listeners) l()
}

function subscribe(listener: () => void): () => void {
	listeners.add(listener)
	return () => listeners.delete(listener)
}

/** The close code the open board's socket was last turned away with, until it connects again. */
export function useConnectionRefusal(): number | null {
	return useSyncExternalStore(
		subscribe,
		() => refusal,
		() => null,
	)
}
