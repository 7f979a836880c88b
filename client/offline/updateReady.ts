/**
 * Whether a new build of the app is ready, and how to switch to it: set by the service
 * worker's registration, read by the 新版本可用 prompt. `null` while there is nothing new.
 */
export type ApplyUpdate = () => void

let apply: ApplyUpdate | null = null
const listeners = new Set<() => void>()

/** Offers a new build; `applyUpdate` switches to it (it reloads the page). */
export function offerUpdate(applyUpdate: ApplyUpdate): void {
	apply = applyUpdate
	for (const listener of listeners) listener()
}

/** The pending update's switch, or null. */
export function pendingUpdate(): ApplyUpdate | null {
	return apply
}

/** Calls `listener` whenever an update is offered; returns the unsubscribe. */
export function subscribeToUpdate(listener: () => void): () => void {
	listeners.add(listener)
	return () => listeners.delete(listener)
}
