import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { type ChildServer, startChildServer } from './childServer'
import { connectClient, createBoard, tempDataDir, whenDoc, whenSynced } from './testServer'

const cleanups: (() => unknown)[] = []
afterEach(async () => {
	for (const c of cleanups.splice(0).reverse()) await c()
})

function track(server: ChildServer): ChildServer {
	cleanups.push(() => {
		if (server.process.exitCode === null) server.process.kill('SIGKILL')
		return server.exited
	})
	return server
}

function client(port: number, boardId: string) {
	const doc = new Y.Doc()
	const provider = connectClient(port, boardId, doc)
	cleanups.push(() => provider.destroy())
	return { doc, provider, map: doc.getMap<number>('burst') }
}

describe('durability', () => {
	it('keeps every update another client saw when the server is killed with SIGKILL right after', async () => {
		const dataDir = tempDataDir()
		const first = track(await startChildServer(dataDir))
		const boardId = await createBoard(first.url)
		const a = client(first.port, boardId)
		const b = client(first.port, boardId)
		await Promise.all([whenSynced(a.provider), whenSynced(b.provider)])

		const COUNT = 200
		for (let i = 0; i < COUNT; i++) a.map.set(`k${i}`, i)
		// The moment B has seen A's last update, the server dies without any chance to flush.
		await whenDoc(b.doc, () => b.map.get(`k${COUNT - 1}`) === COUNT - 1)
		first.process.kill('SIGKILL')
		await first.exited
		a.provider.destroy()

		const second = track(await startChildServer(dataDir))
		const c = client(second.port, boardId)
		await whenSynced(c.provider)
		await whenDoc(c.doc, () => c.map.size === COUNT)
		for (let i = 0; i < COUNT; i++) expect(c.map.get(`k${i}`)).toBe(i)
	})

	it('flushes and closes cleanly on SIGTERM; the document loads after restart', async () => {
		const dataDir = tempDataDir()
		const first = track(await startChildServer(dataDir))
		const boardId = await createBoard(first.url)
		const a = client(first.port, boardId)
		await whenSynced(a.provider)
		a.map.set('graceful', 1)
		const b = client(first.port, boardId)
		await whenDoc(b.doc, () => b.map.get('graceful') === 1)
		first.process.kill('SIGTERM')
		expect(await first.exited).toBe(0)

		const second = track(await startChildServer(dataDir))
		const c = client(second.port, boardId)
		await whenDoc(c.doc, () => c.map.get('graceful') === 1)
	})
})
