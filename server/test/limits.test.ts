import { afterEach, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { CloseCode } from '../../shared/protocol'
import type { RunningServer } from '../createServer'
import { boardToken, createBoard, startTestServer, whenClosed } from './testServer'

const cleanups: (() => unknown)[] = []
afterEach(async () => {
	for (const c of cleanups.splice(0).reverse()) await c()
})

async function server(limits: Parameters<typeof startTestServer>[0] = {}): Promise<RunningServer> {
	const s = await startTestServer(limits)
	cleanups.push(() => s.close())
	return s
}

function socket(s: RunningServer, boardId: string): WebSocket {
	const ws = new WebSocket(`ws://127.0.0.1:${s.port}/sync/${boardId}?t=${boardToken(boardId)}`)
	cleanups.push(() => ws.terminate())
	return ws
}

describe('abuse limits and security headers', () => {
	it('answers 429 with a readable body once an address creates too many boards', async () => {
		const s = await server({ limits: { createPerMinute: 3 } })
		const statuses: number[] = []
		let last: { error?: { code: string; message: string } } = {}
		for (let i = 0; i < 5; i++) {
			const res = await fetch(`${s.url}/api/boards`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ title: `b${i}` }),
			})
			statuses.push(res.status)
			last = (await res.json()) as typeof last
		}
		expect(statuses).toEqual([201, 201, 201, 429, 429])
		expect(last.error?.code).toBe('rate_limited')
	})

	it('refuses socket connects beyond the per-address rate and the per-room cap', async () => {
		const s = await server({ limits: { wsConnectsPerWindow: 3, wsWindowMs: 60_000 } })
		const boardId = await createBoard(s.url)
		const open = [socket(s, boardId), socket(s, boardId), socket(s, boardId)]
		await Promise.all(open.map((ws) => new Promise((r) => ws.once('message', r))))
		expect((await whenClosed(socket(s, boardId))).code).toBe(CloseCode.rateLimited)

		const capped = await server({ limits: { maxConnectionsPerRoom: 2 } })
		const other = await createBoard(capped.url)
		const a = socket(capped, other)
		const b = socket(capped, other)
		await Promise.all([a, b].map((ws) => new Promise((r) => ws.once('message', r))))
		expect((await whenClosed(socket(capped, other))).code).toBe(CloseCode.roomFull)
		a.close()
		await whenClosed(a)
		const c = socket(capped, other)
		await new Promise((r) => c.once('message', r))
	})

	it('sends a strict Content-Security-Policy and refuses cross-origin writes', async () => {
		const s = await server()
		const res = await fetch(`${s.url}/api/templates`)
		const csp = res.headers.get('content-security-policy') ?? ''
		expect(csp).toContain("default-src 'self'")
		expect(csp).toContain("script-src 'self'")
		expect(csp).toContain("frame-ancestors 'none'")
		expect(res.headers.get('x-content-type-options')).toBe('nosniff')
		expect(res.headers.get('access-control-allow-origin')).toBeNull()

		const cross = await fetch(`${s.url}/api/boards`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', origin: 'http://evil.example' },
			body: JSON.stringify({ title: 'x' }),
		})
		expect(cross.status).toBe(403)
		const preflight = await fetch(`${s.url}/api/boards`, {
			method: 'OPTIONS',
			headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST' },
		})
		expect(preflight.status).toBe(403)
		expect(preflight.headers.get('access-control-allow-origin')).toBeNull()
	})
})
