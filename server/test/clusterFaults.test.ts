import pg from 'pg'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CloseCode } from '../../shared/protocol'
import type { RunningServer } from '../createServer'
import { type ChildServer, startChildServer } from './childServer'
import { clusterHarness } from './clusterHarness'
import { postgresAvailable, redisServerAvailable, startProxy, TEST_POSTGRES_URL } from './services'
import { bearer, boardToken, connectClient, createBoard, tempDataDir, whenDoc, whenSynced } from './testServer'

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
	const cluster = clusterHarness()
	const { cleanups } = cluster

	function client(port: number, boardId: string, doc = new Y.Doc()) {
		const provider = connectClient(port, boardId, doc)
		cleanups.push(() => provider.destroy())
		return { doc, provider, map: doc.getMap<number>('burst') }
	}

	const node = (databaseUrl?: string) => cluster.node(databaseUrl ? { databaseUrl } : {})

	it('a node killed with SIGKILL loses nothing a client on another node saw; its clients reconnect elsewhere', async () => {
		const killed: ChildServer = await startChildServer(tempDataDir(), {
			DATABASE_URL: cluster.db.url,
			REDIS_URL: cluster.redis.url,
		})
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

	/** The board's stored document (every node reads the same database). */
	async function stored(server: RunningServer, boardId: string): Promise<Y.Map<number>> {
		const doc = new Y.Doc()
		const loaded = await server.storage.loadDoc(boardId)
		if (loaded.snapshot) Y.applyUpdate(doc, loaded.snapshot)
		for (const u of loaded.updates) Y.applyUpdate(doc, u)
		return doc.getMap<number>('burst')
	}

	/** Two clients on two nodes each write `count` keys, one per event-loop turn; `during(i)` runs before write i. */
	async function burst(
		a: ReturnType<typeof client>,
		b: ReturnType<typeof client>,
		count: number,
		during: (i: number) => Promise<void> | void,
	): Promise<void> {
		for (let i = 0; i < count; i++) {
			await during(i)
			a.map.set(`a${i}`, i)
			b.map.set(`b${i}`, i)
			await new Promise((r) => setImmediate(r))
		}
	}

	it('Redis killed and restarted during a burst on two nodes: every client converges and nothing is lost', async () => {
		const [n1, n2] = [await node(), await node()]
		const boardId = await createBoard(n1.url)
		const a = client(n1.port, boardId)
		const b = client(n2.port, boardId)
		await Promise.all([whenSynced(a.provider), whenSynced(b.provider)])
		const COUNT = 150
		await burst(a, b, COUNT, async (i) => {
			if (i === 40) await cluster.redis.stop()
			if (i === 100) await cluster.redis.start()
		})
		await whenDoc(a.doc, () => a.map.size === 2 * COUNT, 30_000)
		await whenDoc(b.doc, () => b.map.size === 2 * COUNT, 30_000)
		expect(a.map.toJSON()).toEqual(b.map.toJSON())
		await until(async () => (await stored(n2, boardId)).size === 2 * COUNT)
		// And a newcomer on either node gets everything.
		const late = client(n2.port, boardId)
		await whenSynced(late.provider)
		await whenDoc(late.doc, () => late.map.size === 2 * COUNT)
	}, 60_000)

	it('PostgreSQL cut off during a burst on two nodes: clients are told, then converge; everything a client saw is stored', async () => {
		const pgUrl = new URL(TEST_POSTGRES_URL)
		const proxy = await startProxy(pgUrl.hostname, Number(pgUrl.port || 5432))
		cleanups.push(() => proxy.close())
		const [n1, n2] = [await node(proxy.via(cluster.db.url)), await node(proxy.via(cluster.db.url))]
		const boardId = await createBoard(n1.url)
		const a = client(n1.port, boardId)
		const b = client(n2.port, boardId)
		await Promise.all([whenSynced(a.provider), whenSynced(b.provider)])
		const closes: number[] = []
		for (const c of [a, b]) {
			c.provider.on('connection-close', (event) => {
				if (event) closes.push(event.code)
			})
		}
		// What each client saw of the other's writes before the cut: stored before relayed.
		let seenBeforeCut: Record<string, number> = {}
		const COUNT = 120
		const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL })
		await admin.connect()
		cleanups.push(() => admin.end())
		let terminated = 0
		await burst(a, b, COUNT, async (i) => {
			// First the database drops the nodes' connections now and then (as a restart does)…
			if (i > 0 && i < 40 && i % 10 === 0) {
				const { rowCount } = await admin.query(
					'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
					[cluster.db.name],
				)
				terminated += rowCount ?? 0
			}
			// …then it is unreachable for a while.
			if (i === 40) {
				// Let part of the burst cross before the cut.
				await whenDoc(b.doc, () => b.map.has('a20'))
				await whenDoc(a.doc, () => a.map.has('b20'))
				seenBeforeCut = { ...a.map.toJSON(), ...b.map.toJSON() }
				for (const k of Object.keys(seenBeforeCut)) {
					const mine = k.startsWith('a') ? a.map : b.map
					const theirs = k.startsWith('a') ? b.map : a.map
					if (!(mine.has(k) && theirs.has(k))) delete seenBeforeCut[k]
				}
				proxy.cut()
			}
			if (i === 80) {
				await until(async () => closes.includes(CloseCode.storageUnavailable))
				proxy.restore()
			}
		})
		expect(Object.keys(seenBeforeCut).length).toBeGreaterThan(0)
		expect(terminated).toBeGreaterThan(0)
		await whenDoc(a.doc, () => a.map.size === 2 * COUNT, 40_000)
		await whenDoc(b.doc, () => b.map.size === 2 * COUNT, 40_000)
		expect(a.map.toJSON()).toEqual(b.map.toJSON())
		await until(async () => (await stored(n1, boardId)).size === 2 * COUNT, 30_000)
		const final = (await stored(n1, boardId)).toJSON()
		for (const [k, v] of Object.entries(seenBeforeCut)) expect(final[k]).toBe(v)
	}, 90_000)

	it('PostgreSQL unreachable: sockets are closed with 4507 and REST answers 503, nothing is lost, and it recovers', async () => {
		const pg = new URL(TEST_POSTGRES_URL)
		const proxy = await startProxy(pg.hostname, Number(pg.port || 5432))
		cleanups.push(() => proxy.close())
		const server = await node(proxy.via(cluster.db.url))
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
