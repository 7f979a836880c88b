import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import JSZip from 'jszip'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { buildServer } from '../../scripts/buildServer.mjs'
import { SqliteStorage } from '../storage/SqliteStorage'
import { type ChildServer, startChildServer } from './childServer'
import { createTestDatabase, postgresAvailable, startProxy, TEST_POSTGRES_URL } from './services'
import {
	apiFetch,
	boardToken,
	connectClient,
	createBoard,
	syncUrl,
	tempDataDir,
	whenDoc,
	whenSynced,
} from './testServer'

/**
 * What `npm start` runs: the server built by scripts/buildServer.mjs (`node dist/server/main.js`),
 * its worker threads from the build, and its shutdown — flush, compact, close, exit — with
 * SHUTDOWN_TIMEOUT_MS as the deadline.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
// Inside the project (dist/), like the real build: node_modules and the project folder are found above it.
const buildDir = path.join(root, 'dist', `test-${process.pid}-${crypto.randomBytes(3).toString('hex')}`)
const mainJs = path.join(buildDir, 'server', 'main.js')

beforeAll(async () => {
	await buildServer({ root, outDir: path.join(buildDir, 'server') })
}, 60_000)
afterAll(() => fs.rmSync(buildDir, { recursive: true, force: true }))

const cleanups: (() => unknown)[] = []
afterEach(async () => {
	for (const c of cleanups.splice(0).reverse()) await c()
})

async function start(env: Record<string, string> = {}, dataDir = tempDataDir()): Promise<ChildServer> {
	const server = await startChildServer(dataDir, { LOG_LEVEL: 'info', ...env }, mainJs)
	cleanups.push(() => {
		if (server.process.exitCode === null) server.process.kill('SIGKILL')
		return server.exited
	})
	if (!env.DATA_DIR) cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }))
	return server
}

/** A client that writes `key` and resolves once a second client has received it from the server. */
async function editSeenByAnother(server: ChildServer, boardId: string, key: string): Promise<void> {
	const a = new Y.Doc()
	const b = new Y.Doc()
	const pa = connectClient(server.port, boardId, a)
	const pb = connectClient(server.port, boardId, b)
	cleanups.push(
		() => pa.destroy(),
		() => pb.destroy(),
	)
	await Promise.all([whenSynced(pa), whenSynced(pb)])
	a.getMap<string>('shutdown').set(key, 'stored')
	await whenDoc(b, () => b.getMap<string>('shutdown').get(key) === 'stored')
}

/** The board's main document as stored in SQLite in `dataDir`, opened after the server is gone. */
async function storedDoc(dataDir: string, boardId: string): Promise<Y.Doc> {
	const storage = new SqliteStorage(dataDir)
	try {
		const stored = await storage.loadDoc(boardId)
		const doc = new Y.Doc()
		if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot)
		for (const u of stored.updates) Y.applyUpdate(doc, u)
		return doc
	} finally {
		await storage.close()
	}
}

