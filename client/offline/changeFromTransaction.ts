import * as Y from 'yjs'
import type { DeleteRange, PendingChange } from './pendingChanges'

/** The record id an changed type belongs to: the key of its ancestor directly in `records`. */
function recordKeyOf(type: Y.AbstractType<unknown>, records: Y.Map<unknown>): string | null {
	let t: Y.AbstractType<unknown> = type
	for (let depth = 0; depth < 16; depth++) {
		const item = t._item
		if (!item) return null
		if (item.parent === records) return item.parentSub
		if (!(item.parent instanceof Y.AbstractType)) return null
		t = item.parent as Y.AbstractType<unknown>
	}
	return null
}

/**
 * The pending change a local transaction made, or null when it changed nothing.
 * `records` is the doc's records map: changes are counted per record they touched.
 */
export function changeFromTransaction(tr: Y.Transaction, records: Y.Map<unknown>): PendingChange | null {
	const client = tr.doc.clientID
	const before = tr.beforeState.get(client) ?? 0
	const after = tr.afterState.get(client) ?? 0
	const deletes: DeleteRange[] = []
	for (const [c, items] of tr.deleteSet.clients) {
		for (const d of items) if (d.len > 0) deletes.push([c, d.clock, d.len])
	}
	if (after <= before && deletes.length === 0) return null
	const keys = new Set<string>()
	for (const [type, subs] of tr.changed) {
		if ((type as unknown) === records) {
			for (const k of subs) if (k !== null) keys.add(k)
			continue
		}
		const key = recordKeyOf(type as Y.AbstractType<unknown>, records)
		if (key !== null) keys.add(key)
	}
	// A change outside the records (meeting state, ballots, schema) counts as one of its own.
	if (keys.size === 0) keys.add(`tx:${client}:${after}:${deletes.length ? deletes[0].join('.') : ''}`)
	return { client, clockEnd: after > before ? after : 0, deletes, keys: [...keys] }
}
