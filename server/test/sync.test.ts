import * as encoding from 'lib0/encoding'
import { afterEach, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import * as Y from 'yjs'
import { CloseCode, MessageType, SyncMessageType } from '../../shared/protocol'
import type { RunningServer } from '../createServer'
import {
	bearer,
	boardToken,
	connectClient,
	createBoard,
	startTestServer,
	syncUrl,
	TEST_ADMIN_TOKEN,
	whenClosed,
	whenDoc,
	whenSynced,
} from './testServer'

const cleanups: (() => unknown)[] = []
afterEach(async () => {
	for (const c of cleanups.splice(0).reverse()) await c()
})

async function serverWithBoard(dataDir?: string): Promise<{ server: RunningServer; boardId: string }> {
	const server = await startTestServer(dataDir ? { dataDir } : {})
	cleanups.push(() => server.close())
	const boardId = await createBoard(server.url)
	return { server, boardId }
}

function client(server: RunningServer, boardId: string) {
	const doc = new Y.Doc()
	const provider = connectClient(server.port, boardId, doc)
	cleanups.push(() => provider.destroy())
	return { doc, provider, map: doc.getMap<string>('test') }
}

function rawSocket(server: RunningServer, boardId: string, token = boardToken(boardId)): WebSocket {
	const ws = new WebSocket(syncUrl(server.port, boardId, token))
	cleanups.push(() => ws.terminate())
	return ws
}

describe('sync server with the official y-websocket client', () => {
	it('two clients converge on a shared doc', async () => {
		const { server, boardId } = await serverWithBoard()
		const a = client(server, boardId)
		const b = client(server, boardId)
		await Promise.all([whenSynced(a.provider), whenSynced(b.provider)])
		a.map.set('from-a', 'hello')
		b.map.set('from-b', 'world')
		await whenDoc(a.doc, () => a.map.get('from-b') === 'world')
		await whenDoc(b.doc, () => b.map.get('from-a') === 'hello')
		expect(a.map.toJSON()).toEqual(b.map.toJSON())
	})

	it('a new board arrives with its seeded records and schema', async () => {
		const { server, boardId } = await serverWithBoard()
		const a = client(server, boardId)
		await whenSynced(a.provider)
		const records = a.doc.getMap('records')
		expect([...records.keys()].sort()).toEqual(['document:document', 'page:page'])
		expect(a.doc.getMap('meta').get('schema')).toMatchObject({ schemaVersion: 2 })
	})

	it('a client joining late receives everything', async () => {
		const { server, boardId } = await serverWithBoard()
		const a = client(server, boardId)
		await whenSynced(a.provider)
		for (let i = 0; i < 50; i++) a.map.set(`k${i}`, `v${i}`)
		const b = client(server, boardId)
		await whenSynced(b.provider)
		await whenDoc(b.doc, () => b.map.size === 50)
		const c = client(server, boardId)
		await whenSynced(c.provider)
		expect(c.map.toJSON()).toEqual(a.map.toJSON())
	})

	it('the document is intact after a server restart', async () => {
		const first = await serverWithBoard()
		const a = client(first.server, first.boardId)
		await whenSynced(a.provider)
		a.map.set('persisted', 'yes')
		const b = client(first.server, first.boardId)
		await whenDoc(b.doc, () => b.map.get('persisted') === 'yes')
		a.provider.destroy()
		b.provider.destroy()
		await first.server.close()

		const second = await startTestServer({ dataDir: (first.server as RunningServer & { dataDir: string }).dataDir })
		cleanups.push(() => second.close())
		const c = client(second, first.boardId)
		await whenSynced(c.provider)
		await whenDoc(c.doc, () => c.map.get('persisted') === 'yes')
		expect(c.map.get('persisted')).toBe('yes')
	})

	it('compaction keeps every update', async () => {
		const server = await startTestServer({ compactAfterUpdates: 10 })
		cleanups.push(() => server.close())
		const boardId = await createBoard(server.url)
		const a = client(server, boardId)
		await whenSynced(a.provider)
		for (let i = 0; i < 35; i++) a.map.set(`k${i}`, `v${i}`)
		const b = client(server, boardId)
		await whenDoc(b.doc, () => b.map.size === 35)
		expect(await server.storage.countUpdates(boardId)).toBeLessThan(10)
		await server.rooms.unload(boardId)
		const c = client(server, boardId)
		await whenDoc(c.doc, () => c.map.size === 35)
	})

	it('refuses an unknown board with a named close code and reason', async () => {
		const server = await startTestServer()
		cleanups.push(() => server.close())
		const closed = await whenClosed(rawSocket(server, 'no-such-board-123', TEST_ADMIN_TOKEN))
		expect(closed.code).toBe(CloseCode.boardNotFound)
		expect(closed.reason).toContain('board not found')
	})

	it('refuses a board in the trash with boardDeleted and closes its live sockets', async () => {
		const { server, boardId } = await serverWithBoard()
		const live = rawSocket(server, boardId)
		await new Promise((r) => live.once('message', r))
		const liveClosed = whenClosed(live)
		const res = await fetch(`${server.url}/api/boards/${boardId}`, {
			method: 'DELETE',
			headers: bearer(boardToken(boardId)),
		})
		expect(res.status).toBe(200)
		expect((await liveClosed).code).toBe(CloseCode.boardDeleted)
		const closed = await whenClosed(rawSocket(server, boardId))
		expect(closed.code).toBe(CloseCode.boardDeleted)
	})

	it('closes a socket that sends malformed frames; the room and other clients keep working', async () => {
		const { server, boardId } = await serverWithBoard()
		const a = client(server, boardId)
		await whenSynced(a.provider)
		const frames: Uint8Array[] = [
			new Uint8Array([MessageType.sync]), // truncated: no sub-type
			new Uint8Array([MessageType.sync, SyncMessageType.update, 0xff, 0xff, 0xff, 0x0f]), // huge declared length
			new Uint8Array([42]), // unknown message type
			(() => {
				const e = encoding.createEncoder()
				encoding.writeVarUint(e, MessageType.sync)
				encoding.writeVarUint(e, SyncMessageType.update)
				encoding.writeVarUint8Array(e, new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]))
				return encoding.toUint8Array(e)
			})(), // garbage update
			new Uint8Array([MessageType.auth, 0]),
		]
		for (const frame of frames) {
			const ws = rawSocket(server, boardId)
			await new Promise((r) => ws.once('open', r))
			const closed = whenClosed(ws)
			ws.send(frame)
			expect((await closed).code).toBe(CloseCode.protocolError)
		}
		const b = client(server, boardId)
		await whenSynced(b.provider)
		a.map.set('still', 'working')
		await whenDoc(b.doc, () => b.map.get('still') === 'working')
		const health = await fetch(`${server.url}/healthz`)
		expect(health.status).toBe(200)
	})
})
