import { Writable } from 'node:stream'
import pino from 'pino'
import { afterEach, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import * as Y from 'yjs'
import { CloseCode } from '../../shared/protocol'
import type { RunningServer } from '../createServer'
import { REDACTED } from '../logging/redactUrl'
import { clusterHarness } from './clusterHarness'
import { postgresAvailable, redisServerAvailable } from './services'
import {
	bearer,
	connectClient,
	createBoardWithToken,
	createLink,
	startTestServer,
	syncUrl,
	TEST_ADMIN_TOKEN,
	until,
	whenClosed,
	whenDoc,
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

function client(s: RunningServer, boardId: string, token: string) {
	const doc = new Y.Doc()
	const provider = connectClient(s.port, boardId, doc, token)
	cleanups.push(() => provider.destroy())
	return { doc, provider }
}

/** The value of one sample of a Prometheus text exposition (`name` with exactly `labels`), or undefined. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
	const wanted = Object.entries(labels)
		.map(([k, v]) => `${k}="${v}"`)
		.sort()
		.join(',')
	for (const line of text.split('\n')) {
		const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{([^}]*)\})? (\S+)$/.exec(line)
		if (!m || m[1] !== name) continue
		const got = (m[2] ?? '').split(',').filter(Boolean).sort().join(',')
		if (got === wanted) return Number(m[3])
	}
	return undefined
}

async function scrape(s: RunningServer): Promise<string> {
	const res = await fetch(`${s.url}/metrics`, { headers: bearer(TEST_ADMIN_TOKEN) })
	expect(res.status).toBe(200)
	expect(res.headers.get('content-type')).toContain('text/plain')
	return res.text()
}

describe('GET /metrics', () => {
	it('needs the admin token on the main port: 401 with a JSON error without it or with another token', async () => {
		const s = await server()
		const { token } = await createBoardWithToken(s.url)
		for (const headers of [{}, bearer('not-the-admin-token'), bearer(token), { authorization: 'Basic abc' }]) {
			const res = await fetch(`${s.url}/metrics`, { headers })
			expect(res.status).toBe(401)
			const body = (await res.json()) as { error: { code: string; message: string } }
			expect(body.error.code).toBe('unauthorized')
			expect(body.error.message).toMatch(/admin token/)
		}
		// The token in the query is not accepted: it would end up in proxies' logs.
		expect((await fetch(`${s.url}/metrics?t=${TEST_ADMIN_TOKEN}`)).status).toBe(401)
		const text = await scrape(s)
		for (const name of [
			'niudai_sync_sockets',
			'niudai_rooms_loaded',
			'niudai_sync_updates_received_total',
			'niudai_sync_updates_sent_total',
			'niudai_sync_received_bytes_total',
			'niudai_sync_sent_bytes_total',
			'niudai_store_commit_seconds',
			'niudai_update_fanout_seconds',
			'niudai_sync_closes_total',
			'niudai_export_seconds',
			'niudai_storage_errors_total',
			'nodejs_eventloop_lag_seconds',
			'process_resident_memory_bytes',
		]) {
			expect(text, name).toContain(`# TYPE ${name} `)
		}
		expect(sample(text, 'niudai_sync_sockets')).toBe(0)
	})

	it('moves when y-websocket clients connect and edit: sockets, rooms, updates, bytes, commit and fan-out times', async () => {
		const s = await server()
		const { id, token } = await createBoardWithToken(s.url)
		const before = await scrape(s)
		expect(sample(before, 'niudai_store_commit_seconds_count')).toBe(0)

		const a = client(s, id, token)
		await whenSynced(a.provider)
		let text = await scrape(s)
		expect(sample(text, 'niudai_sync_sockets')).toBe(1)
		expect(sample(text, 'niudai_rooms_loaded')).toBe(1)

		const b = client(s, id, token)
		await whenSynced(b.provider)
		for (let i = 0; i < 5; i++) a.doc.getMap('test').set(`k${i}`, `值 ${i}`)
		await whenDoc(b.doc, () => b.doc.getMap('test').size === 5)
		text = await scrape(s)
		expect(sample(text, 'niudai_sync_sockets')).toBe(2)
		expect(sample(text, 'niudai_sync_updates_received_total')).toBeGreaterThan(0)
		expect(sample(text, 'niudai_sync_updates_sent_total')).toBeGreaterThan(0)
		expect(sample(text, 'niudai_sync_received_bytes_total')).toBeGreaterThan(0)
		expect(sample(text, 'niudai_sync_sent_bytes_total')).toBeGreaterThan(0)
		expect(sample(text, 'niudai_store_commit_seconds_count')).toBeGreaterThan(0)
		expect(sample(text, 'niudai_update_fanout_seconds_count', { path: 'local' })).toBeGreaterThan(0)

		// Counters only grow, scrape after scrape.
		const received = sample(text, 'niudai_sync_updates_received_total') ?? 0
		a.doc.getMap('test').set('more', 1)
		await whenDoc(b.doc, () => b.doc.getMap('test').has('more'))
		const again = await scrape(s)
		expect(sample(again, 'niudai_sync_updates_received_total')).toBeGreaterThan(received)

		a.provider.destroy()
		b.provider.destroy()
		await until(() => s.rooms.peek(id)?.size === 0)
		expect(sample(await scrape(s), 'niudai_sync_sockets')).toBe(0)
	})

	it('counts refused frames and refused sockets by close code and name', async () => {
		const s = await server()
		const { id, token } = await createBoardWithToken(s.url)
		const ws = new WebSocket(syncUrl(s.port, id, token))
		await new Promise((resolve) => ws.once('open', resolve))
		const closed = whenClosed(ws)
		ws.send('not a binary frame')
		expect((await closed).code).toBe(CloseCode.protocolError)
		const noToken = new WebSocket(syncUrl(s.port, id))
		expect((await whenClosed(noToken)).code).toBe(CloseCode.unauthorized)
		const text = await scrape(s)
		expect(sample(text, 'niudai_sync_closes_total', { code: '4400', name: 'protocolError' })).toBe(1)
		expect(sample(text, 'niudai_sync_closes_total', { code: '4401', name: 'unauthorized' })).toBe(1)
	})

	it('counts storage errors where they were met: the room refusing a write, then a REST answer 503', async () => {
		const s = await server()
		const { id, token } = await createBoardWithToken(s.url)
		const a = client(s, id, token)
		await whenSynced(a.provider)
		const append = s.storage.appendUpdates.bind(s.storage)
		let full = true
		s.storage.appendUpdates = ((...args: Parameters<typeof append>) => {
			if (full) throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' })
			return append(...args)
		}) as typeof s.storage.appendUpdates
		a.doc.getMap('test').set('during disk full', 1)
		await until(() => s.rooms.peek(id)?.storageUnavailable === true)
		const state = await fetch(`${s.url}/api/boards/${id}/sync-state`, { headers: bearer(token) })
		expect(state.status).toBe(503)
		const text = await scrape(s)
		expect(sample(text, 'niudai_storage_errors_total', { where: 'room' })).toBe(1)
		expect(sample(text, 'niudai_storage_errors_total', { where: 'rest' })).toBe(1)
		// The official client reconnects and is refused again while storage is full.
		expect(
			sample(text, 'niudai_sync_closes_total', { code: '4507', name: 'storageUnavailable' }),
		).toBeGreaterThanOrEqual(1)
		full = false
	})

	it('times exports by format', async () => {
		const s = await server()
		const { id, token } = await createBoardWithToken(s.url)
		for (const format of ['json', 'md', 'json']) {
			const res = await fetch(`${s.url}/api/boards/${id}/export?format=${format}`, { headers: bearer(token) })
			expect(res.status).toBe(200)
		}
		const text = await scrape(s)
		expect(sample(text, 'niudai_export_seconds_count', { format: 'json' })).toBe(2)
		expect(sample(text, 'niudai_export_seconds_count', { format: 'md' })).toBe(1)
	})

	it('is served without a token on METRICS_PORT, and nothing else is', async () => {
		const s = await server({ metricsPort: 0 })
		expect(s.metricsPort).toBeGreaterThan(0)
		expect(s.metricsPort).not.toBe(s.port)
		const res = await fetch(`http://127.0.0.1:${s.metricsPort}/metrics`)
		expect(res.status).toBe(200)
		expect(await res.text()).toContain('# TYPE niudai_sync_sockets gauge')
		const other = await fetch(`http://127.0.0.1:${s.metricsPort}/api/boards`)
		expect(other.status).toBe(404)
		// The main port still wants the token.
		expect((await fetch(`${s.url}/metrics`)).status).toBe(401)
		await s.close()
		await expect(fetch(`http://127.0.0.1:${s.metricsPort}/metrics`)).rejects.toThrow()
	})

	it('keeps each server’s counts apart in one process', async () => {
		const [one, two] = [await server(), await server()]
		const { id, token } = await createBoardWithToken(one.url)
		const a = client(one, id, token)
		await whenSynced(a.provider)
		expect(sample(await scrape(one), 'niudai_sync_sockets')).toBe(1)
		expect(sample(await scrape(two), 'niudai_sync_sockets')).toBe(0)
	})
})

describe('GET /readyz', () => {
	it('is 200 while storage answers, 503 storage_unavailable when it does not; /healthz stays 200', async () => {
		const s = await server()
		const ok = await fetch(`${s.url}/readyz`)
		expect(ok.status).toBe(200)
		expect(await ok.json()).toEqual({ ready: true })
		const ping = s.storage.ping.bind(s.storage)
		s.storage.ping = () => Promise.reject(new Error('SQLITE_IOERR: disk I/O error'))
		const down = await fetch(`${s.url}/readyz`)
		expect(down.status).toBe(503)
		const body = (await down.json()) as { ready: boolean; reason: string; message: string }
		expect(body).toMatchObject({ ready: false, reason: 'storage_unavailable' })
		// Storage's own error (it may name hosts) is for the log, not for callers.
		expect(body.message).not.toContain('SQLITE_IOERR')
		expect((await fetch(`${s.url}/healthz`)).status).toBe(200)
		expect(sample(await scrape(s), 'niudai_storage_errors_total', { where: 'readyz' })).toBe(1)
		s.storage.ping = ping
		expect((await fetch(`${s.url}/readyz`)).status).toBe(200)
	})

	it('is 503 shutting_down while the server flushes its rooms at shutdown, and other requests are refused meanwhile', async () => {
		const s = await startTestServer()
		const { id, token } = await createBoardWithToken(s.url)
		const a = client(s, id, token)
		await whenSynced(a.provider)
		a.doc.getMap('test').set('before shutdown', 1)
		await until(() => s.rooms.peek(id)?.doc.getMap('test').has('before shutdown') === true)
		// The room's final compaction waits until the test lets it go.
		let release: () => void = () => {}
		const held = new Promise<void>((resolve) => {
			release = resolve
		})
		let compacting = false
		const compact = s.storage.compact.bind(s.storage)
		s.storage.compact = async (...args: Parameters<typeof compact>) => {
			compacting = true
			await held
			return compact(...args)
		}
		const closing = s.close()
		await until(() => compacting)
		const ready = await fetch(`${s.url}/readyz`)
		expect(ready.status).toBe(503)
		expect(await ready.json()).toMatchObject({ ready: false, reason: 'shutting_down' })
		const api = await fetch(`${s.url}/api/templates`)
		expect(api.status).toBe(503)
		expect(((await api.json()) as { error: { code: string } }).error.code).toBe('shutting_down')
		release()
		await closing
		await expect(fetch(`${s.url}/readyz`)).rejects.toThrow()
	})
})

describe('access log', () => {
	it('writes one line per request with method, status and duration, and no token anywhere', async () => {
		const lines: Record<string, unknown>[] = []
		const raw: string[] = []
		const sink = new Writable({
			write(chunk, _encoding, done) {
				for (const line of String(chunk).split('\n').filter(Boolean)) {
					raw.push(line)
					lines.push(JSON.parse(line) as Record<string, unknown>)
				}
				done()
			},
		})
		const logger = pino({ level: 'debug', base: undefined }, sink)
		const s = await server({ logger })
		const { id, token } = await createBoardWithToken(s.url)
		const editor = await createLink(s.url, id, { role: 'editor', label: '居民' })
		const participant = 'participant-secret-for-the-log-0001'
		const secrets = [token, editor.token, TEST_ADMIN_TOKEN, participant]

		await fetch(`${s.url}/api/boards/${id}?t=${encodeURIComponent(editor.token)}`)
		await fetch(`${s.url}/api/boards/${id}`, { headers: bearer(editor.token, { cookie: `niudai=${token}` }) })
		await fetch(`${s.url}/b/${id}?t=${editor.token}`, {
			headers: { referer: `http://localhost/b/${id}?t=${token}` },
		})
		await fetch(`${s.url}/?admin=${TEST_ADMIN_TOKEN}`)
		await fetch(`${s.url}/metrics`, { headers: bearer(TEST_ADMIN_TOKEN) })
		await fetch(`${s.url}/healthz`)
		const ws = new WebSocket(`${syncUrl(s.port, id, editor.token)}&p=${participant}`)
		await new Promise((resolve) => ws.once('open', resolve))
		ws.close()
		await until(() => lines.some((l) => l.msg === 'sync socket closed'))
		// A socket refused before the handshake (another site's page) is logged too.
		const foreign = new WebSocket(syncUrl(s.port, id, token), { headers: { origin: 'http://evil.example' } })
		await new Promise((resolve) => foreign.once('error', resolve))
		await until(() => lines.some((l) => l.msg === 'sync upgrade refused'))
		await until(() => lines.some((l) => String(l.msg).startsWith('GET /healthz')))

		for (const line of raw) for (const secret of secrets) expect(line).not.toContain(secret)
		type LoggedRequest = { method: string; url: string; headers: Record<string, string> }
		const requests = lines
			.filter((l) => typeof l.responseTime === 'number')
			.map((l) => ({ level: l.level, req: l.req as LoggedRequest, res: l.res as { statusCode: number } | undefined }))
		const byUrl = (url: string) => requests.find((l) => l.req.url === url)
		expect(byUrl(`/api/boards/${id}?t=${REDACTED}`)).toMatchObject({
			level: 30,
			req: { method: 'GET' },
			res: { statusCode: 200 },
		})
		expect(byUrl(`/b/${id}?t=${REDACTED}`)?.req.headers.referer).toBe(`http://localhost/b/${id}?t=${REDACTED}`)
		expect(byUrl(`/?admin=${REDACTED}`)).toBeDefined()
		expect(byUrl(`/sync/${id}?t=${REDACTED}&p=${REDACTED}`)).toBeDefined()
		expect(lines.find((l) => l.msg === 'sync upgrade refused')).toMatchObject({
			statusCode: 403,
			req: { url: `/sync/${id}?t=${REDACTED}` },
		})
		const withCookie = requests.find((l) => l.req.headers.cookie !== undefined)
		expect(withCookie?.req.headers).toMatchObject({ authorization: `Bearer ${REDACTED}`, cookie: REDACTED })
		// Probes and scrapes only at debug.
		expect(byUrl('/healthz')?.level).toBe(20)
		expect(byUrl('/metrics')?.level).toBe(20)
	})
})

const clusterAvailable = (await postgresAvailable()) && redisServerAvailable()

describe.skipIf(!clusterAvailable)('metrics of two nodes sharing a board through Redis', () => {
	const cluster = clusterHarness()

	it('times the fan-out from publication on one node to relay on the other, and commits on PostgreSQL', async () => {
		const a = await cluster.node()
		const b = await cluster.node()
		const { id, token } = await createBoardWithToken(a.url)
		const onA = client(a, id, token)
		const onB = client(b, id, token)
		await Promise.all([whenSynced(onA.provider), whenSynced(onB.provider)])
		onA.doc.getMap('test').set('across', '节点')
		await whenDoc(onB.doc, () => onB.doc.getMap('test').get('across') === '节点')
		expect(sample(await scrape(a), 'niudai_store_commit_seconds_count')).toBeGreaterThan(0)
		// Observed as B relays it, before B's client can have it.
		expect(sample(await scrape(b), 'niudai_update_fanout_seconds_count', { path: 'cluster' })).toBeGreaterThan(0)
	})
})
