/**
 * Cluster benchmark: one writer on node 1, observers spread over N nodes sharing one
 * PostgreSQL database and one Redis; p50/p95/p99 propagation latency next to the same load
 * on a single node (all observers on node 1) in the same run; then the time until every
 * observer has an update written while Redis was down (boards converge through the
 * database), and after Redis returns; then the last node is killed (SIGKILL) and its
 * observers (up to 50) are sent to another node, as a load balancer would: the time until
 * they have an update written meanwhile, and whether what they had seen before is kept.
 *
 * Needs PostgreSQL (TEST_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/postgres;
 * a database niudai_test_<random> is created and dropped) and `redis-server` (started on
 * a free port). Observers run in this process, so latency is an upper bound with many.
 *
 * Run: npm run bench:cluster -- --nodes 3 --observers 500 [--updates 100] [--interval 20]
 */
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { createTestDatabase, startTestRedis } from '../server/test/services'
import { connectClient, createBoard, whenSynced } from '../server/test/testServer'
import { spawnServer, stopServer } from './spawnServer'

const { values } = parseArgs({
	options: {
		nodes: { type: 'string', default: '3' },
		observers: { type: 'string', default: '500' },
		updates: { type: 'string', default: '100' },
		interval: { type: 'string', default: '20' },
	},
})
const NODES = Number(values.nodes)
const OBSERVERS = Number(values.observers)
const UPDATES = Number(values.updates)
const INTERVAL_MS = Number(values.interval)
process.setMaxListeners(OBSERVERS * 2 + 20)

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const pct = (sorted: number[], p: number) =>
	sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

interface Observer {
	doc: Y.Doc
	provider: WebsocketProvider
}

/** Sends UPDATES small updates from `writer`; resolves with every observer's receive − send latencies. */
async function measure(writer: Observer, observers: Observer[], tag: string): Promise<number[]> {
	const latencies: number[] = []
	const sent = new Map<string, number>()
	const handlers = observers.map((o) => {
		const map = o.doc.getMap<number>(tag)
		const onChange = (e: Y.YMapEvent<number>) => {
			const now = performance.now()
			for (const key of e.keysChanged) {
				const t = sent.get(key)
				if (t !== undefined) latencies.push(now - t)
			}
		}
		map.observe(onChange)
		return () => map.unobserve(onChange)
	})
	const wmap = writer.doc.getMap<number>(tag)
	for (let i = 0; i < UPDATES; i++) {
		const key = `k${i}`
		sent.set(key, performance.now())
		wmap.set(key, i)
		await sleep(INTERVAL_MS)
	}
	const expected = UPDATES * observers.length
	const until = Date.now() + 60_000
	while (latencies.length < expected && Date.now() < until) await sleep(50)
	for (const off of handlers) off()
	if (latencies.length < expected) console.warn(`${tag}: only ${latencies.length} of ${expected} arrivals`)
	return latencies.sort((a, b) => a - b)
}

