import { fromBase64 } from 'lib0/buffer'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { SyncStateResponse } from '../../shared/syncState'
import type { RunningServer } from '../createServer'
import {
	bearer,
	connectClient,
	createBoardWithToken,
	createLink,
	startTestServer,
	TEST_ADMIN_TOKEN,
	whenSynced,
} from './testServer'

let server: RunningServer & { dataDir: string }
let boardId: string
let facilitator: string
let viewer: string
let otherToken: string

const cleanups: (() => unknown)[] = []
afterEach(async () => {
	for (const c of cleanups.splice(0).reverse()) await c()
})

beforeAll(async () => {
	server = await startTestServer()
	;({ id: boardId, token: facilitator } = await createBoardWithToken(server.url, '同步状态'))
	viewer = (await createLink(server.url, boardId, { role: 'viewer' })).token
	otherToken = (await createBoardWithToken(server.url, '另一块')).token
})
afterAll(() => server.close())

function syncState(id: string, token: string | null): Promise<Response> {
	return fetch(`${server.url}/api/boards/${id}/sync-state`, { headers: token ? bearer(token) : {} })
}

async function serverState(id = boardId, token = facilitator): Promise<{ sv: Map<number, number>; snap: Y.Snapshot }> {
	const res = await syncState(id, token)
	expect(res.status).toBe(200)
	expect(res.headers.get('cache-control')).toBe('no-store')
	const body = (await res.json()) as SyncStateResponse
	return { sv: Y.decodeStateVector(fromBase64(body.stateVector)), snap: Y.decodeSnapshot(fromBase64(body.snapshot)) }
}

/** The board's document as it is on disk right now (snapshot + update log). */
async function storedDoc(id = boardId): Promise<Y.Doc> {
	const stored = await server.storage.loadDoc(id)
	const doc = new Y.Doc()
	if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot)
	for (const u of stored.updates) Y.applyUpdate(doc, u)
	return doc
}

async function until(predicate: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
	const end = Date.now() + timeoutMs
	while (!(await predicate())) {
		if (Date.now() > end) throw new Error('timed out')
		await new Promise((r) => setTimeout(r, 20))
	}
}

describe('GET /api/boards/:id/sync-state', () => {
	it('covers a client’s update only once it is stored, and its deletion once that is stored', async () => {
		const doc = new Y.Doc()
		const provider = connectClient(server.port, boardId, doc)
		cleanups.push(() => provider.destroy())
		await whenSynced(provider)
		const before = await serverState()
		expect(before.sv.get(doc.clientID) ?? 0).toBe(0)

		doc.getMap('test').set('offline-card', 'hello')
		const clockEnd = Y.getState(doc.store, doc.clientID)
		expect(clockEnd).toBeGreaterThan(0)
		// Whenever the answer covers the update, the update is already on disk.
		await until(async () => {
			const { sv } = await serverState()
			const covered = (sv.get(doc.clientID) ?? 0) >= clockEnd
			if (covered) expect((await storedDoc()).getMap('test').get('offline-card')).toBe('hello')
			return covered
		})

		// A delete advances no clock: the snapshot's delete set confirms it.
		const item = doc.getMap('test')._map.get('offline-card')
		if (!item) throw new Error('no item')
		doc.getMap('test').delete('offline-card')
		await until(async () => {
			const { snap } = await serverState()
			const deleted = Y.isDeleted(snap.ds, item.id)
			if (deleted) expect((await storedDoc()).getMap('test').has('offline-card')).toBe(false)
			return deleted
		})
	})

	it('a viewer may read it', async () => {
		expect((await syncState(boardId, viewer)).status).toBe(200)
	})

	it('refuses as the other board routes do: no or unknown token 401, another board’s token 403', async () => {
		expect((await syncState(boardId, null)).status).toBe(401)
		expect((await syncState(boardId, 'not-a-real-token-0123456789abcdefghijkl')).status).toBe(401)
		expect((await syncState(boardId, otherToken)).status).toBe(403)
	})

	it('404 for a board that does not exist or is in the trash', async () => {
		expect((await syncState('nosuchboard1234', TEST_ADMIN_TOKEN)).status).toBe(404)
		const { id, token } = await createBoardWithToken(server.url, '回收站')
		const del = await fetch(`${server.url}/api/boards/${id}`, { method: 'DELETE', headers: bearer(token) })
		expect(del.status).toBe(200)
		const res = await syncState(id, token)
		expect(res.status).toBe(404)
		expect(((await res.json()) as { error: { code: string } }).error.code).toBe('board_not_found')
	})
})
