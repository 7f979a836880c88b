import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { getYPrivate, writePrivateProps } from '../../shared/privateDocLayout'
import { privateFieldsChanged } from './privateActivity'

/** The private props each transaction made by `change` named, by record id. */
function fieldsOf(doc: Y.Doc, change: () => void): Map<string, string[]> {
	let out = new Map<string, string[]>()
	const on = (tr: Y.Transaction) => {
		const events = (tr.changedParentTypes as Map<unknown, Y.YEvent<Y.AbstractType<unknown>>[]>).get(getYPrivate(doc))
		if (events) out = privateFieldsChanged(getYPrivate(doc), events)
	}
	doc.on('afterTransaction', on)
	doc.transact(change)
	doc.off('afterTransaction', on)
	return out
}

describe('privateFieldsChanged', () => {
	it('names the props of a record whose private entry is added, and the keys changed inside one', () => {
		const doc = new Y.Doc()
		expect(fieldsOf(doc, () => writePrivateProps(getYPrivate(doc), 'shape:a', { contact: '138' }))).toEqual(
			new Map([['shape:a', ['contact']]]),
		)
		expect(fieldsOf(doc, () => writePrivateProps(getYPrivate(doc), 'shape:a', { contact: '139' }))).toEqual(
			new Map([['shape:a', ['contact']]]),
		)
	})

	it('reports a record whose whole entry is removed (its last contact cleared), even when its keys are gone', () => {
		const doc = new Y.Doc()
		writePrivateProps(getYPrivate(doc), 'shape:a', { contact: '138' })
		const changed = fieldsOf(doc, () => writePrivateProps(getYPrivate(doc), 'shape:a', { contact: '' }))
		expect([...changed.keys()]).toEqual(['shape:a'])
	})
})
