import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { getYMeeting } from '../../shared/meeting/meetingLayout'
import { getYMeta, getYRecords, type PlainRecord, readAllRecords, writeRecord } from '../../shared/ydocLayout'
import { applyRecords } from './applyRecords'

const shape = (id: string, x: number, title: string): PlainRecord => ({
	id,
	typeName: 'shape',
	type: 'need',
	x,
	y: 0,
	rotation: 0,
	parentId: 'page:page',
	props: { title, w: 200 },
	meta: {},
})

function docWith(records: PlainRecord[]): Y.Doc {
	const doc = new Y.Doc()
	doc.transact(() => {
		for (const r of records) writeRecord(getYRecords(doc), r)
		getYMeta(doc).set('schema', { v: 1 })
		getYMeeting(doc).set('timer', { status: 'idle', durationMs: 60_000 })
	})
	return doc
}

const byId = (records: PlainRecord[]) => [...records].sort((a, b) => a.id.localeCompare(b.id))

describe('applyRecords', () => {
	it("makes the records exactly the version's, as one update, leaving meta and meeting state alone", () => {
		const version = [shape('shape:a', 0, '老人助餐'), shape('shape:b', 100, '儿童托管')]
		const doc = docWith(version)
		// Later changes: a moved, b deleted, c added, a stray malformed entry.
		doc.transact(() => {
			writeRecord(getYRecords(doc), shape('shape:a', 500, '老人助餐（改）'))
			getYRecords(doc).delete('shape:b')
			writeRecord(getYRecords(doc), shape('shape:c', 200, '新需求'))
			getYRecords(doc).set('junk', new Y.Map())
			getYMeeting(doc).set('timer', { status: 'paused', durationMs: 60_000, remainingMs: 10 })
		})
		const updates: Uint8Array[] = []
		doc.on('update', (u: Uint8Array) => updates.push(u))

		const applied = applyRecords(doc, version, 'restore')

		expect(updates).toHaveLength(1)
		expect(applied).toEqual({ written: 2, removed: 2 })
		expect(byId(readAllRecords(doc))).toEqual(byId(version))
		expect([...getYRecords(doc).keys()].sort()).toEqual(['shape:a', 'shape:b'])
		expect(getYMeta(doc).get('schema')).toEqual({ v: 1 })
		expect(getYMeeting(doc).get('timer')).toEqual({ status: 'paused', durationMs: 60_000, remainingMs: 10 })
	})

	it('writes only the fields that differ, so a concurrent edit of another field survives the merge', () => {
		const version = [shape('shape:a', 0, '老人助餐')]
		const server = docWith(version)
		writeRecord(getYRecords(server), shape('shape:a', 300, '老人助餐'))
		// Meanwhile, someone else renames the card.
		const rename = new Y.Doc()
		Y.applyUpdate(rename, Y.encodeStateAsUpdate(server))
		const props = getYRecords(rename).get('shape:a')?.get('props')
		if (!(props instanceof Y.Map)) throw new Error('no props map')
		props.set('title', '长者饭堂')

		applyRecords(server, version, 'restore')
		Y.applyUpdate(server, Y.encodeStateAsUpdate(rename))
		const a = readAllRecords(server).find((r) => r.id === 'shape:a')
		expect(a).toMatchObject({ x: 0, props: { title: '长者饭堂' } })
	})

	it('changes nothing when the board already holds the version', () => {
		const version = [shape('shape:a', 0, 'x')]
		const doc = docWith(version)
		let updates = 0
		doc.on('update', () => updates++)
		expect(applyRecords(doc, version, 'restore')).toEqual({ written: 0, removed: 0 })
		expect(updates).toBe(0)
	})
})
