/**
 * Sync fan-out benchmark: how fast does one client's edit reach N-1 other clients, and
 * how much memory does the server use for N connections?
 *
 * The real server runs in a child process (`node --import tsx server/main.ts`, PORT=0,
 * a temporary DATA_DIR), so its RSS is measured on its own via /proc/<pid>/status. The N
 * official y-websocket clients run in this process. One writer sends M small updates
 * (a key of a Y.Map set to [sequence number, send time]) spaced by an interval; every
 * other client records receive time − send time (same process, same clock).
 *
 * Note: the latency includes the time a receiver waits for this process's event loop,
 * which also runs every other client, so with many clients it is an upper bound. The
 * "first arrival" figures (earliest reader per update) show the server path on its own:
 * a spike there is the server (or the disk: updates are fsynced before they are relayed).
 *
 * Run: npx tsx bench/sync.ts [N=100] [--updates M=200] [--interval ms=20] [--timeout s]
 *  or: npm run bench:sync -- 100
 */
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import * as Y from 'yjs'
import { connectClient, createBoard, whenSynced } from '../server/test/testServer'
import { procMemory, spawnServer, stopServer } from './spawnServer'

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		updates: { type: 'string', default: '200' },
		interval: { type: 'string', default: '20' },
		timeout: { type: 'string' },
	},
})
const N = Number(positionals[0] ?? 100)
const M = Number(values.updates)
const INTERVAL_MS = Number(values.interval)
const TIMEOUT_S = Number(values.timeout ?? 120 + Math.ceil((M * INTERVAL_MS) / 1000))
if (!Number.isInteger(N) || N < 2) throw new Error('N (clients) must be an integer >= 2')
if (!Number.isInteger(M) || M < 1) throw new Error('--updates must be an integer >= 1')
if (!(INTERVAL_MS >= 0)) throw new Error('--interval must be >= 0')

// Every WebsocketProvider adds a process 'exit' listener.
process.setMaxListeners(N + 10)

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'niudai-bench-sync-'))
let server: ChildProcess | null = null
const serverLog: string[] = []

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10
const round = (ms: number) => Math.round(ms * 100) / 100

// Nothing may hang: give up after the overall timeout.
const watchdog = setTimeout(() => {
	console.error(`ERROR: benchmark did not finish within ${TIMEOUT_S} s`)
	server?.kill('SIGKILL')
	process.exit(1)
}, TIMEOUT_S * 1000)

/** Starts `server/main.ts` in a child process and resolves with its port. */
function startServer(): Promise<number> {
	const started = spawnServer(root, dataDir, serverLog)
	server = started.child
	return started.port
}

