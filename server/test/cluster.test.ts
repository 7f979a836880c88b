import { describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import * as Y from 'yjs'
import { CloseCode } from '../../shared/protocol'
import type { RunningServer } from '../createServer'
import { clusterHarness } from './clusterHarness'
import { postgresAvailable, redisServerAvailable } from './services'
import { bearer, boardToken, connectClient, createBoard, createLink, syncUrl, whenDoc, whenSynced } from './testServer'

const available = (await postgresAvailable()) && redisServerAvailable()

describe.skipIf(!available)('several nodes on one PostgreSQL database and one Redis', () => {
	const cluster = clusterHarness()
	const { cleanups } = cluster

	const node = () => cluster.node()

	function client(server: RunningServer, boardId: string, token?: string) {
		const doc = new Y.Doc()
		const provider = connectClient(server.port, boardId, doc, token)
		cleanups.push(() => provider.destroy())
		return { doc, provider, map: doc.getMap<string>('test') }
	}

	it('official y-websocket clients on three nodes converge; a late joiner on another node gets everything', async () => {
		const [a, b, c] = [await node(), await node(), await node()]
		const boardId = await createBoard(a.url)
		const onA = client(a, boardId)
		const onB = client(b, boardId)
		await Promise.all([whenSynced(onA.provider), whenSynced(onB.provider)])
		for (let i = 0; i < 20; i++) {
			onA.map.set(`a${i}`, `来自A ${i}`)
			onB.map.set(`b${i}`, `来自B ${i}`)
		}
		await whenDoc(onA.doc, () => onA.map.size === 40)
		await whenDoc(onB.doc, () => onB.map.size === 40)
		expect(onA.map.toJSON()).toEqual(onB.map.toJSON())
		const late = client(c, boardId)
		await whenSynced(late.provider)
		await whenDoc(late.doc, () => late.map.size === 40)
		expect(late.map.toJSON()).toEqual(onA.map.toJSON())
		// Presence crosses nodes too.
		onA.provider.awareness.setLocalStateField('user', { name: '王社工' })
		await new Promise<void>((resolve) => {
			const check = () => {
				const seen = [...onB.provider.awareness.getStates().values()].some(
					(s) => (s as { user?: { name?: string } }).user?.name === '王社工',
				)
				if (seen) {
					onB.provider.awareness.off('change', check)
					resolve()
				}
			}
			onB.provider.awareness.on('change', check)
			check()
		})
	})

	it('a viewer’s writes are dropped on every node', async () => {
		const [a, b] = [await node(), await node()]
		const boardId = await createBoard(a.url)
		const viewer = await createLink(a.url, boardId, { role: 'viewer' })
		const editor = client(a, boardId)
		const watcher = client(b, boardId, viewer.token)
		await Promise.all([whenSynced(editor.provider), whenSynced(watcher.provider)])
		watcher.map.set('viewer', '不该保存')
		editor.map.set('editor', '保存')
		await whenDoc(watcher.doc, () => watcher.map.get('editor') === '保存')
		await new Promise((r) => setTimeout(r, 300))
		expect(editor.map.has('viewer')).toBe(false)
		expect((await b.storage.loadDoc(boardId)).updates.some((u) => Buffer.from(u).includes('不该保存'))).toBe(false)
	})

	it('revoking a link on node A closes its socket on node B within a second', async () => {
		const [a, b] = [await node(), await node()]
		const boardId = await createBoard(a.url)
		const link = await createLink(a.url, boardId, { role: 'editor' })
		const ws = new WebSocket(syncUrl(b.port, boardId, link.token))
		cleanups.push(() => ws.terminate())
		await new Promise((resolve, reject) => {
			ws.once('message', resolve)
			ws.once('error', reject)
		})
		const closed = new Promise<{ code: number; at: number }>((resolve) =>
			ws.once('close', (code) => resolve({ code, at: Date.now() })),
		)
		const t0 = Date.now()
		const res = await fetch(`${a.url}/api/boards/${boardId}/links/${link.id}`, {
			method: 'DELETE',
			headers: bearer(boardToken(boardId)),
		})
		expect(res.status).toBe(204)
		const { code, at } = await closed
		expect(code).toBe(CloseCode.linkRevoked)
		expect(at - t0).toBeLessThan(1000)
	})

	it('trashing a board on node A closes its sockets on node B', async () => {
		const [a, b] = [await node(), await node()]
		const boardId = await createBoard(a.url)
		const ws = new WebSocket(syncUrl(b.port, boardId, boardToken(boardId)))
		cleanups.push(() => ws.terminate())
		await new Promise((resolve) => ws.once('message', resolve))
		const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)))
		const res = await fetch(`${a.url}/api/boards/${boardId}`, {
			method: 'DELETE',
			headers: bearer(boardToken(boardId)),
		})
		expect(res.status).toBe(200)
		expect(await closed).toBe(CloseCode.boardDeleted)
	})

	it('with Redis down, a revocation or a trashing on node A still closes the sockets on node B within a few seconds', async () => {
		const [a, b] = [await node(), await node()]
		const boardId = await createBoard(a.url)
		const otherBoard = await createBoard(a.url)
		const link = await createLink(a.url, boardId, { role: 'editor' })
		const kept = await createLink(a.url, boardId, { role: 'editor' })
		const open = async (id: string, token: string) => {
			const ws = new WebSocket(syncUrl(b.port, id, token))
			cleanups.push(() => ws.terminate())
			await new Promise((resolve, reject) => {
				ws.once('message', resolve)
				ws.once('error', reject)
			})
			return { ws, closed: new Promise<number>((resolve) => ws.once('close', (code) => resolve(code))) }
		}
		const revoked = await open(boardId, link.token)
		const other = await open(boardId, kept.token)
		const trashed = await open(otherBoard, boardToken(otherBoard))
		await cluster.redis.stop()
		try {
			const t0 = Date.now()
			const res = await fetch(`${a.url}/api/boards/${boardId}/links/${link.id}`, {
				method: 'DELETE',
				headers: bearer(boardToken(boardId)),
			})
			expect(res.status).toBe(204)
			expect(await revoked.closed).toBe(CloseCode.linkRevoked)
			expect(Date.now() - t0).toBeLessThan(3000)
			const t1 = Date.now()
			const del = await fetch(`${a.url}/api/boards/${otherBoard}`, {
				method: 'DELETE',
				headers: bearer(boardToken(otherBoard)),
			})
			expect(del.status).toBe(200)
			expect(await trashed.closed).toBe(CloseCode.boardDeleted)
			expect(Date.now() - t1).toBeLessThan(3000)
			// Another link of the same board stays open.
			expect(other.ws.readyState).toBe(WebSocket.OPEN)
		} finally {
			await cluster.redis.start()
		}
	})

	it('with Redis down, nodes keep serving their sockets and converge through PostgreSQL; after it returns too', async () => {
		const [a, b] = [await node(), await node()]
		const boardId = await createBoard(a.url)
		const onA = client(a, boardId)
		const onB = client(b, boardId)
		await Promise.all([whenSynced(onA.provider), whenSynced(onB.provider)])
		await cluster.redis.stop()
		for (let i = 0; i < 10; i++) {
			onA.map.set(`a${i}`, 'x')
			onB.map.set(`b${i}`, 'y')
		}
		await whenDoc(onA.doc, () => onA.map.size === 20)
		await whenDoc(onB.doc, () => onB.map.size === 20)
		await cluster.redis.start()
		await new Promise((r) => setTimeout(r, 300))
		onA.map.set('after', 'back')
		await whenDoc(onB.doc, () => onB.map.get('after') === 'back')
		expect(onA.map.toJSON()).toEqual(onB.map.toJSON())
	})
})
