import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createBoardSchema } from '../../shared/boardSchema'
import { defaultCardProps } from '../../shared/domain/cardDefaults'
import { createSeedRecords, DEFAULT_PAGE_NAME, FIRST_PAGE_ID } from '../../shared/seedRecords'
import {
	getYMeta,
	getYRecords,
	type PlainRecord,
	readRecord,
	writeRecord,
	Y_META_SCHEMA_KEY,
} from '../../shared/ydocLayout'
import { connectClient, startTestServer, TEST_ADMIN_TOKEN, whenSynced } from './testServer'

const cleanups: (() => unknown)[] = []
afterEach(async () => {
	for (const c of cleanups.splice(0).reverse()) await c()
})

/** A board document as a version-1 build of Niudai wrote it: need urgency as a number, no votes. */
function versionOneDoc(): Uint8Array {
	const schema = createBoardSchema().serialize()
	const oldSchema = { ...schema, sequences: { ...schema.sequences, 'com.tldraw.shape.need': 1 } }
	const { votes: _votes, ...props } = { ...defaultCardProps('need'), title: '老年人理发难', urgency: 1 as unknown }
	const need = {
		id: 'shape:old-need',
		typeName: 'shape',
		type: 'need',
		x: 0,
		y: 0,
		rotation: 0,
		index: 'a1',
		parentId: FIRST_PAGE_ID,
		isLocked: false,
		opacity: 1,
		meta: {},
		props,
	}
	const doc = new Y.Doc()
	doc.transact(() => {
		for (const rec of [...createSeedRecords(DEFAULT_PAGE_NAME), need]) {
			writeRecord(getYRecords(doc), rec as unknown as PlainRecord)
		}
		getYMeta(doc).set(Y_META_SCHEMA_KEY, oldSchema)
	})
	return Y.encodeStateAsUpdate(doc)
}

describe('board migration on load', () => {
	it('migrates an old-version card once, for every client, and stores the current schema', async () => {
		const server = await startTestServer()
		cleanups.push(() => server.close())
		const now = Date.now()
		await server.storage.createBoard(
			{ id: 'old-board-000001', title: 'old', createdAt: now, updatedAt: now, deletedAt: null },
			versionOneDoc(),
		)
		const doc = new Y.Doc()
		// A board written straight into storage has no links: the admin token opens it.
		const client = connectClient(server.port, 'old-board-000001', doc, TEST_ADMIN_TOKEN)
		cleanups.push(() => client.destroy())
		await whenSynced(client)
		const need = readRecord(getYRecords(doc).get('shape:old-need')) as PlainRecord & {
			props: { urgency: unknown; votes: unknown; title: string }
		}
		expect(need.props).toMatchObject({ urgency: 'high', votes: 0, title: '老年人理发难' })
		expect(getYMeta(doc).get(Y_META_SCHEMA_KEY)).toEqual(createBoardSchema().serialize())

		// The migration was persisted: a fresh load finds a current board and changes nothing.
		client.destroy()
		await server.rooms.unload('old-board-000001')
		const stored = await server.storage.loadDoc('old-board-000001')
		const reloaded = new Y.Doc()
		if (stored.snapshot) Y.applyUpdate(reloaded, stored.snapshot)
		for (const u of stored.updates) Y.applyUpdate(reloaded, u)
		expect(getYMeta(reloaded).get(Y_META_SCHEMA_KEY)).toEqual(createBoardSchema().serialize())
		const reloadedNeed = readRecord(getYRecords(reloaded).get('shape:old-need'))
		expect(reloadedNeed?.props).toMatchObject({ urgency: 'high' })
	})
})
