/**
 * Local changes not yet confirmed as stored by the server — plain data, pure functions.
 *
 * A change is one local Yjs transaction: the clock range it inserted for its client
 * (`client`, up to `clockEnd` exclusive; `clockEnd` 0 when it inserted nothing) and the
 * ranges it deleted. It is confirmed when the server's state vector covers its inserts and
 * the server's delete set covers its deletions — both read from the server after a flush,
 * so a confirmed change is on the server's disk.
 */

/** A deleted range: `[client, clock, length]`. */
export type DeleteRange = readonly [client: number, clock: number, len: number]

/** One local transaction waiting for the server. */
export interface PendingChange {
	client: number
	/** The client's clock after the transaction (exclusive end of what it inserted); 0 if it inserted nothing. */
	clockEnd: number
	deletes: readonly DeleteRange[]
	/** What the change touched, for counting: record ids, or one key of its own when it touched no record. */
	keys: readonly string[]
}

/** What the server has stored: clock per client, and the deleted ranges per client (sorted by clock). */
export interface ServerState {
	stateVector: ReadonlyMap<number, number>
	deleteSet: ReadonlyMap<number, readonly (readonly [clock: number, len: number])[]>
}

/** Whether `[clock, clock + len)` of `client` lies inside the server's deleted ranges. */
export function rangeDeleted(server: ServerState, [client, clock, len]: DeleteRange): boolean {
	const ranges = server.deleteSet.get(client)
	if (!ranges || len <= 0) return len <= 0
	let from = clock
	const end = clock + len
	// Ranges are sorted and do not overlap, but adjacent ranges may not be merged: walk them.
	for (const [c, l] of ranges) {
		if (c + l <= from) continue
		if (c > from) return false
		from = c + l
		if (from >= end) return true
	}
	return false
}

/** Whether the server has durably stored everything `change` did. */
export function isConfirmed(change: PendingChange, server: ServerState): boolean {
	if (change.clockEnd > 0 && (server.stateVector.get(change.client) ?? 0) < change.clockEnd) return false
	return change.deletes.every((range) => rangeDeleted(server, range))
}

/** The changes the server has not confirmed yet (same array when nothing was confirmed). */
export function withoutConfirmed(pending: readonly PendingChange[], server: ServerState): readonly PendingChange[] {
	const left = pending.filter((c) => !isConfirmed(c, server))
	return left.length === pending.length ? pending : left
}

/**
 * How many local changes are waiting, as a person counts them: the distinct records
 * (cards, arrows, …) the pending transactions touched, so a card dragged for three seconds
 * is one change, not 180.
 */
export function pendingCount(pending: readonly PendingChange[]): number {
	const keys = new Set<string>()
	for (const c of pending) for (const k of c.keys) keys.add(k)
	return keys.size
}

function isInt(n: unknown): n is number {
	return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0
}

/** Reads changes saved as JSON (e.g. from localStorage); anything malformed is dropped. */
export function parsePendingChanges(json: string | null): PendingChange[] {
	if (!json) return []
	let raw: unknown
	try {
		raw = JSON.parse(json)
	} catch {
		return []
	}
	if (!Array.isArray(raw)) return []
	const out: PendingChange[] = []
	for (const item of raw) {
		if (typeof item !== 'object' || item === null) continue
		const { client, clockEnd, deletes, keys } = item as Record<string, unknown>
		if (!isInt(client) || !isInt(clockEnd) || !Array.isArray(deletes) || !Array.isArray(keys)) continue
		const ranges = deletes.filter(
			(d): d is DeleteRange => Array.isArray(d) && d.length === 3 && d.every((n: unknown) => isInt(n)),
		)
		if (ranges.length !== deletes.length) continue
		out.push({ client, clockEnd, deletes: ranges, keys: keys.filter((k): k is string => typeof k === 'string') })
	}
	return out
}