function percentile(sorted: number[], p: number): number {
	if (sorted.length === 0) return Number.NaN
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

async function main(): Promise<void> {
	const wallStart = performance.now()
	const port = await startServer()
	const pid = server?.pid as number
	const boardId = await createBoard(`http://127.0.0.1:${port}`, 'Sync benchmark')
	await sleep(200) // let the server settle after start-up
	const serverIdle = procMemory(pid)
	const benchBefore = process.memoryUsage()

	// Connect N clients and wait until every one has synced.
	const connectStart = performance.now()
	const clients = Array.from({ length: N }, () => {
		const doc = new Y.Doc()
		return { doc, provider: connectClient(port, boardId, doc) }
	})
	await Promise.all(clients.map((c) => whenSynced(c.provider)))
	const connectMs = performance.now() - connectStart
	await sleep(500) // awareness announcements fan out after the sync
	const serverConnected = procMemory(pid)

	// Every client but the writer records the latency of each update it receives.
	const latencies: number[] = []
	// Per update, the earliest arrival at any reader: the server path without the fan-out.
	const firstArrival = new Array<number>(M).fill(Number.POSITIVE_INFINITY)
	let received = 0
	const [writer, ...readers] = clients
	let allReceived: () => void = () => {}
	const done = new Promise<void>((resolve) => {
		allReceived = resolve
	})
	for (const { doc } of readers) {
		const map = doc.getMap<[number, number]>('bench')
		map.observe(() => {
			const now = performance.now()
			const [seq, sentAt] = map.get('tick') as [number, number]
			latencies.push(now - sentAt)
			firstArrival[seq] = Math.min(firstArrival[seq], now - sentAt)
			if (++received === readers.length * M) allReceived()
		})
	}

	// The writer sends M updates, one per interval (drift-compensated).
	const writerMap = writer.doc.getMap<[number, number]>('bench')
	const sendStart = performance.now()
	for (let seq = 0; seq < M; seq++) {
		const due = sendStart + seq * INTERVAL_MS
		const wait = due - performance.now()
		if (wait > 0) await sleep(wait)
		writerMap.set('tick', [seq, performance.now()])
	}
	const sendMs = performance.now() - sendStart
	await Promise.race([done, sleep(10_000)])
	const runMs = performance.now() - sendStart
	await sleep(500)
	const serverAfter = procMemory(pid)
	const benchAfter = process.memoryUsage()

	// Tear down: clients first, then the server (SIGTERM: flush and close storage).
	for (const { doc, provider } of clients) {
		provider.destroy()
		provider.awareness.destroy()
		doc.destroy()
	}
	await stopServer(server)
	fs.rmSync(dataDir, { recursive: true, force: true })
	const wallMs = performance.now() - wallStart

	const sorted = [...latencies].sort((a, b) => a - b)
	const firstSorted = firstArrival.filter(Number.isFinite).sort((a, b) => a - b)
	const result = {
		clients: N,
		updates: M,
		intervalMs: INTERVAL_MS,
		samples: latencies.length,
		expectedSamples: readers.length * M,
		latencyMs: {
			p50: round(percentile(sorted, 50)),
			p95: round(percentile(sorted, 95)),
			p99: round(percentile(sorted, 99)),
			max: round(sorted[sorted.length - 1] ?? Number.NaN),
			mean: round(sorted.reduce((s, x) => s + x, 0) / sorted.length),
		},
		firstArrivalMs: {
			p50: round(percentile(firstSorted, 50)),
			p95: round(percentile(firstSorted, 95)),
			p99: round(percentile(firstSorted, 99)),
			max: round(firstSorted[firstSorted.length - 1] ?? Number.NaN),
		},
		connectAndSyncMs: Math.round(connectMs),
		sendMs: Math.round(sendMs),
		sendAndDeliverMs: Math.round(runMs),
		serverRssMB: { idle: mb(serverIdle.rss), connected: mb(serverConnected.rss), after: mb(serverAfter.rss) },
		serverPeakRssMB: mb(serverAfter.hwm),
		benchProcess: {
			rssMB: { before: mb(benchBefore.rss), after: mb(benchAfter.rss) },
			heapUsedMB: { before: mb(benchBefore.heapUsed), after: mb(benchAfter.heapUsed) },
		},
		serverLogLines: serverLog.length,
		wallMs: Math.round(wallMs),
	}

	const rows: [string, string][] = [
		['clients (N)', String(N)],
		['updates (M) / interval', `${M} / ${INTERVAL_MS} ms`],
		['latency samples', `${result.samples} of ${result.expectedSamples}`],
		['latency p50', `${result.latencyMs.p50} ms`],
		['latency p95', `${result.latencyMs.p95} ms`],
		['latency p99', `${result.latencyMs.p99} ms`],
		['latency max', `${result.latencyMs.max} ms`],
		['latency mean', `${result.latencyMs.mean} ms`],
		[
			'first arrival per update p50/p95/p99/max',
			`${result.firstArrivalMs.p50} / ${result.firstArrivalMs.p95} / ${result.firstArrivalMs.p99} / ${result.firstArrivalMs.max} ms`,
		],
		['connect + sync all clients', `${result.connectAndSyncMs} ms`],
		['send M updates / until all delivered', `${result.sendMs} ms / ${result.sendAndDeliverMs} ms`],
		['server RSS idle (board created)', `${result.serverRssMB.idle} MB`],
		['server RSS with N clients', `${result.serverRssMB.connected} MB`],
		['server RSS after the run', `${result.serverRssMB.after} MB`],
		['server peak RSS (VmHWM)', `${result.serverPeakRssMB} MB`],
		['bench process RSS before / after', `${result.benchProcess.rssMB.before} / ${result.benchProcess.rssMB.after} MB`],
		[
			'bench process heapUsed before / after',
			`${result.benchProcess.heapUsedMB.before} / ${result.benchProcess.heapUsedMB.after} MB`,
		],
		['server warning/error log lines', String(result.serverLogLines)],
		['total wall time', `${(result.wallMs / 1000).toFixed(1)} s`],
	]
	const width = Math.max(...rows.map(([k]) => k.length))
	console.log('Niudai sync benchmark (server in a child process)')
	for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`)
	for (const line of serverLog.slice(0, 10)) console.log(`  [server] ${line}`)
	console.log(`RESULT ${JSON.stringify(result)}`)

	clearTimeout(watchdog)
	if (result.samples < result.expectedSamples) {
		console.error(`ERROR: ${result.expectedSamples - result.samples} updates were never delivered`)
		process.exit(1)
	}
	process.exit(0)
}

main().catch((err) => {
	console.error('ERROR:', err instanceof Error ? err.message : err)
	server?.kill('SIGKILL')
	fs.rmSync(dataDir, { recursive: true, force: true })
	process.exit(1)
})
