import { createTLStore } from '@tldraw/editor'
import {
	createShapeId,
	createUserId,
	type TLGeoShape,
	type TLShapeId,
	type TLStore,
	UserRecordType,
} from '@tldraw/tlschema'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createBoardSchema } from '../../shared/boardSchema'
import { defaultCardProps } from '../../shared/domain/cardDefaults'
import type { ResourceProps } from '../../shared/domain/cardProps'
import type { TLResourceShape } from '../../shared/domain/cardShapeTypes'
import { getYPrivate } from '../../shared/privateDocLayout'
import { createSeedRecords, FIRST_PAGE_ID } from '../../shared/seedRecords'
import { getYMeta, getYRecords, type PlainRecord, writeRecord, Y_META_SCHEMA_KEY } from '../../shared/ydocLayout'
import { bindStoreToYDoc, LOCAL_ORIGIN, type StoreBinding } from './bindStoreToYDoc'
import { geoShapeRecord } from './geoShapeRecord'

// Deliver store history once per frame, as in a browser, so local and remote changes can interleave.
;(globalThis as { __FORCE_RAF_IN_TESTS__?: boolean }).__FORCE_RAF_IN_TESTS__ = true
globalThis.requestAnimationFrame ??= (cb) => setTimeout(() => cb(performance.now()), 16) as unknown as number
globalThis.cancelAnimationFrame ??= (id) => clearTimeout(id)

const quietLog = {
	warnings: [] as string[],
	warn(m: string) {
		this.warnings.push(m)
	},
}
const disposers: (() => void)[] = []
afterEach(() => {
	for (const d of disposers.splice(0)) d()
	quietLog.warnings.length = 0
})

/** A server-like seeded doc. */
function seededDoc(): Y.Doc {
	const doc = new Y.Doc()
	const store = createTLStore()
	doc.transact(() => {
		for (const rec of createSeedRecords('Page 1')) writeRecord(getYRecords(doc), rec as unknown as PlainRecord)
		getYMeta(doc).set(Y_META_SCHEMA_KEY, store.schema.serialize())
	})
	return doc
}

/** A client: its own doc (synced from `source`) and a bound store. */
function client(source: Y.Doc): { doc: Y.Doc; store: TLStore; binding: StoreBinding } {
	const doc = new Y.Doc()
	Y.applyUpdate(doc, Y.encodeStateAsUpdate(source))
	const store = createTLStore()
	const binding = bindStoreToYDoc(store, doc, quietLog)
	bindings.set(store, binding)
	disposers.push(() => binding.dispose())
	return { doc, store, binding }
}

/** Exchanges every missing update between docs, like a server would. */
function exchange(...docs: Y.Doc[]): void {
	for (const a of docs)
		for (const b of docs) if (a !== b) Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)))
}

const bindings = new Map<TLStore, StoreBinding>()

/** Flushes store listeners and the bindings' pending remote merges. */
async function settle(...stores: TLStore[]): Promise<void> {
	for (let i = 0; i < 3; i++) {
		for (const s of stores) s._flushHistory()
		await Promise.resolve()
		for (const s of stores) bindings.get(s)?.flush()
	}
}

function setProp(store: TLStore, id: TLShapeId, patch: Partial<TLGeoShape['props']>): void {
	const shape = store.get(id) as TLGeoShape
	store.put([{ ...shape, props: { ...shape.props, ...patch } }])
}

