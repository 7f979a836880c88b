import * as Y from 'yjs'
import {
	getYPrivate,
	PRIVATE_PROP_KEYS,
	type PrivateProps,
	privatePropKeys,
	readPrivateProps,
	writePrivateProps,
} from '../../shared/privateDocLayout'
import { getYRecords } from '../../shared/ydocLayout'

/** One record of the main document that still holds private props. */
interface Found {
	id: string
	yrec: Y.Map<unknown>
	props: Y.Map<unknown> | Record<string, unknown>
	keys: string[]
	values: PrivateProps
}

/**
 * Moves private props (联系方式) found in the records of a board's main document into its
 * private document: first written into `privateDoc` (a value the private document already
 * has wins), then deleted from the main document — each as one transaction with
 * `origin`, so a room stores and relays them as one change each. With `gc` on, the main
 * document then keeps no copy of the deleted values. `privateDoc` is asked for only when
 * there is something to move. Returns how many records held some.
 */
export function movePrivateProps(mainDoc: Y.Doc, privateDoc: () => Y.Doc, origin: unknown): number {
	const found: Found[] = []
	for (const [id, yrec] of getYRecords(mainDoc).entries()) {
		if (!(yrec instanceof Y.Map)) continue
		const props = yrec.get('props')
		const plain = props instanceof Y.Map ? null : typeof props === 'object' && props !== null ? props : null
		const source = props instanceof Y.Map ? props : (plain as Record<string, unknown> | null)
		if (!source) continue
		const keys = (source instanceof Y.Map ? [...source.keys()] : Object.keys(source)).filter((k) =>
			PRIVATE_PROP_KEYS.has(k),
		)
		if (keys.length === 0) continue
		const own = privatePropKeys(yrec.get('type'))
		const values: PrivateProps = {}
		for (const key of keys) {
			if (own.includes(key)) values[key] = source instanceof Y.Map ? source.get(key) : source[key]
		}
		found.push({ id, yrec, props: source, keys, values })
	}
	if (found.length === 0) return 0
	const target = privateDoc()
	const yPrivate = getYPrivate(target)
	target.transact(() => {
		for (const { id, values } of found) {
			const existing = readPrivateProps(yPrivate, id) ?? {}
			const missing: PrivateProps = {}
			for (const [key, value] of Object.entries(values)) if (!Object.hasOwn(existing, key)) missing[key] = value
			writePrivateProps(yPrivate, id, missing)
		}
	}, origin)
	mainDoc.transact(() => {
		for (const { yrec, props, keys } of found) {
			if (props instanceof Y.Map) {
				for (const key of keys) props.delete(key)
			} else {
				const rest = Object.fromEntries(Object.entries(props).filter(([k]) => !PRIVATE_PROP_KEYS.has(k)))
				yrec.set('props', rest)
			}
		}
	}, origin)
	return found.length
}