/** A socket that completes the sync handshake and then never reads or answers anything. */
async function silentSocket(port: number, boardId: string): Promise<net.Socket> {
	const url = new URL(syncUrl(port, boardId, boardToken(boardId)))
	const socket = net.connect(port, '127.0.0.1')
	cleanups.push(() => socket.destroy())
	await new Promise<void>((resolve, reject) => {
		socket.once('error', reject)
		socket.once('connect', () => {
			socket.write(
				`GET ${url.pathname}${url.search} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
					`Sec-WebSocket-Key: ${crypto.randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
			)
			socket.once('data', (d: Buffer) => {
				if (!d.toString().startsWith('HTTP/1.1 101')) reject(new Error(`handshake refused: ${d.toString()}`))
				else resolve()
			})
		})
	})
	// From now on it reads nothing, so it never sees (or answers) the server's close frame.
	socket.pause()
	return socket
}

/** Sends SIGTERM; resolves with the exit code and how long the exit took. */
async function terminate(server: ChildServer): Promise<{ code: number | null; ms: number }> {
	const started = performance.now()
	server.process.kill('SIGTERM')
	const code = await server.exited
	return { code, ms: performance.now() - started }
}

// Each test starts a server process and stops it: seconds each on a busy machine.
describe('the compiled server (dist/server/main.js)', { timeout: 60_000 }, () => {
	it('builds Word files in its worker thread from the build', async () => {
		expect(fs.existsSync(path.join(buildDir, 'server', 'docxWorker.js'))).toBe(true)
		expect(fs.existsSync(path.join(buildDir, 'server', 'importWorker.js'))).toBe(true)
		const server = await start()
		const boardId = await createBoard(server.url)
		const res = await apiFetch(`${server.url}/api/boards/${boardId}/export?format=docx`, {
			headers: { authorization: `Bearer ${boardToken(boardId)}` },
		})
		expect(res.status).toBe(200)
		const zip = await JSZip.loadAsync(await res.arrayBuffer())
		expect(zip.file('word/document.xml')).not.toBeNull()
		// A worker that cannot start is logged once and the file is built in-process: not here.
		expect(server.output()).not.toMatch(/worker/i)
		expect((await terminate(server)).code).toBe(0)
	})

	it('stores an edit and exits 0 on SIGTERM, well within SHUTDOWN_TIMEOUT_MS', async () => {
		const dataDir = tempDataDir()
		cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }))
		const server = await start({ SHUTDOWN_TIMEOUT_MS: '10000' }, dataDir)
		const boardId = await createBoard(server.url)
		await editSeenByAnother(server, boardId, 'beforeSigterm')

		const { code, ms } = await terminate(server)
		expect(code).toBe(0)
		expect(ms).toBeLessThan(10_000)
		expect(server.output()).toMatch(/shut down cleanly/)
		expect((await storedDoc(dataDir, boardId)).getMap('shutdown').get('beforeSigterm')).toBe('stored')
	})

	it('does not wait for a socket that never answers the close: drops it, stores everything, exits 0', async () => {
		const dataDir = tempDataDir()
		cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }))
		const server = await start({}, dataDir)
		const boardId = await createBoard(server.url)
		await silentSocket(server.port, boardId)
		await editSeenByAnother(server, boardId, 'withSilentSocket')

		const { code, ms } = await terminate(server)
		expect(code).toBe(0)
		// ws alone would wait 30 s for the closing handshake; the server gives it 2 s.
		expect(ms).toBeLessThan(8000)
		expect(server.output()).toMatch(/dropped sync sockets that did not answer the close/)
		expect((await storedDoc(dataDir, boardId)).getMap('shutdown').get('withSilentSocket')).toBe('stored')
	})

	it('exits anyway at SHUTDOWN_TIMEOUT_MS when its database hangs, naming the step that hung', async (ctx) => {
		if (!(await postgresAvailable())) return ctx.skip()
		const db = await createTestDatabase()
		cleanups.push(() => db.drop())
		const pgUrl = new URL(TEST_POSTGRES_URL)
		const proxy = await startProxy(pgUrl.hostname, Number(pgUrl.port || 5432))
		cleanups.push(() => proxy.close())
		const server = await start({ DATABASE_URL: proxy.via(db.url), SHUTDOWN_TIMEOUT_MS: '1500' })
		const boardId = await createBoard(server.url)
		await editSeenByAnother(server, boardId, 'beforeHang')

		// PostgreSQL stops answering (nothing is closed): whatever the shutdown asks of it never returns.
		proxy.freeze()
		const { code, ms } = await terminate(server)
		expect(code).toBe(1)
		expect(ms).toBeGreaterThanOrEqual(1400)
		expect(ms).toBeLessThan(6000)
		expect(server.output()).toMatch(
			/shutdown did not finish within SHUTDOWN_TIMEOUT_MS \(1500 ms\): still (flushing|closing storage)[^"]*; exiting anyway/,
		)
	})
})
