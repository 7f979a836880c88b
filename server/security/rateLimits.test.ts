import http from 'node:http'
import type { AddressInfo } from 'node:net'
import express, { type Request } from 'express'
import { afterEach, describe, expect, it } from 'vitest'
import { ConnectionGate, clientKey, creationRateLimiter, isCreationRequest, restRateLimiter } from './rateLimits'

const servers: http.Server[] = []
afterEach(async () => {
	for (const s of servers.splice(0)) await new Promise((resolve) => s.close(resolve))
})

async function serve(app: express.Express): Promise<string> {
	const s = http.createServer(app)
	servers.push(s)
	await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve))
	return `http://127.0.0.1:${(s.address() as AddressInfo).port}`
}

function appWith(...handlers: express.RequestHandler[]): express.Express {
	const app = express()
	app.set('trust proxy', 'loopback')
	for (const h of handlers) app.use('/api', h)
	app.post('/api/boards', (_req, res) => {
		res.status(201).json({ ok: true })
	})
	app.post('/api/boards/:id/import', (_req, res) => {
		res.json({ ok: true })
	})
	app.all('/api/*rest', (_req, res) => {
		res.json({ ok: true })
	})
	return app
}

describe('restRateLimiter', () => {
	it('answers 429 with Retry-After and a JSON error once an address is over its limit', async () => {
		const base = await serve(appWith(restRateLimiter({ limit: 5, windowMs: 60_000 })))
		for (let i = 0; i < 5; i++) expect((await fetch(`${base}/api/boards/x`)).status).toBe(200)
		const res = await fetch(`${base}/api/boards/x`)
		expect(res.status).toBe(429)
		expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
		expect(Number(res.headers.get('retry-after'))).toBeLessThanOrEqual(60)
		expect(res.headers.get('content-type')).toMatch(/application\/json/)
		const body = (await res.json()) as { error: { code: string; message: string } }
		expect(body.error.code).toBe('rate_limited')
		expect(body.error.message).toMatch(/Too many requests/)
	})

	it('counts each address apart (behind a trusted proxy, by X-Forwarded-For)', async () => {
		const base = await serve(appWith(restRateLimiter({ limit: 2, windowMs: 60_000 })))
		const from = (ip: string) => fetch(`${base}/api/templates`, { headers: { 'x-forwarded-for': ip } })
		expect((await from('10.0.0.1')).status).toBe(200)
		expect((await from('10.0.0.1')).status).toBe(200)
		expect((await from('10.0.0.1')).status).toBe(429)
		expect((await from('10.0.0.2')).status).toBe(200)
	})

	it('has a generous default (600 a minute)', async () => {
		const base = await serve(appWith(restRateLimiter()))
		const res = await fetch(`${base}/api/templates`)
		expect(res.status).toBe(200)
		expect(res.headers.get('ratelimit-policy')).toBe('600;w=60')
	})
})

