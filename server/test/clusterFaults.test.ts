import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CloseCode } from '../../shared/protocol'
import type { RunningServer } from '../createServer'
import { type ChildServer, startChildServer } from './childServer'
import {
	createTestDatabase,
	postgresAvailable,
	redisServerAvailable,
	startProxy,
	startTestRedis,
	TEST_POSTGRES_URL,
	type TestRedis,
} from './services'
import {
	bearer,
	boardToken,
	connectClient,
	createBoard,
	startTestServer,
	tempDataDir,
	whenDoc,
	whenSynced,
} from './testServer'

const available = (await postgresAvailable()) && redisServerAvailable()

/** Resolves once `check` holds, trying every 50 ms (for state only storage can tell). */
async function until(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
	const end = Date.now() + timeoutMs
	while (!(await check())) {
		if (Date.now() > end) throw new Error('condition not met in time')
		await new Promise((r) => setTimeout(r, 50))
	}
}

describe.skipIf(!available)('faults of a cluster', () => {
	let db: Awaited<ReturnType<typeof createTestDatabase>>
	let redis: TestRedis
	const cleanups: (() => unknown)[] = []
	beforeAll(async () => {
		db = await createTestDatabase()
		redis = await startTestRedis()
	})
	afterAll(async () => {
		await redis?.stop()
		await db?.drop()
	})
	afterEach(async () => {
		for (const c of cleanups.splice(0).reverse()) await c()
	})

	function client(port: number, boardId: string, doc = new Y.Doc()) {
		const provider = connectClient(port, boardId, doc)
		cleanups.push(() => provider.destroy())
		return { doc, provider, map: doc.getMap<number>('burst') }
	}

	async function node(databaseUrl = db.url): Promise<RunningServer> {
		const server = await startTestServer({ databaseUrl, redisUrl: redis.url })
		cleanups.push(() => server.close())
		return server
	}

	it('a node killed with SIGKILL loses nothing a client on another node saw; its clients reconnect elsewhere', async () => {
		const killed: ChildServer = await startChildServer(tempDataDir(), { DATABASE_URL: db.url, REDIS_URL: redis.url })
		cleanups.push(() => {
			if (killed.process.exitCode === null) killed.process.kill('SIGKILL')
			return killed.exited
		})
		const other = await node()
		const boardId = await createBoard(other.url)
		const a = client(killed.port, boardId)
		const b = client(other.port, boardId)
		await Promise.all([whenSynced(a.provider), whenSynced(b.provider)])
		const COUNT = 200
		for (let i = 0; i < COUNT; i++) a.map.set(`k${i}`, i)
		// The moment B (on the other node) has seen A's last update, A's node dies.
		await whenDoc(b.doc, () => b.map.get(`k${COUNT - 1}`) === COUNT - 1)
		killed.process.kill('SIGKILL')
		await killed.exited
		a.provider.destroy()
		// A's participant reconnects to the other node with its document, and a newcomer joins there.
		const again = client(other.port, boardId, a.doc)
		const late = client(other.port, boardId)
		await Promise.all([whenSynced(again.provider), whenSynced(late.provider)])
		await whenDoc(late.doc, () => late.map.size === COUNT)
		for (let i = 0; i < COUNT; i++) expect(late.map.get(`k${i}`)).toBe(i)
		const stored = new Y.Doc()
		const loaded = await other.storage.loadDoc(boardId)
		if (loaded.snapshot) Y.applyUpdate(stored, loaded.snapshot)
		for (const u of loaded.updates) Y.applyUpdate(stored, u)
		expect(stored.getMap('burst').size).toBe(COUNT)
	}, 60_000)

	it('PostgreSQL unreachable: sockets are closed with 4507 and REST answers 503, nothing is lost, and it recovers', async () => {
		const pg = new URL(TEST_POSTGRES_URL)
		const proxy = await startProxy(pg.hostname, Number(pg.port || 5432))
		cleanups.push(() => proxy.close())
		const server = await node(proxy.via(db.url))
		const boardId = await createBoard(server.url)
		const a = client(server.port, boardId)
		await whenSynced(a.provider)
		a.map.set('before', 1)
		await until(async () => (await server.storage.countUpdates(boardId)) > 0)

		const closes: number[] = []
		a.provider.on('connection-close', (event) => {
			if (event) closes.push(event.code)
		})
		proxy.cut()
		a.map.set('during', 2)
		await until(async () => closes.includes(CloseCode.storageUnavailable))
		const rest = await fetch(`${server.url}/api/boards/${boardId}`, { headers: bearer(boardToken(boardId)) })
		expect(rest.status).toBe(503)
		expect(((await rest.json()) as { error: { code: string } }).error.code).toBe('storage_unavailable')

		proxy.restore()
		// The client kept its change and sends it again once the board accepts writes.
		await until(async () => {
			const stored = new Y.Doc()
			const loaded = await server.storage.loadDoc(boardId)
			if (loaded.snapshot) Y.applyUpdate(stored, loaded.snapshot)
			for (const u of loaded.updates) Y.applyUpdate(stored, u)
			return stored.getMap('burst').get('during') === 2 && stored.getMap('burst').get('before') === 1
		}, 20_000)
		const res = await fetch(`${server.url}/api/boards/${boardId}`, { headers: bearer(boardToken(boardId)) })
		expect(res.status).toBe(200)
	}, 40_000)
})