async function main(): Promise<void> {
	const db = await createTestDatabase()
	const redis = await startTestRedis()
	const children: ChildProcess[] = []
	const log: string[] = []
	const clients: WebsocketProvider[] = []
	try {
		const ports: number[] = []
		for (let i = 0; i < NODES; i++) {
			const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'niudai-bench-cluster-'))
			const s = spawnServer(root, dataDir, log, { DATABASE_URL: db.url, REDIS_URL: redis.url })
			children.push(s.child)
			ports.push(await s.port)
		}
		const connect = async (port: number, boardId: string): Promise<Observer> => {
			const doc = new Y.Doc()
			const provider = connectClient(port, boardId, doc)
			clients.push(provider)
			await whenSynced(provider)
			return { doc, provider }
		}
		const run = async (spread: boolean, tag: string) => {
			const boardId = await createBoard(`http://127.0.0.1:${ports[0]}`, `bench ${tag}`)
			const writer = await connect(ports[0], boardId)
			const observers: Observer[] = []
			for (let i = 0; i < OBSERVERS; i++) observers.push(await connect(ports[spread ? i % NODES : 0], boardId))
			const lat = await measure(writer, observers, tag)
			for (const o of [writer, ...observers]) o.provider.destroy()
			return { boardId, lat }
		}
		const single = await run(false, 'single')
		const cross = await run(true, 'cluster')
		const fmt = (l: number[]) =>
			`p50 ${pct(l, 50).toFixed(1)} ms, p95 ${pct(l, 95).toFixed(1)} ms, p99 ${pct(l, 99).toFixed(1)} ms (${l.length} arrivals)`
		console.log(
			`Niudai cluster benchmark: ${NODES} nodes, ${OBSERVERS} observers, ${UPDATES} updates every ${INTERVAL_MS} ms`,
		)
		console.log(`  single node (all on node 1)  ${fmt(single.lat)}`)
		console.log(`  spread over ${NODES} nodes          ${fmt(cross.lat)}`)
		console.log(`  cross-node p99 / single p99  ${(pct(cross.lat, 99) / pct(single.lat, 99)).toFixed(2)}×`)

		// Redis down: an update written on node 1 reaches observers on the other nodes through the database.
		const boardId = await createBoard(`http://127.0.0.1:${ports[0]}`, 'bench redis')
		const writer = await connect(ports[0], boardId)
		const others: Observer[] = []
		for (let i = 1; i < NODES; i++) others.push(await connect(ports[i], boardId))
		await redis.stop()
		const t0 = performance.now()
		writer.doc.getMap('r').set('down', 1)
		while (!others.every((o) => o.doc.getMap('r').get('down') === 1)) await sleep(10)
		const down = performance.now() - t0
		await redis.start()
		await sleep(1500)
		const t1 = performance.now()
		writer.doc.getMap('r').set('back', 1)
		while (!others.every((o) => o.doc.getMap('r').get('back') === 1)) await sleep(5)
		const back = performance.now() - t1
		console.log(`  Redis down: update on every node after ${down.toFixed(0)} ms (database polling)`)
		console.log(`  Redis back: update on every node after ${back.toFixed(1)} ms`)

		// A node killed (SIGKILL): its observers reconnect to another node (as a load balancer
		// would send them) and get what was written meanwhile; what they had seen is still there.
		let killed: { observers: number; convergeMs: number; lost: number } | null = null
		if (NODES >= 2) {
			const victim = NODES - 1
			const board = await createBoard(`http://127.0.0.1:${ports[0]}`, 'bench kill')
			const w = await connect(ports[0], board)
			const orphans: Observer[] = []
			for (let i = 0; i < Math.min(OBSERVERS, 50); i++) orphans.push(await connect(ports[victim], board))
			w.doc.getMap('k').set('seen', 1)
			while (!orphans.every((o) => o.doc.getMap('k').get('seen') === 1)) await sleep(5)
			children[victim]?.kill('SIGKILL')
			const t2 = performance.now()
			for (const o of orphans) o.provider.serverUrl = `ws://127.0.0.1:${ports[victim === 1 ? 0 : 1]}/sync`
			w.doc.getMap('k').set('after', 1)
			const until = Date.now() + 60_000
			while (!orphans.every((o) => o.doc.getMap('k').get('after') === 1) && Date.now() < until) await sleep(10)
			const convergeMs = performance.now() - t2
			// What every observer had seen before the kill, read back from a fresh client on a surviving node.
			const check = await connect(ports[0], board)
			const lost = check.doc.getMap('k').get('seen') === 1 ? 0 : 1
			killed = { observers: orphans.length, convergeMs, lost }
			console.log(
				`  node ${victim + 1} killed: its ${orphans.length} observers on another node with the new update after ${convergeMs.toFixed(0)} ms; seen updates lost: ${lost}`,
			)
		}
		console.log(
			`RESULT ${JSON.stringify({
				nodes: NODES,
				observers: OBSERVERS,
				single: { p50: pct(single.lat, 50), p95: pct(single.lat, 95), p99: pct(single.lat, 99) },
				cluster: { p50: pct(cross.lat, 50), p95: pct(cross.lat, 95), p99: pct(cross.lat, 99) },
				redisDownMs: down,
				redisBackMs: back,
				nodeKill: killed,
			})}`,
		)
	} finally {
		for (const c of clients) c.destroy()
		for (const c of children) await stopServer(c)
		await redis.stop()
		await db.drop()
		if (log.length > 0) console.log(`server warnings: ${log.slice(0, 5).join(' | ')}`)
	}
}

main().then(
	() => process.exit(0),
	(err) => {
		console.error(err)
		process.exit(1)
	},
)
