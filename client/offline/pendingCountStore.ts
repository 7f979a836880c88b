import { useSyncExternalStore } from 'react'

let count = 0
const listeners = new Set<() => void>()

/** Publishes the open board's number of local changes waiting for the server (one board per page). */
export function setPendingCount(n: number): void {
	if (n === count) return
	count = n
	for (const l of listeners) l()
}

function subscribe(listener: () => void): () => void {
	listeners.add(listener)
	return () => listeners.delete(listener)
}

/** The open board's number of local changes waiting for the server (0 outside a board). */
export function usePendingCount(): number {
	return useSyncExternalStore(
		subscribe,
		() => count,
		() => 0,
	)
}
