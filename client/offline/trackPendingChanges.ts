import type * as Y from 'yjs'
import { changeFromTransaction } from './changeFromTransaction'
import { compactPending } from './compactPending'
import { isConfirmed, type PendingChange, pendingCount, type ServerState, withoutConfirmed } from './pendingChanges'

/** The wait before the n-th retry of a check (n ≥ 1): 0.5 s doubling to at most 15 s. */
export function retryDelay(attempt: number): number {
	return Math.min(15_000, 500 * 2 ** Math.max(0, attempt - 1))
}

export interface PendingTrackerOptions {
	doc: Y.Doc
	records: Y.Map<unknown>
	/** Transactions with these origins are not local changes (the provider, the IndexedDB persistence). */
	isForeignOrigin(origin: unknown): boolean
	/** Connected and synced: a check can tell something. */
	isSynced(): boolean
	/** What the server has stored (after a flush); rejects when it cannot be asked. */
	fetchServerState(): Promise<ServerState>
	/** Changes saved by an earlier page of this board. */
	initial?: readonly PendingChange[]
	/** Saves the list (called debounced, and on `flush`). */
	save(pending: readonly PendingChange[]): void
	onCount(count: number): void
	/** Wait after a change before checking (ms). */
	debounceMs?: number
	setTimer?: (fn: () => void, ms: number) => unknown
	clearTimer?: (handle: unknown) => void
}

export interface PendingTracker {
	count(): number
	pending(): readonly PendingChange[]
	/** Call when the connection has synced: checks soon if anything is waiting. */
	kick(): void
	/** Drops saved changes the local document does not hold (lost before they reached IndexedDB). */
	retainKnown(local: ServerState): void
	/** Saves now (page hide). */
	flush(): void
	dispose(): void
}

/**
 * Counts this device's changes the server has not confirmed yet. Every local transaction
 * is added; while connected and synced, the server's stored state is fetched (debounced;
 * retried with backoff on failure or while something is still not covered) and every
 * change it covers is dropped.
 */
export function trackPendingChanges(opts: PendingTrackerOptions): PendingTracker {
	const setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms))
	const clearTimer = opts.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>))
	const debounceMs = opts.debounceMs ?? 400
	let pending: readonly PendingChange[] = opts.initial ?? []
	let lastCount = -1
	let checkTimer: unknown = null
	let saveTimer: unknown = null
	let inFlight = false
	let again = false
	let attempt = 0
	let disposed = false

	const changed = () => {
		const n = pendingCount(pending)
		if (n !== lastCount) {
			lastCount = n
			opts.onCount(n)
		}
		if (saveTimer === null) {
			saveTimer = setTimer(() => {
				saveTimer = null
				opts.save(pending)
			}, 300)
		}
	}

	const schedule = (ms: number) => {
		if (disposed || pending.length === 0 || !opts.isSynced()) return
		if (inFlight) {
			again = true
			return
		}
		if (checkTimer !== null) clearTimer(checkTimer)
		checkTimer = setTimer(check, ms)
	}

	const check = () => {
		checkTimer = null
		if (disposed || pending.length === 0 || !opts.isSynced()) return
		inFlight = true
		again = false
		opts.fetchServerState().then(
			(server) => {
				inFlight = false
				if (disposed) return
				const before = pending
				pending = withoutConfirmed(pending, server)
				if (pending !== before) changed()
				// Something still waits: its frames may still be on the way, or a newer change came in.
				attempt = pending.length === 0 ? 0 : again ? 0 : attempt + 1
				if (pending.length > 0) schedule(again ? debounceMs : retryDelay(attempt))
			},
			() => {
				inFlight = false
				if (disposed) return
				attempt++
				schedule(retryDelay(attempt))
			},
		)
	}

	const onTransaction = (tr: Y.Transaction) => {
		if (opts.isForeignOrigin(tr.origin)) return
		const change = changeFromTransaction(tr, opts.records)
		if (!change) return
		pending = compactPending([...pending, change])
		attempt = 0
		changed()
		schedule(debounceMs)
	}
	opts.doc.on('afterTransaction', onTransaction)
	if (pending.length > 0) changed()
	else {
		lastCount = 0
		opts.onCount(0)
	}

	return {
		count: () => pendingCount(pending),
		pending: () => pending,
		kick: () => {
			attempt = 0
			schedule(debounceMs)
		},
		retainKnown(local) {
			const kept = pending.filter((c) => isConfirmed(c, local))
			if (kept.length !== pending.length) {
				pending = kept
				changed()
			}
		},
		flush() {
			if (saveTimer !== null) clearTimer(saveTimer)
			saveTimer = null
			opts.save(pending)
		},
		dispose() {
			disposed = true
			opts.doc.off('afterTransaction', onTransaction)
			if (checkTimer !== null) clearTimer(checkTimer)
			if (saveTimer !== null) {
				clearTimer(saveTimer)
				saveTimer = null
				opts.save(pending)
			}
		},
	}
}