describe('bindStoreToYDoc', () => {
	it('loads the doc into the store without writing anything', () => {
		const server = seededDoc()
		const doc = new Y.Doc()
		Y.applyUpdate(doc, Y.encodeStateAsUpdate(server))
		const writes: unknown[] = []
		doc.on('update', (_u: Uint8Array, origin: unknown) => writes.push(origin))
		const store = createTLStore()
		const binding = bindStoreToYDoc(store, doc, quietLog)
		disposers.push(() => binding.dispose())
		expect(store.get(FIRST_PAGE_ID)?.typeName).toBe('page')
		expect(writes).toEqual([])
	})

	it('writes one local change as one Yjs transaction, and the other client sees it', async () => {
		const server = seededDoc()
		const a = client(server)
		const b = client(server)
		let localTxns = 0
		a.doc.on('afterTransaction', (t: Y.Transaction) => {
			if (t.origin === LOCAL_ORIGIN) localTxns++
		})
		const id = createShapeId('box')
		a.store.put([geoShapeRecord(id, 10)])
		await settle(a.store)
		expect(localTxns).toBe(1)
		exchange(a.doc, b.doc)
		await settle(b.store)
		expect((b.store.get(id) as TLGeoShape).x).toBe(10)
	})

	it('does not echo remote changes back into the doc', async () => {
		const server = seededDoc()
		const a = client(server)
		const b = client(server)
		const id = createShapeId('box')
		a.store.put([geoShapeRecord(id)])
		await settle(a.store)
		let echoed = 0
		b.doc.on('update', (_u: Uint8Array, origin: unknown) => {
			if (origin === LOCAL_ORIGIN) echoed++
		})
		exchange(a.doc, b.doc)
		await settle(b.store)
		a.store.update(id, (s) => ({ ...s, x: 99 }))
		await settle(a.store)
		exchange(a.doc, b.doc)
		await settle(b.store)
		expect((b.store.get(id) as TLGeoShape).x).toBe(99)
		expect(echoed).toBe(0)
	})

	it('keeps both edits when two people change different fields of one shape at once', async () => {
		const server = seededDoc()
		const a = client(server)
		const b = client(server)
		const id = createShapeId('box')
		a.store.put([geoShapeRecord(id)])
		await settle(a.store)
		exchange(a.doc, b.doc)
		await settle(b.store)
		// Both edit before either sees the other's change.
		setProp(a.store, id, { color: 'red' })
		setProp(b.store, id, { fill: 'solid' })
		b.store.update(id, (s) => ({ ...s, x: 50 }))
		await settle(a.store, b.store)
		exchange(a.doc, b.doc)
		await settle(a.store, b.store)
		for (const c of [a, b]) {
			const shape = c.store.get(id) as TLGeoShape
			expect(shape.props.color).toBe('red')
			expect(shape.props.fill).toBe('solid')
			expect(shape.x).toBe(50)
		}
	})

	it('does not lose a pending local edit when a remote edit of the same shape arrives first', async () => {
		const server = seededDoc()
		const a = client(server)
		const b = client(server)
		const id = createShapeId('box')
		a.store.put([geoShapeRecord(id)])
		await settle(a.store)
		exchange(a.doc, b.doc)
		await settle(b.store)
		setProp(b.store, id, { fill: 'solid' })
		await settle(b.store)
		// A edits, and B's change arrives before A's listener flushed.
		setProp(a.store, id, { color: 'blue' })
		exchange(b.doc, a.doc)
		await Promise.resolve() // the binding applies B's change before A's listener runs
		await settle(a.store)
		exchange(a.doc, b.doc)
		await settle(a.store, b.store)
		for (const c of [a, b]) {
			const shape = c.store.get(id) as TLGeoShape
			expect(shape.props.color).toBe('blue')
			expect(shape.props.fill).toBe('solid')
		}
	})

	it('skips and logs a remote record that fails validation; later changes still sync', async () => {
		const server = seededDoc()
		const a = client(server)
		const b = client(server)
		const bad = { ...geoShapeRecord(createShapeId('bad')), props: { nonsense: true } }
		a.doc.transact(() => writeRecord(getYRecords(a.doc), bad as unknown as PlainRecord))
		const good = createShapeId('good')
		a.store.put([geoShapeRecord(good, 5)])
		await settle(a.store)
		exchange(a.doc, b.doc)
		await settle(b.store)
		expect(b.store.has(bad.id)).toBe(false)
		expect(b.binding.skipped.has(bad.id)).toBe(true)
		expect(quietLog.warnings.some((w) => w.includes(bad.id))).toBe(true)
		expect((b.store.get(good) as TLGeoShape).x).toBe(5)
	})

	it('propagates deletions and tolerates a shape whose parent is gone', async () => {
		const server = seededDoc()
		const a = client(server)
		const b = client(server)
		const id = createShapeId('box')
		a.store.put([geoShapeRecord(id)])
		await settle(a.store)
		exchange(a.doc, b.doc)
		await settle(b.store)
		a.store.remove([id])
		await settle(a.store)
		exchange(a.doc, b.doc)
		await settle(b.store)
		expect(b.store.has(id)).toBe(false)

		const orphan = { ...geoShapeRecord(createShapeId('orphan')), parentId: createShapeId('missing-frame') }
		a.doc.transact(() => writeRecord(getYRecords(a.doc), orphan as unknown as PlainRecord))
		exchange(a.doc, b.doc)
		await settle(b.store)
		expect(b.store.has(orphan.id)).toBe(false)
	})

	it('keeps the person’s user record on this device: opening a board writes nothing', async () => {
		const server = seededDoc()
		const a = client(server)
		let writes = 0
		a.doc.on('update', () => writes++)
		a.store.put([UserRecordType.create({ id: createUserId('someone'), name: '王社工', color: '#ff0000' })])
		await settle(a.store)
		expect(writes).toBe(0)
		expect([...getYRecords(a.doc).keys()].some((k) => k.startsWith('user:'))).toBe(false)
	})
})

