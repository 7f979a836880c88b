import net from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import * as Y from 'yjs'
import { CloseCode, MAX_MESSAGE_BYTES } from '../../shared/protocol'
import type { RunningServer } from '../createServer'
import {
	boardToken,
	connectClient,
	createBoard,
	startTestServer,
	syncUrl,
	until,
	whenClosed,
	whenSynced,
} from './testServer'

const cleanups: (() => unknown)[] = []
afterEach(async () => {
	for (const c of cleanups.splice(0).reverse()) await c()
})

async function server(opts: Parameters<typeof startTestServer>[0] = {}): Promise<RunningServer> {
	const s = await startTestServer(opts)
	cleanups.push(() => s.close())
	return s
}

describe('connections', () => {
	it('relays awareness between clients and drops a client’s state when it leaves', async () => {
		const s = await server()
		const boardId = await createBoard(s.url)
		const a = connectClient(s.port, boardId, new Y.Doc())
		const b = connectClient(s.port, boardId, new Y.Doc())
		cleanups.push(() => b.destroy())
		await Promise.all([whenSynced(a), whenSynced(b)])
		a.awareness.setLocalStateField('user', { name: '王社工' })
		await until(() => (b.awareness.getStates().get(a.awareness.clientID)?.user as { name?: string })?.name === '王社工')
		a.destroy()
		await until(() => !b.awareness.getStates().has(a.awareness.clientID))
	})

	it('unloads a room after its last client has left for the grace period', async () => {
		const s = await server({ roomUnloadAfterMs: 50 })
		const boardId = await createBoard(s.url)
		const a = connectClient(s.port, boardId, new Y.Doc())
		await whenSynced(a)
		a.doc.getMap('m').set('k', 1)
		expect(s.rooms.loadedCount).toBe(1)
		a.destroy()
		await until(() => s.rooms.loadedCount === 0)
		expect(await s.storage.countUpdates(boardId)).toBe(0)
		const b = connectClient(s.port, boardId, new Y.Doc())
		cleanups.push(() => b.destroy())
		await whenSynced(b)
		expect(b.doc.getMap('m').get('k')).toBe(1)
	})

	it('closes a socket that stops answering pings', async () => {
		const s = await server({ heartbeatMs: 100 })
		const boardId = await createBoard(s.url)
		// A raw TCP client that completes the WebSocket handshake and then never answers.
		const socket = net.connect(s.port, '127.0.0.1')
		cleanups.push(() => socket.destroy())
		await new Promise<void>((resolve) => socket.once('connect', () => resolve()))
		socket.write(
			`GET /sync/${boardId}?t=${boardToken(boardId)} HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
				'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
		)
		socket.resume() // read and ignore what the server sends, so its close reaches us
		const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()))
		const started = Date.now()
		await closed
		expect(Date.now() - started).toBeLessThan(2000)
	})

	it('closes a socket that sends a frame over the size limit', async () => {
		const s = await server()
		const boardId = await createBoard(s.url)
		const ws = new WebSocket(syncUrl(s.port, boardId, boardToken(boardId)))
		cleanups.push(() => ws.terminate())
		await new Promise((r) => ws.once('open', r))
		const closed = whenClosed(ws)
		ws.send(new Uint8Array(MAX_MESSAGE_BYTES + 1))
		expect((await closed).code).toBe(CloseCode.messageTooBig)
	})

	it('refuses text frames and a malformed board id', async () => {
		const s = await server()
		const boardId = await createBoard(s.url)
		const ws = new WebSocket(syncUrl(s.port, boardId, boardToken(boardId)))
		cleanups.push(() => ws.terminate())
		await new Promise((r) => ws.once('open', r))
		const closed = whenClosed(ws)
		ws.send('hello')
		expect((await closed).code).toBe(CloseCode.protocolError)

		const bad = new WebSocket(syncUrl(s.port, '../../etc/passwd', boardToken(boardId)))
		cleanups.push(() => bad.terminate())
		expect((await whenClosed(bad)).code).toBe(CloseCode.boardNotFound)
	})
})
