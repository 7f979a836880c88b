import type * as Y from 'yjs'

/**
 * The private props (联系方式 …) a transaction changed in a private document's map,
 * by record id, from the transaction's deep events of `privateMap`: a record's entry added
 * or removed whole names every prop it holds (or held: removal reads the deleted map's
 * keys), a change inside it names the keys that changed. Values are never read for the log.
 */
export function privateFieldsChanged(
	privateMap: Y.Map<Y.Map<unknown>>,
	events: readonly Y.YEvent<Y.AbstractType<unknown>>[],
): Map<string, string[]> {
	const out = new Map<string, string[]>()
	const add = (id: string, keys: Iterable<string>) => {
		const list = out.get(id) ?? []
		for (const key of keys) if (!list.includes(key)) list.push(key)
		out.set(id, list)
	}
	for (const event of events) {
		if (event.target === privateMap) {
			for (const [id, change] of event.keys) {
				const now = privateMap.get(id)
				if (now && typeof now.keys === 'function') add(id, now.keys())
				else {
					const old = change.oldValue as Y.Map<unknown> | undefined
					add(id, old && typeof old.keys === 'function' ? old.keys() : [])
				}
			}
			continue
		}
		const id = event.target._item?.parentSub
		if (event.target._item?.parent === privateMap && typeof id === 'string') add(id, event.keys.keys())
	}
	return out
}
