/** A local write of a comment: the Yjs client and its clock after the write (exclusive). */
export interface WaitingWrite {
	client: number
	clockEnd: number
}

/** Comment id → its latest local write not yet confirmed by the server. */
export type WaitingWrites = ReadonlyMap<string, WaitingWrite>

/** The writes the server's state vector does not cover yet (the same map when none was confirmed). */
export function stillWaiting(waiting: WaitingWrites, stateVector: ReadonlyMap<number, number>): WaitingWrites {
	let changed = false
	const left = new Map<string, WaitingWrite>()
	for (const [id, w] of waiting) {
		if ((stateVector.get(w.client) ?? 0) >= w.clockEnd) changed = true
		else left.set(id, w)
	}
	return changed ? left : waiting
}

/** Adds (or moves forward) the waiting write of comment `id`. */
export function withWaiting(waiting: WaitingWrites, id: string, write: WaitingWrite): WaitingWrites {
	const next = new Map(waiting)
	next.set(id, write)
	return next
}

/** The waiting writes as saved JSON (localStorage), and back; anything malformed is dropped. */
export function serializeWaiting(waiting: WaitingWrites): string {
	return JSON.stringify([...waiting].map(([id, w]) => [id, w.client, w.clockEnd]))
}

export function parseWaiting(json: string | null): WaitingWrites {
	const out = new Map<string, WaitingWrite>()
	if (!json) return out
	try {
		const raw: unknown = JSON.parse(json)
		if (!Array.isArray(raw)) return out
		for (const row of raw) {
			if (!Array.isArray(row) || row.length !== 3) continue
			const [id, client, clockEnd] = row
			if (typeof id === 'string' && Number.isSafeInteger(client) && Number.isSafeInteger(clockEnd))
				out.set(id, { client, clockEnd })
		}
	} catch {
		return out
	}
	return out
}
