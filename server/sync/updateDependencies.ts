import * as Y from 'yjs'
import type { DecodedStruct } from './updateWrites'

/**
 * Whether `update` can be integrated into `doc` completely: every client's structs start
 * where the doc's knowledge of that client ends (no gap), and every item it points to
 * (origin, right origin, parent item) is in the doc or in the update itself. An update
 * that fails this would sit in the doc as "pending" forever — sent to late joiners but
 * never to the others, and never stored — so it is refused instead. Honest clients only
 * reference what they received from this server, so they always pass.
 */
export function updateDependenciesMet(doc: Y.Doc, update: Uint8Array): boolean {
	return structDependenciesMet(doc, (Y.decodeUpdate(update) as { structs: DecodedStruct[] }).structs)
}

/** updateDependenciesMet for an update already decoded with `Y.decodeUpdate`. */
export function structDependenciesMet(doc: Y.Doc, structs: DecodedStruct[]): boolean {
	const known = Y.decodeStateVector(Y.encodeStateVector(doc))
	const reach = new Map<number, number>(known)
	// Structs come grouped by client, in clock order within a client.
	for (const s of structs) {
		if (s.constructor.name === 'Skip') return false
		const { client, clock } = s.id
		const have = reach.get(client) ?? 0
		if (clock > have) return false
		reach.set(client, Math.max(have, clock + s.length))
	}
	const has = (id: Y.ID | null | undefined) => !id || (reach.get(id.client) ?? 0) > id.clock
	for (const s of structs) {
		if (!has(s.origin) || !has(s.rightOrigin)) return false
		if (s.parent instanceof Y.ID && !has(s.parent)) return false
	}
	return true
}
