import * as Y from 'yjs'

/** The struct of `structs` (one client's, in clock order) that holds `clock`, or null. Binary search. */
export function structAt<S extends { id: Y.ID; length: number }>(
	structs: readonly S[] | undefined,
	clock: number,
): S | null {
	if (!structs) return null
	let lo = 0
	let hi = structs.length - 1
	while (lo <= hi) {
		const mid = (lo + hi) >> 1
		const s = structs[mid]
		if (clock < s.id.clock) hi = mid - 1
		else if (clock >= s.id.clock + s.length) lo = mid + 1
		else return s
	}
	return null
}

/** The struct of `doc` holding clock `id.clock` of client `id.client`, or null when the doc has no such clock. */
export function docStructAt(doc: Y.Doc, id: { client: number; clock: number }): Y.Item | Y.GC | null {
	const structs = (doc.store.clients as Map<number, (Y.Item | Y.GC)[]>).get(id.client)
	if (!structs || structs.length === 0) return null
	const last = structs[structs.length - 1]
	if (id.clock >= last.id.clock + last.length) return null
	return structs[Y.findIndexSS(structs, id.clock)] ?? null
}
