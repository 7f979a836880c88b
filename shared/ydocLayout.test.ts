import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { jsonEqual } from './jsonEqual'
import {
	changedRecordIds,
	getYRecords,
	type PlainRecord,
	readAllRecords,
	readRecord,
	writeRecord,
	writeRecordChanges,
} from './ydocLayout'

const shape: PlainRecord = {
	id: 'shape:a',
	typeName: 'shape',
	type: 'geo',
	x: 10,
	y: 20,
	rotation: 0,
	parentId: 'page:page',
	index: 'a1',
	isLocked: false,
	opacity: 1,
	props: { w: 100, h: 50, color: 'black', richText: { type: 'doc', content: [] } },
	meta: {},
}

function docWith(...records: PlainRecord[]): Y.Doc {
	const doc = new Y.Doc()
	doc.transact(() => {
		for (const r of records) writeRecord(getYRecords(doc), r)
	})
	return doc
}

describe('ydocLayout', () => {
	it('round-trips a record through its Y.Map', () => {
		const doc = docWith(shape)
		expect(readRecord(getYRecords(doc).get(shape.id))).toEqual(shape)
		expect(readAllRecords(doc)).toEqual([shape])
	})

	it('stores props and meta as nested maps and a shape position as one key', () => {
		const yrec = getYRecords(docWith(shape)).get(shape.id) as Y.Map<unknown>
		expect(yrec.get('props')).toBeInstanceOf(Y.Map)
		expect(yrec.get('meta')).toBeInstanceOf(Y.Map)
		expect(yrec.get('xyr')).toEqual([10, 20, 0])
		expect(yrec.has('x')).toBe(false)
	})

	it('writes only what changed', () => {
		const doc = docWith(shape)
		let updates = 0
		doc.on('update', () => updates++)
		doc.transact(() => writeRecord(getYRecords(doc), { ...shape }))
		expect(updates).toBe(0)
		doc.transact(() => writeRecordChanges(getYRecords(doc), shape, { ...shape, x: 99 }))
		expect(updates).toBe(1)
		expect(readRecord(getYRecords(doc).get(shape.id))?.x).toBe(99)
	})

	it('merges concurrent edits of different props of one record', () => {
		const a = docWith(shape)
		const b = new Y.Doc()
		Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
		const props = shape.props as Record<string, unknown>
		a.transact(() => writeRecordChanges(getYRecords(a), shape, { ...shape, props: { ...props, color: 'red' } }))
		b.transact(() => writeRecordChanges(getYRecords(b), shape, { ...shape, props: { ...props, w: 300 } }))
		Y.applyUpdate(a, Y.encodeStateAsUpdate(b))
		Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
		for (const doc of [a, b]) {
			const rec = readRecord(getYRecords(doc).get(shape.id))
			expect(rec?.props).toMatchObject({ color: 'red', w: 300 })
		}
	})

	it('does not resurrect a record deleted concurrently', () => {
		const doc = docWith(shape)
		doc.transact(() => getYRecords(doc).delete(shape.id))
		const ok = writeRecordChanges(getYRecords(doc), shape, { ...shape, x: 1 })
		expect(ok).toBe(false)
		expect(getYRecords(doc).has(shape.id)).toBe(false)
	})

	it('removes fields that disappear from a record', () => {
		const doc = docWith({ ...shape, extra: 'x' })
		doc.transact(() => writeRecord(getYRecords(doc), shape))
		expect(readRecord(getYRecords(doc).get(shape.id))).toEqual(shape)
	})

	it('rejects malformed entries', () => {
		const doc = new Y.Doc()
		const bad = new Y.Map<unknown>()
		getYRecords(doc).set('shape:bad', bad)
		bad.set('xyr', 'nonsense')
		getYRecords(doc).set('shape:noid', new Y.Map())
		const skipped: string[] = []
		expect(readAllRecords(doc, (id) => skipped.push(id))).toEqual([])
		expect(skipped.sort()).toEqual(['shape:bad', 'shape:noid'])
	})

	it('names the records touched by deep events', () => {
		const doc = docWith(shape, { ...shape, id: 'shape:b' })
		const seen: string[][] = []
		getYRecords(doc).observeDeep((events) => seen.push([...changedRecordIds(getYRecords(doc), events)].sort()))
		doc.transact(() => {
			writeRecordChanges(getYRecords(doc), shape, { ...shape, props: { ...(shape.props as object), color: 'red' } })
			getYRecords(doc).delete('shape:b')
		})
		expect(seen).toEqual([['shape:a', 'shape:b']])
	})

	it('keeps a 10-second drag to a few hundred bytes of compacted growth', () => {
		const doc = docWith(shape)
		const before = Y.encodeStateAsUpdate(doc).byteLength
		let prev = shape
		for (let frame = 0; frame < 600; frame++) {
			const next = { ...prev, x: 10 + frame, y: 20 + frame / 2 }
			doc.transact(() => writeRecordChanges(getYRecords(doc), prev, next))
			prev = next
		}
		const growth = Y.encodeStateAsUpdate(doc).byteLength - before
		expect(growth).toBeLessThan(512)
	})
})

describe('jsonEqual', () => {
	it.each([
		[1, 1, true],
		[1, 2, false],
		['a', 'a', true],
		[null, null, true],
		[null, {}, false],
		[[1, [2, 3]], [1, [2, 3]], true],
		[[1, 2], [2, 1], false],
		[{ a: 1, b: { c: [1] } }, { b: { c: [1] }, a: 1 }, true],
		[{ a: 1 }, { a: 1, b: undefined }, true],
		[{ a: 1 }, { a: 2 }, false],
		[[], {}, false],
		[Number.NaN, Number.NaN, true],
	])('jsonEqual(%j, %j) is %s', (a, b, expected) => {
		expect(jsonEqual(a, b)).toBe(expected)
	})
})
