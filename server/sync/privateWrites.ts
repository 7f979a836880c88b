import * as Y from 'yjs'
import { PRIVATE_PROP_KEYS, Y_PRIVATE_KEY } from '../../shared/privateDocLayout'
import { Y_RECORDS_KEY } from '../../shared/ydocLayout'
import { docStructAt, structAt } from './structLookup'
import type { WritePath } from './updateWrites'

/** The UTF-8 bytes of every private prop key: an update that holds none of them cannot write one. */
const PRIVATE_KEY_BYTES = [...PRIVATE_PROP_KEYS].map((k) => Buffer.from(k, 'utf8'))

/** Where an item sits: the map it belongs to (an item of the update, an item of the doc, or a root) and its key. */
interface Placement {
	/** The item whose content is the parent type; null for a root type or when unknown. */
	parent: Y.Item | null
	parentSub: string | null
}

/** The item of `doc` at `id` (null when it has none, or only garbage-collected content). */
function docItem(doc: Y.Doc, id: Y.ID): Y.Item | null {
	const s = docStructAt(doc, id)
	return s instanceof Y.Item ? s : null
}

function containsPrivateKeyBytes(update: Uint8Array): boolean {
	const buf = Buffer.from(update.buffer, update.byteOffset, update.byteLength)
	return PRIVATE_KEY_BYTES.some((k) => buf.includes(k))
}

/** True when a JSON value (ContentAny / ContentJSON) is an object with a private key. */
function jsonHasPrivateKey(value: unknown): boolean {
	if (typeof value === 'string') {
		// ContentJSON keeps its values as JSON text.
		try {
			return jsonHasPrivateKey(JSON.parse(value))
		} catch {
			return false
		}
	}
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
	return Object.keys(value).some((k) => PRIVATE_PROP_KEYS.has(k))
}

/** The reason given for a private prop written into the main document. */
function keyProblem(key: string): string {
	return `private field "${key}" belongs in the private document, not in the board's records`
}

/**
 * Why a client's update to a board's MAIN document must be refused, or null: it writes a
 * private prop (联系方式, any key of PRIVATE_PROP_KEYS) into a record's props — as a key
 * of a `props` map, or inside a `props` value written as plain JSON. Private props live
 * in the private document only, so a viewer's socket never carries them. Items the doc
 * already holds (a client re-sending what the server has) count for nothing; deleting such
 * a key counts as writing it (honest clients never do: the server moves them all out when
 * the board loads).
 *
 * `paths` are the locations the update writes (`inspectUpdate`): a key of a props map is
 * found there even when the encoding leaves it out (an overwrite names only the item it
 * replaces). The update itself is decoded only when its bytes contain a private key's
 * name at all — how a key inside a JSON value is always encoded.
 */
export function privateWriteProblem(doc: Y.Doc, update: Uint8Array, paths: readonly WritePath[] = []): string | null {
	for (const path of paths) {
		if (path[0] === Y_RECORDS_KEY && path[2] === 'props' && path.length >= 4 && PRIVATE_PROP_KEYS.has(path[3])) {
			return keyProblem(path[3])
		}
	}
	if (!containsPrivateKeyBytes(update)) return null
	const { structs } = Y.decodeUpdate(update) as { structs: (Y.Item | Y.GC | Y.Skip)[] }
	const items = structs.filter((s): s is Y.Item => s instanceof Y.Item)
	const byClient = new Map<number, Y.Item[]>()
	for (const s of items) {
		const list = byClient.get(s.id.client)
		if (list) list.push(s)
		else byClient.set(s.id.client, [s])
	}
	const known = Y.decodeStateVector(Y.encodeStateVector(doc))
	const memo = new Map<Y.Item, Placement>()

	/** The placement of an item of the doc (already integrated: parent and key are resolved). */
	const ofDocItem = (item: Y.Item): Placement => {
		const parent = item.parent
		return {
			parent: parent instanceof Y.AbstractType ? (parent._item ?? null) : null,
			parentSub: item.parentSub,
		}
	}

	/**
	 * The placement of an update item: its own parent and key when encoded, otherwise those
	 * of its origin (or right origin) — iteratively, since one key overwritten many times
	 * offline makes a long chain of origins.
	 */
	const placement = (start: Y.Item): Placement => {
		const chain: Y.Item[] = []
		let current: Y.Item | null = start
		let found: Placement = { parent: null, parentSub: null }
		const seen = new Set<Y.Item>()
		while (current) {
			const cached = memo.get(current)
			if (cached) {
				found = cached
				break
			}
			if (seen.has(current)) break
			seen.add(current)
			chain.push(current)
			const parent = current.parent as unknown
			if (parent !== null) {
				const parentItem =
					parent instanceof Y.ID ? (structAt(byClient.get(parent.client), parent.clock) ?? docItem(doc, parent)) : null
				found = { parent: parentItem, parentSub: current.parentSub }
				break
			}
			const ref: Y.ID | null = current.origin ?? current.rightOrigin
			if (!ref) break
			const own: Y.Item | null = structAt(byClient.get(ref.client), ref.clock)
			if (own) {
				current = own
				continue
			}
			const inDoc = docItem(doc, ref)
			if (inDoc) found = ofDocItem(inDoc)
			break
		}
		for (const s of chain) memo.set(s, found)
		return found
	}

	/** The key under which the map held by `item` sits (e.g. 'props'), or null. */
	const keyOfType = (item: Y.Item | null): string | null => {
		if (!item) return null
		if (item.parent instanceof Y.AbstractType) return item.parentSub
		return placement(item).parentSub
	}

	for (const s of items) {
		// What the doc already holds is not written again.
		if (s.id.clock + s.length <= (known.get(s.id.client) ?? 0)) continue
		const { parent, parentSub } = placement(s)
		if (parentSub === null) continue
		if (PRIVATE_PROP_KEYS.has(parentSub) && keyOfType(parent) === 'props') return keyProblem(parentSub)
		if (parentSub === 'props') {
			const content = s.content
			const values =
				content instanceof Y.ContentAny || content instanceof Y.ContentJSON ? (content.arr as unknown[]) : []
			if (values.some(jsonHasPrivateKey)) {
				return "private fields belong in the private document, not in a record's props"
			}
		}
	}
	return null
}

/** Why a client's update to a board's PRIVATE document must be refused, or null: it writes outside the private map. */
export function privateDocRootsProblem(roots: ReadonlySet<string>): string | null {
	for (const root of roots) {
		if (root !== Y_PRIVATE_KEY) return `the private document holds only "${Y_PRIVATE_KEY}", not "${root}"`
	}
	return null
}