describe('bindStoreToYDoc and private card fields', () => {
	const schema = createBoardSchema()

	/** A server-like seeded doc written with the board schema (card shapes included). */
	function boardDoc(): Y.Doc {
		const doc = new Y.Doc()
		doc.transact(() => {
			for (const rec of createSeedRecords('Page 1')) writeRecord(getYRecords(doc), rec as unknown as PlainRecord)
			getYMeta(doc).set(Y_META_SCHEMA_KEY, schema.serialize())
		})
		return doc
	}

	/** A client of the board: an editor with the private document, or a viewer (`privateSource` null). */
	function cardClient(source: Y.Doc, privateSource: Y.Doc | null) {
		const doc = new Y.Doc()
		Y.applyUpdate(doc, Y.encodeStateAsUpdate(source))
		const privateDoc = privateSource ? new Y.Doc() : null
		if (privateSource && privateDoc) Y.applyUpdate(privateDoc, Y.encodeStateAsUpdate(privateSource))
		const store = createTLStore({ schema })
		const binding = bindStoreToYDoc(store, doc, quietLog, privateDoc)
		bindings.set(store, binding)
		disposers.push(() => binding.dispose())
		return { doc, privateDoc, store }
	}

	const resource = (id: TLShapeId, props: Partial<ResourceProps>) =>
		schema.types.shape.create({
			id,
			type: 'resource',
			parentId: FIRST_PAGE_ID,
			index: 'a1' as never,
			props: { ...defaultCardProps('resource'), ...props },
		})
	const setResourceProps = (store: TLStore, id: TLShapeId, patch: Partial<ResourceProps>) => {
		const shape = store.get(id) as TLResourceShape
		store.put([{ ...shape, props: { ...shape.props, ...patch } }])
	}
	const contactOf = (store: TLStore, id: TLShapeId) =>
		(store.get(id) as { props: ResourceProps } | undefined)?.props.contact
	const mainHasContact = (doc: Y.Doc, id: TLShapeId) =>
		(getYRecords(doc).get(id)?.get('props') as Y.Map<unknown> | undefined)?.has('contact') ?? false

	it('an editor’s contact goes to the private document only; another editor sees and edits it, a viewer sees it empty', async () => {
		const main = boardDoc()
		const priv = new Y.Doc()
		const a = cardClient(main, priv)
		const b = cardClient(main, priv)
		const viewer = cardClient(main, null)
		const id = createShapeId('canteen')
		a.store.put([resource(id, { title: '食堂', contact: '13800001111' })])
		await settle(a.store)
		expect(getYRecords(a.doc).has(id)).toBe(true)
		expect(mainHasContact(a.doc, id)).toBe(false)
		expect(
			getYPrivate(a.privateDoc as Y.Doc)
				.get(id)
				?.get('contact'),
		).toBe('13800001111')

		exchange(a.doc, b.doc, viewer.doc)
		exchange(a.privateDoc as Y.Doc, b.privateDoc as Y.Doc)
		await settle(b.store, viewer.store)
		expect(contactOf(b.store, id)).toBe('13800001111')
		expect(contactOf(viewer.store, id)).toBe('')
		expect((viewer.store.get(id) as { props: ResourceProps }).props.title).toBe('食堂')

		// B edits the contact: only the private document changes, and A gets it.
		let mainWrites = 0
		b.doc.on('update', () => mainWrites++)
		setResourceProps(b.store, id, { contact: '13800002222' })
		await settle(b.store)
		expect(mainWrites).toBe(0)
		exchange(a.privateDoc as Y.Doc, b.privateDoc as Y.Doc)
		await settle(a.store)
		expect(contactOf(a.store, id)).toBe('13800002222')

		// A renames the card: the contact is untouched; deleting the card removes its contact.
		setResourceProps(a.store, id, { title: '长者食堂' })
		await settle(a.store)
		exchange(a.doc, b.doc, viewer.doc)
		await settle(b.store, viewer.store)
		expect((b.store.get(id) as { props: ResourceProps }).props).toMatchObject({
			title: '长者食堂',
			contact: '13800002222',
		})
		a.store.remove([id])
		await settle(a.store)
		expect(getYPrivate(a.privateDoc as Y.Doc).has(id)).toBe(false)
	})

	it('reads a contact still in the main document (an older board) for editors, never for viewers', async () => {
		const main = boardDoc()
		const id = createShapeId('old')
		main.transact(() =>
			writeRecord(getYRecords(main), resource(id, { title: '老资源', contact: '旧电话' }) as unknown as PlainRecord),
		)
		const editor = cardClient(main, new Y.Doc())
		const viewer = cardClient(main, null)
		expect(contactOf(editor.store, id)).toBe('旧电话')
		expect(contactOf(viewer.store, id)).toBe('')
	})
})
