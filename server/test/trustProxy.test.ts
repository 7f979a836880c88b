import { afterEach, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { CloseCode } from '../../shared/protocol'
import { DEFAULT_LIMITS, type RunningServer, type ServerOptions } from '../createServer'
import { createBoardWithToken, createLink, startTestServer, syncUrl, whenClosed } from './testServer'

const cleanups: (() => unknown)[] = []
afterEach(async () => {
	for (const c of cleanups.splice(0).reverse()) await c()
})

async function server(opts: Partial<ServerOptions>): Promise<RunningServer> {
	const s = await startTestServer(opts)
	cleanups.push(() => s.close())
	return s
}

/** A raw sync socket as a phone behind the proxy at 127.0.0.1 would open it (`forwardedFor`: its X-Forwarded-For). */
function socket(s: RunningServer, boardId: string, token: string, forwardedFor?: string): WebSocket {
	const ws = new WebSocket(syncUrl(s.port, boardId, token), {
		headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
	})
	cleanups.push(() => ws.terminate())
	return ws
}

/** 'open' once the server speaks on the socket (its sync step 1), else the close code. */
function outcome(ws: WebSocket): Promise<'open' | number> {
	return new Promise((resolve) => {
		ws.once('message', () => resolve('open'))
		ws.once('close', (code) => resolve(code))
	})
}

function restFrom(s: RunningServer, forwardedFor?: string): Promise<number> {
	return fetch(`${s.url}/api/time`, { headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} }).then(
		(r) => r.status,
	)
}

describe('behind a reverse proxy (TRUST_PROXY)', () => {
	it('60 phones behind one proxy address connect and use REST; one forwarded address is still limited', async () => {
		const s = await server({
			trustProxy: 'loopback',
			limits: { ...DEFAULT_LIMITS, restPerMinute: 5, createPerMinute: 1e9, wsWindowMs: 60_000 },
		})
		const { id: boardId } = await createBoardWithToken(s.url, '议事会')
		// The meeting's one shared editor link, opened by 60 phones through the proxy.
		const meeting = await createLink(s.url, boardId, { role: 'editor', label: '参会' })
		const phones = Array.from({ length: 60 }, (_, i) => `10.1.${i >> 8}.${(i & 255) + 1}`)
		const opened = await Promise.all(phones.map((ip) => outcome(socket(s, boardId, meeting.token, ip))))
		expect(opened.filter((o) => o !== 'open')).toEqual([])
		for (const ip of phones) expect(await restFrom(s, ip)).toBe(200)

		// One forwarded address is its own bucket: 40 connects per window, then 4429.
		const viewer = await createLink(s.url, boardId, { role: 'viewer' })
		const flood = await Promise.all(
			Array.from({ length: DEFAULT_LIMITS.wsConnectsPerWindow }, () =>
				outcome(socket(s, boardId, viewer.token, '10.2.0.1')),
			),
		)
		expect(flood.filter((o) => o !== 'open')).toEqual([])
		const refused = socket(s, boardId, viewer.token, '10.2.0.1')
		const closed = await whenClosed(refused)
		expect(closed.code).toBe(CloseCode.rateLimited)
		expect(closed.reason).toMatch(/address/)
		// And so does REST: 5 a minute for that address, the next is 429.
		for (let i = 0; i < 5; i++) expect(await restFrom(s, '10.2.0.1')).toBe(200)
		expect(await restFrom(s, '10.2.0.1')).toBe(429)
		// The proxy's own address (no X-Forwarded-For) was never counted for the phones.
		expect(await restFrom(s)).toBe(200)
	})

	it('takes the client address through the trusted hops only (a forged hop in front is ignored)', async () => {
		const s = await server({ trustProxy: 1, limits: { wsConnectsPerWindow: 2, wsWindowMs: 60_000, restPerMinute: 2 } })
		const { id: boardId, token } = await createBoardWithToken(s.url)
		// One trusted hop: the proxy appends the real client (10.3.0.1) to whatever the client sent.
		const via = (forged: string) => `${forged}, 10.3.0.1`
		expect(await outcome(socket(s, boardId, token, via('1.1.1.1')))).toBe('open')
		expect(await outcome(socket(s, boardId, token, via('2.2.2.2')))).toBe('open')
		expect(await outcome(socket(s, boardId, token, via('3.3.3.3')))).toBe(CloseCode.rateLimited)
		expect(await restFrom(s, via('1.1.1.1'))).toBe(200)
		expect(await restFrom(s, via('2.2.2.2'))).toBe(200)
		expect(await restFrom(s, via('3.3.3.3'))).toBe(429)
	})

	it('without TRUST_PROXY (or from an untrusted proxy) a spoofed X-Forwarded-For is ignored', async () => {
		for (const trustProxy of [undefined, '10.9.9.9']) {
			// REST allows 4: creating the board below is the first request of 127.0.0.1.
			const s = await server({ trustProxy, limits: { wsConnectsPerWindow: 3, wsWindowMs: 60_000, restPerMinute: 4 } })
			const { id: boardId, token } = await createBoardWithToken(s.url)
			const spoofed = ['10.4.0.1', '10.4.0.2', '10.4.0.3', '10.4.0.4']
			const results = []
			for (const ip of spoofed) results.push(await outcome(socket(s, boardId, token, ip)))
			expect(results).toEqual(['open', 'open', 'open', CloseCode.rateLimited])
			const statuses = []
			for (const ip of spoofed) statuses.push(await restFrom(s, ip))
			expect(statuses).toEqual([200, 200, 200, 429])
		}
	})
})

describe('sockets per link', () => {
	it('limits connect attempts per link, from any number of addresses', async () => {
		const s = await server({ trustProxy: 'loopback', limits: { linkConnectsPerWindow: 5, wsWindowMs: 60_000 } })
		const { id: boardId } = await createBoardWithToken(s.url)
		const leaked = await createLink(s.url, boardId, { role: 'viewer' })
		const other = await createLink(s.url, boardId, { role: 'viewer' })
		const results = []
		for (let i = 0; i < 6; i++) results.push(await outcome(socket(s, boardId, leaked.token, `10.5.0.${i + 1}`)))
		expect(results).toEqual(['open', 'open', 'open', 'open', 'open', CloseCode.rateLimited])
		const refused = await whenClosed(socket(s, boardId, leaked.token, '10.5.1.1'))
		expect(refused.code).toBe(CloseCode.rateLimited)
		expect(refused.reason).toMatch(/link/)
		// Another link of the same board is not affected.
		expect(await outcome(socket(s, boardId, other.token, '10.5.0.1'))).toBe('open')
	})

	it('caps the open sockets of one link (4430); closing one frees a slot', async () => {
		const s = await server({ limits: { maxConnectionsPerLink: 3 } })
		const { id: boardId } = await createBoardWithToken(s.url)
		const shared = await createLink(s.url, boardId, { role: 'editor' })
		const other = await createLink(s.url, boardId, { role: 'editor' })
		const open = [0, 1, 2].map(() => socket(s, boardId, shared.token))
		expect(await Promise.all(open.map(outcome))).toEqual(['open', 'open', 'open'])
		const full = await whenClosed(socket(s, boardId, shared.token))
		expect(full.code).toBe(CloseCode.linkFull)
		expect(full.reason).toMatch(/link full/)
		expect(await outcome(socket(s, boardId, other.token))).toBe('open')
		open[0].close()
		await whenClosed(open[0])
		expect(await outcome(socket(s, boardId, shared.token))).toBe('open')
	})
})
