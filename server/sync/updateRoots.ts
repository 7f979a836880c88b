import * as Y from 'yjs'

/** A struct as `Y.decodeUpdate` returns it (Item, GC or Skip). */
export type DecodedStruct = { id: Y.ID; length: number; constructor: { name: string } } & {
	origin?: Y.ID | null
	rightOrigin?: Y.ID | null
	parent?: Y.ID | string | null
}

/** A delete set as `Y.decodeUpdate` returns it. */
export interface DecodedDeleteSet {
	clients: Map<number, { clock: number; len: number }[]>
}

type DocItem = Y.Item & { parent: Y.AbstractType<unknown> | Y.ID | null }

function findIn(structs: DecodedStruct[] | undefined, clock: number): DecodedStruct | null {
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

function docStruct(doc: Y.Doc, id: Y.ID): Y.Item | Y.GC | null {
	const structs = (doc.store.clients as Map<number, (Y.Item | Y.GC)[]>).get(id.client)
	if (!structs || structs.length === 0) return null
	const last = structs[structs.length - 1]
	if (id.clock >= last.id.clock + last.length) return null
	return structs[Y.findIndexSS(structs, id.clock)] ?? null
}

/** The root type name an item of the doc lives under, or null (garbage-collected content). */
function docItemRoot(item: Y.Item | Y.GC): string | null {
	if (!(item instanceof Y.Item)) return null
	let parent = (item as DocItem).parent
	while (parent instanceof Y.AbstractType && parent._item) parent = (parent._item as DocItem).parent
	if (!(parent instanceof Y.AbstractType)) return null
	return Y.findRootTypeKey(parent)
}

/**
 * The names of the root types (`records`, `meta`, `meeting`, …) a decoded update writes
 * into: the parent of every inserted item — resolved through its origin, its right origin
 * or its parent item when the encoding left the parent out — and the owner of every item
 * it deletes that the doc still holds. Items whose content the doc already garbage-collected count for no root
 * (Yjs drops such inserts). Call only once the update's dependencies are known to be met.
 */
export function updateRoots(doc: Y.Doc, structs: DecodedStruct[], ds: DecodedDeleteSet): Set<string> {
	const byClient = new Map<number, DecodedStruct[]>()
	for (const s of structs) {
		const list = byClient.get(s.id.client)
		if (list) list.push(s)
		else byClient.set(s.id.client, [s])
	}
	const memo = new Map<DecodedStruct, string | null>()

	/** The item (parent item, origin or right origin) whose root this struct shares, or its root name. */
	const dependency = (s: DecodedStruct): { root: string | null } | { id: Y.ID } => {
		if (s.constructor.name !== 'Item') return { root: null }
		if (typeof s.parent === 'string') return { root: s.parent }
		const id = s.parent instanceof Y.ID ? s.parent : (s.origin ?? s.rightOrigin)
		return id ? { id } : { root: null }
	}

	// Iterative, with an explicit stack: an offline session can chain thousands of
	// overwrites of one key inside one update (each item's origin is the previous one).
	const rootOfStruct = (start: DecodedStruct): string | null => {
		const stack = [start]
		const visiting = new Set<DecodedStruct>()
		while (stack.length > 0) {
			const top = stack[stack.length - 1]
			if (memo.has(top)) {
				stack.pop()
				continue
			}
			const dep = dependency(top)
			if ('root' in dep) {
				memo.set(top, dep.root)
				stack.pop()
				continue
			}
			const own = findIn(byClient.get(dep.id.client), dep.id.clock)
			if (!own) {
				const item = docStruct(doc, dep.id)
				memo.set(top, item ? docItemRoot(item) : null)
				stack.pop()
			} else if (memo.has(own)) {
				memo.set(top, memo.get(own) ?? null)
				stack.pop()
			} else if (visiting.has(own)) {
				// A cycle can only come from a malformed update; it writes nowhere.
				memo.set(top, null)
				stack.pop()
			} else {
				visiting.add(top)
				stack.push(own)
			}
		}
		return memo.get(start) ?? null
	}

	const roots = new Set<string>()
	for (const s of structs) {
		const root = rootOfStruct(s)
		if (root !== null) roots.add(root)
	}
	for (const [client, ranges] of ds.clients) {
		const own = byClient.get(client)
		const docStructs = (doc.store.clients as Map<number, (Y.Item | Y.GC)[]>).get(client)
		for (const { clock, len } of ranges) {
			const end = clock + len
			for (let c = clock; c < end; ) {
				// Items the update itself inserts were counted above.
				const s = findIn(own, c)
				if (s) {
					c = s.id.clock + s.length
					continue
				}
				const item = docStructs ? docStruct(doc, { client, clock: c } as Y.ID) : null
				if (!item) break
				// A sync step 2 carries the sender's whole delete set: deleting what the board
				// already deleted changes nothing and writes into no map.
				if (item instanceof Y.Item && !item.deleted) {
					const root = docItemRoot(item)
					if (root !== null) roots.add(root)
				}
				c = item.id.clock + item.length
			}
		}
	}
	return roots
}