describe('creationRateLimiter', () => {
	it('limits board creation and imports only', async () => {
		const base = await serve(appWith(creationRateLimiter({ limit: 3 })))
		const create = () =>
			fetch(`${base}/api/boards`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
		for (let i = 0; i < 2; i++) expect((await create()).status).toBe(201)
		expect((await fetch(`${base}/api/boards/abcdefghijk/import`, { method: 'POST' })).status).toBe(200)
		const refused = await create()
		expect(refused.status).toBe(429)
		expect(refused.headers.get('retry-after')).not.toBeNull()
		expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('rate_limited')
		expect((await fetch(`${base}/api/boards/import`, { method: 'POST' })).status).toBe(429)
		// Reads and other writes are not counted by this limiter.
		for (let i = 0; i < 5; i++) expect((await fetch(`${base}/api/boards`)).status).toBe(200)
		expect((await fetch(`${base}/api/boards/abcdefghijk`, { method: 'PATCH' })).status).toBe(200)
	})

	it('isCreationRequest matches by the original URL wherever the limiter is mounted', () => {
		const req = (method: string, originalUrl: string) => ({ method, originalUrl }) as Request
		expect(isCreationRequest(req('POST', '/api/boards'))).toBe(true)
		expect(isCreationRequest(req('POST', '/api/boards/'))).toBe(true)
		expect(isCreationRequest(req('POST', '/api/boards?x=1'))).toBe(true)
		expect(isCreationRequest(req('POST', '/api/boards/import?title=a'))).toBe(true)
		expect(isCreationRequest(req('POST', '/api/boards/abcdefghijk/import?list=needs'))).toBe(true)
		expect(isCreationRequest(req('GET', '/api/boards'))).toBe(false)
		expect(isCreationRequest(req('POST', '/api/boards/abcdefghijk/links'))).toBe(false)
		expect(isCreationRequest(req('POST', '/api/boards/abcdefghijk/assets'))).toBe(false)
		expect(isCreationRequest(req('POST', '/api/boards/abcdefghijk/restore'))).toBe(false)
	})
})

describe('clientKey', () => {
	it('groups IPv6 addresses by /56 and unwraps IPv4-mapped ones', () => {
		expect(clientKey('192.168.1.9')).toBe('192.168.1.9')
		expect(clientKey('::ffff:192.168.1.9')).toBe('192.168.1.9')
		expect(clientKey('2001:db8:1:2:3:4:5:6')).toBe(clientKey('2001:db8:1:ff:ffff::1'))
		expect(clientKey('2001:db8:1:2:3:4:5:6')).not.toBe(clientKey('2001:db8:1:100::1'))
		expect(clientKey(undefined)).toBe('unknown')
	})
})

describe('ConnectionGate', () => {
	function gate(opts: ConstructorParameters<typeof ConnectionGate>[0] = {}) {
		let t = 1_000_000
		const g = new ConnectionGate({ now: () => t, ...opts })
		return { g, advance: (ms: number) => (t += ms) }
	}

	it('lets an address burst its bucket, then refills it over the window', () => {
		const { g, advance } = gate({ connectsPerWindow: 30, windowMs: 10_000 })
		for (let i = 0; i < 30; i++) expect(g.tryAcquire('10.0.0.1', `room-${i}`)).toBe('ok')
		expect(g.tryAcquire('10.0.0.1', 'room-x')).toBe('rateLimited')
		// Another address is not affected.
		expect(g.tryAcquire('10.0.0.2', 'room-x')).toBe('ok')
		// One token comes back every 10 000 / 30 ms.
		advance(300)
		expect(g.tryAcquire('10.0.0.1', 'room-x')).toBe('rateLimited')
		advance(40)
		expect(g.tryAcquire('10.0.0.1', 'room-x')).toBe('ok')
		expect(g.tryAcquire('10.0.0.1', 'room-x')).toBe('rateLimited')
		advance(10_000)
		for (let i = 0; i < 30; i++) expect(g.tryAcquire('10.0.0.1', 'room-y')).toBe('ok')
		expect(g.tryAcquire('10.0.0.1', 'room-y')).toBe('rateLimited')
	})

	it('caps the open connections of a room; a release frees a slot', () => {
		const { g } = gate({ maxPerRoom: 3, connectsPerWindow: 100 })
		expect(g.tryAcquire('10.0.0.1', 'a')).toBe('ok')
		expect(g.tryAcquire('10.0.0.2', 'a')).toBe('ok')
		expect(g.tryAcquire('10.0.0.3', 'a')).toBe('ok')
		expect(g.roomCount('a')).toBe(3)
		expect(g.tryAcquire('10.0.0.4', 'a')).toBe('roomFull')
		expect(g.tryAcquire('10.0.0.4', 'b')).toBe('ok')
		g.release('a')
		expect(g.roomCount('a')).toBe(2)
		expect(g.tryAcquire('10.0.0.4', 'a')).toBe('ok')
		g.release('a')
		g.release('a')
		g.release('a')
		expect(g.roomCount('a')).toBe(0)
		// An extra release never goes negative.
		g.release('a')
		expect(g.roomCount('a')).toBe(0)
	})

	it('rate limiting comes first, and a refused attempt spends a token', () => {
		const { g } = gate({ maxPerRoom: 1, connectsPerWindow: 3 })
		expect(g.tryAcquire('10.0.0.1', 'a')).toBe('ok')
		expect(g.tryAcquire('10.0.0.1', 'a')).toBe('roomFull')
		expect(g.tryAcquire('10.0.0.1', 'a')).toBe('roomFull')
		expect(g.tryAcquire('10.0.0.1', 'a')).toBe('rateLimited')
		expect(g.roomCount('a')).toBe(1)
	})

	it('a clock going backwards does not mint tokens', () => {
		const { g, advance } = gate({ connectsPerWindow: 2, windowMs: 1000 })
		expect(g.tryAcquire('10.0.0.1', 'a')).toBe('ok')
		expect(g.tryAcquire('10.0.0.1', 'a')).toBe('ok')
		advance(-60_000)
		expect(g.tryAcquire('10.0.0.1', 'a')).toBe('rateLimited')
	})

	it('treats one IPv6 /56 as one address', () => {
		const { g } = gate({ connectsPerWindow: 2 })
		expect(g.tryAcquire('2001:db8:0:1::1', 'a')).toBe('ok')
		expect(g.tryAcquire('2001:db8:0:2::99', 'a')).toBe('ok')
		expect(g.tryAcquire('2001:db8:0:3::5', 'a')).toBe('rateLimited')
		expect(g.tryAcquire('2001:db8:1::5', 'a')).toBe('ok')
	})

	it('keeps its memory bounded when many addresses connect', () => {
		const { g, advance } = gate({ connectsPerWindow: 5, windowMs: 1000, maxTrackedAddresses: 100 })
		for (let i = 0; i < 1000; i++) {
			g.tryAcquire(`10.0.${i >> 8}.${i & 255}`, 'a')
			g.release('a')
			if (i % 50 === 0) advance(10)
		}
		expect(g.trackedAddresses).toBeLessThanOrEqual(100)
		expect(g.roomCount('a')).toBe(0)
	})

	it('refuses nonsense options', () => {
		expect(() => new ConnectionGate({ connectsPerWindow: 0 })).toThrow()
		expect(() => new ConnectionGate({ windowMs: -1 })).toThrow()
		expect(() => new ConnectionGate({ linkConnectsPerWindow: 0 })).toThrow()
	})

	it('gives each link its own connect bucket, spent from any address', () => {
		const { g, advance } = gate({ connectsPerWindow: 100, linkConnectsPerWindow: 3, windowMs: 3000 })
		expect(g.tryAcquire('10.0.0.1', 'a', 'link-1')).toBe('ok')
		expect(g.tryAcquire('10.0.0.2', 'a', 'link-1')).toBe('ok')
		expect(g.tryAcquire('10.0.0.3', 'a', 'link-1')).toBe('ok')
		expect(g.tryAcquire('10.0.0.4', 'a', 'link-1')).toBe('linkRateLimited')
		expect(g.tryAcquire('10.0.0.4', 'a', 'link-2')).toBe('ok')
		// Without a token only the address counts.
		expect(g.tryAcquire('10.0.0.4', 'a', null)).toBe('ok')
		advance(1000)
		expect(g.tryAcquire('10.0.0.5', 'a', 'link-1')).toBe('ok')
		expect(g.tryAcquire('10.0.0.5', 'a', 'link-1')).toBe('linkRateLimited')
		expect(g.trackedLinks).toBe(2)
	})

	it("an address over its limit does not spend its link's connects", () => {
		const { g } = gate({ connectsPerWindow: 2, linkConnectsPerWindow: 3 })
		for (let i = 0; i < 10; i++) g.tryAcquire('10.0.0.1', 'a', 'link-1')
		expect(g.tryAcquire('10.0.0.2', 'a', 'link-1')).toBe('ok')
	})

	it('caps the open connections of a link; a release frees its slot', () => {
		const { g } = gate({ connectsPerWindow: 100, maxPerLink: 2 })
		expect(g.tryAcquire('10.0.0.1', 'a', 'link-1')).toBe('ok')
		expect(g.tryAcquire('10.0.0.2', 'b', 'link-1')).toBe('ok')
		expect(g.linkCount('link-1')).toBe(2)
		expect(g.tryAcquire('10.0.0.3', 'a', 'link-1')).toBe('linkFull')
		expect(g.tryAcquire('10.0.0.3', 'a', 'link-2')).toBe('ok')
		// A refused connect takes no room slot.
		expect(g.roomCount('a')).toBe(2)
		g.release('b', 'link-1')
		expect(g.linkCount('link-1')).toBe(1)
		expect(g.roomCount('b')).toBe(0)
		expect(g.tryAcquire('10.0.0.3', 'a', 'link-1')).toBe('ok')
		g.release('a', 'link-1')
		g.release('a', 'link-1')
		g.release('a', 'link-1')
		expect(g.linkCount('link-1')).toBe(0)
	})
})
