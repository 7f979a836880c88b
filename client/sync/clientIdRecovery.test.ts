import { createTLStore } from '@tldraw/editor'
import type { TLRecord, TLShapeId } from '@tldraw/tlschema'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CLIENT_ID_TAKEN_REASON, CloseCode } from '../../shared/protocol'
import { createSeedRecords } from '../../shared/seedRecords'
import { getYMeta, getYRecords, type PlainRecord, writeRecord, Y_META_SCHEMA_KEY } from '../../shared/ydocLayout'
import { bindStoreToYDoc } from './bindStoreToYDoc'
import { isClientIdTaken, reapplyRecoveredRecords } from './clientIdRecovery'
import { geoShapeRecord } from './geoShapeRecord'

const quiet = { warn: () => {} }
const disposers: (() => void)[] = []
afterEach(() => {
	for (const d of disposers.splice(0)) d()
})

function serverDoc(): Y.Doc {
	const doc = new Y.Doc()
	const store = createTLStore()
	doc.transact(() => {
		for (const rec of createSeedRecords('Page 1')) writeRecord(getYRecords(doc), rec as unknown as PlainRecord)
		writeRecord(getYRecords(doc), geoShapeRecord('shape:kept' as TLShapeId, 0) as unknown as PlainRecord)
		getYMeta(doc).set(Y_META_SCHEMA_KEY, store.schema.serialize())
	})
	return doc
}

function page(source: Y.Doc) {
	const doc = new Y.Doc()
	Y.applyUpdate(doc, Y.encodeStateAsUpdate(source))
	const store = createTLStore()
	const binding = bindStoreToYDoc(store, doc, quiet)
	disposers.push(() => binding.dispose())
	return { doc, store }
}

describe('a page whose client id was taken', () => {
	it('recognises the refusal by its close code and reason', () => {
		expect(
			isClientIdTaken({ code: CloseCode.forbidden, reason: `${CLIENT_ID_TAKEN_REASON}: 42 belongs to another` }),
		).toBe(true)
		expect(isClientIdTaken({ code: CloseCode.forbidden, reason: 'forbidden: editor may not change "meeting"' })).toBe(
			false,
		)
		expect(isClientIdTaken(null)).toBe(false)
	})

	it('writes its pending changes again under the next page’s own client id', async () => {
		const server = serverDoc()
		const refused = page(server)
		// Changes the server refused (they stay under the refused page's client id).
		refused.store.put([{ ...(refused.store.get('shape:kept' as TLShapeId) as TLRecord), x: 500 } as TLRecord])
		refused.store.put([geoShapeRecord('shape:new' as TLShapeId, 900)])
		await Promise.resolve()
		const saved = Object.values(refused.store.serialize('document'))

		const next = page(server)
		const before = Y.encodeStateVector(next.doc)
		expect(reapplyRecoveredRecords(next.store, saved)).toBe(2)
		await Promise.resolve()
		const written = Y.decodeUpdate(Y.encodeStateAsUpdate(next.doc, before)) as unknown as {
			structs: { id: Y.ID }[]
		}
		expect(written.structs.length).toBeGreaterThan(0)
		for (const s of written.structs) expect(s.id.client).toBe(next.doc.clientID)
		// The server, taking the next page's update, has both changes.
		Y.applyUpdate(server, Y.encodeStateAsUpdate(next.doc, before))
		const check = page(server)
		expect((check.store.get('shape:kept' as TLShapeId) as { x: number }).x).toBe(500)
		expect(check.store.has('shape:new' as TLShapeId)).toBe(true)
	})
})
