import * as Y from 'yjs'
import { docStructAt, structAt } from './structLookup'

/** A struct as `Y.decodeUpdate` returns it (Item, GC or Skip). */
export type DecodedStruct = { id: Y.ID; length: number; constructor: { name: string } } & {
	origin?: Y.ID | null
	rightOrigin?: Y.ID | null
	parent?: Y.ID | string | null
	parentSub?: string | null
}

/** A delete set as `Y.decodeUpdate` returns it. */
export interface DecodedDeleteSet {
	clients: Map<number, { clock: number; len: number }[]>
}

/**
 * Where an item lives, from the root type down: `[root, key, key, …]`, the last key being
 * the item's own map key ('' for an entry of a list). `['records', 'shape:a', 'props', 'title']`
 * is the title of card shape:a; `['records', 'shape:a']` is the card's record map itself.
 */
export type WritePath = readonly string[]

/** What a decoded update would change in a doc, resolved before it is applied. */
export interface UpdateWrites {
	/** False when the delete set covers clocks neither the doc nor the update holds (a "future" deletion). */
	deletesCovered: boolean
	/** Every location the update inserts into or deletes from (changes the doc already has count for nothing). */
	paths: WritePath[]
	/** Client ids under which the update adds clocks the doc does not have yet. */
	writerClients: Set<number>
	/** The items it inserts whose location is known, each with its path (a subset of `paths`). */
	inserted: InsertedWrite[]
	/** Locations of the doc's items it deletes (the rest of `paths`). */
	removed: WritePath[]
}

/** An item an update inserts, where it goes, and whether the update's own delete set covers it. */
export interface InsertedWrite {
	path: WritePath
	struct: DecodedStruct
	/** True when the update deletes it again (an overwritten value re-sent with its deletion). */
	deletedInUpdate: boolean
}

type DocItem = Y.Item & { parent: Y.AbstractType<unknown> | Y.ID | null; parentSub: string | null }

/** The path of an item of the doc, or null for garbage-collected content. */
function docItemPath(start: Y.Item | Y.GC): WritePath | null {
	if (!(start instanceof Y.Item)) return null
	const keys: string[] = []
	let item = start as DocItem
	for (;;) {
		keys.push(item.parentSub ?? '')
		const parent = item.parent
		if (!(parent instanceof Y.AbstractType)) return null
		if (!parent._item) {
			keys.push(Y.findRootTypeKey(parent))
			return keys.reverse()
		}
		item = parent._item as DocItem
	}
}

/**
 * Resolves, before applying, every location a decoded update writes: the path of every
 * item it inserts — through its parent (a root name or a parent item, in the doc or the
 * update), or, when the encoding left the parent out, through its origin or right origin
 * (a sibling under the same key) — and of every item of the doc it deletes. Structs and
 * deletions the doc already holds write nothing (a reconnecting client re-sends them).
 * Call only once the update's struct dependencies are known to be met.
 */
export function updateWrites(doc: Y.Doc, structs: DecodedStruct[], ds: DecodedDeleteSet): UpdateWrites {
	const known = new Map<number, number>()
	const docState = (client: number): number => {
		let v = known.get(client)
		if (v === undefined) {
			v = Y.getState(doc.store, client)
			known.set(client, v)
		}
		return v
	}
	const byClient = new Map<number, DecodedStruct[]>()
	for (const s of structs) {
		const list = byClient.get(s.id.client)
		if (list) list.push(s)
		else byClient.set(s.id.client, [s])
	}
	const memo = new Map<DecodedStruct, WritePath | null>()

	/** How a struct's path follows from another item's: as its child (under parentSub) or as its sibling. */
	const dependency = (s: DecodedStruct): { path: WritePath | null } | { id: Y.ID; child: string | null } => {
		if (s.constructor.name !== 'Item') return { path: null }
		if (typeof s.parent === 'string') return { path: [s.parent, s.parentSub ?? ''] }
		if (s.parent instanceof Y.ID) return { id: s.parent, child: s.parentSub ?? '' }
		const id = s.origin ?? s.rightOrigin
		return id ? { id, child: null } : { path: null }
	}
	const extend = (base: WritePath | null, child: string | null): WritePath | null =>
		base === null ? null : child === null ? base : [...base, child]

	// Iterative, with an explicit stack: an offline session can chain thousands of
	// overwrites of one key inside one update (each item's origin is the previous one).
	const pathOfStruct = (start: DecodedStruct): WritePath | null => {
		const stack = [start]
		const visiting = new Set<DecodedStruct>()
		while (stack.length > 0) {
			const top = stack[stack.length - 1]
			if (memo.has(top)) {
				stack.pop()
				continue
			}
			const dep = dependency(top)
			if ('path' in dep) {
				memo.set(top, dep.path)
				stack.pop()
				continue
			}
			const own = structAt(byClient.get(dep.id.client), dep.id.clock)
			if (!own) {
				const item = docStructAt(doc, dep.id)
				memo.set(top, extend(item ? docItemPath(item) : null, dep.child))
				stack.pop()
			} else if (memo.has(own)) {
				memo.set(top, extend(memo.get(own) ?? null, dep.child))
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

	const paths: WritePath[] = []
	const writerClients = new Set<number>()
	const inserted: InsertedWrite[] = []
	const removed: WritePath[] = []
	const deletedOwn = new Set<DecodedStruct>()
	for (const s of structs) {
		// Clocks the doc already has: Yjs skips them, they write nothing.
		if (s.id.clock + s.length <= docState(s.id.client)) continue
		writerClients.add(s.id.client)
		const path = pathOfStruct(s)
		if (path !== null) {
			paths.push(path)
			inserted.push({ path, struct: s, deletedInUpdate: false })
		}
	}
	const result = (deletesCovered: boolean): UpdateWrites => {
		for (const w of inserted) w.deletedInUpdate = deletedOwn.has(w.struct)
		return { deletesCovered, paths, writerClients, inserted, removed }
	}
	for (const [client, ranges] of ds.clients) {
		const own = byClient.get(client)
		for (const { clock, len } of ranges) {
			const end = clock + len
			for (let c = clock; c < end; ) {
				// Items the update itself inserts were counted above.
				const s = structAt(own, c)
				if (s) {
					deletedOwn.add(s)
					c = s.id.clock + s.length
					continue
				}
				const item = docStructAt(doc, { client, clock: c })
				// A deletion of clocks nobody has yet: Yjs would keep it pending and apply it to
				// whatever arrives under those clocks later — refused by the caller.
				if (!item) return result(false)
				// A sync step 2 carries the sender's whole delete set: deleting what the board
				// already deleted changes nothing and writes nowhere.
				if (item instanceof Y.Item && !item.deleted) {
					const path = docItemPath(item)
					if (path !== null) {
						paths.push(path)
						removed.push(path)
					}
				}
				c = item.id.clock + item.length
			}
		}
	}
	return result(true)
}
