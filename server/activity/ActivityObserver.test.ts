import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { getYRecords } from '../../shared/ydocLayout'
import { changedKeys } from './ActivityObserver'

/** The keys of the records map a transaction changed, as the observer reads them. */
function keysOf(doc: Y.Doc, change: () => void): Set<string> {
	let keys = new Set<string>()
	const records = getYRecords(doc)
	const read = (tr: Y.Transaction) => {
		keys = changedKeys(records, tr.changedParentTypes.get(records as never) ?? [])
	}
	doc.on('afterTransaction', read)
	doc.transact(change)
	doc.off('afterTransaction', read)
	return keys
}

describe('changedKeys', () => {
	it('names the records a transaction added, deleted or changed deep inside, without deep observers', () => {
		const doc = new Y.Doc()
		const records = getYRecords(doc)
		const record = (id: string) => {
			const rec = new Y.Map<unknown>()
			const props = new Y.Map<unknown>()
			const rows = new Y.Array<Y.Map<unknown>>()
			rows.push([new Y.Map<unknown>()])
			props.set('budget', rows)
			rec.set('props', props)
			records.set(id, rec)
		}
		const both = () => {
			record('shape:a')
			record('shape:b')
		}
		expect(keysOf(doc, both)).toEqual(new Set(['shape:a', 'shape:b']))
		const props = (id: string) => records.get(id)?.get('props') as Y.Map<unknown>
		const budget = () => props('shape:a').get('budget') as Y.Array<Y.Map<unknown>>
		expect(keysOf(doc, () => budget().get(0).set('amount', 5))).toEqual(new Set(['shape:a']))
		expect(keysOf(doc, () => props('shape:b').set('title', 'x'))).toEqual(new Set(['shape:b']))
		expect(keysOf(doc, () => records.delete('shape:a'))).toEqual(new Set(['shape:a']))
		expect(keysOf(doc, () => doc.getMap('meta').set('x', 1))).toEqual(new Set())
	})
})
