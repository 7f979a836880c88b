import { afterEach, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { boardToken, createBoard, startTestServer, syncUrl } from './testServer'

const cleanups: (() => unknown)[] = []
afterEach(async () => {
	for (const c of cleanups.splice(0).reverse()) await c()
})

/** Opens a raw sync socket with `headers`; resolves with 'open' or the HTTP status of a refused upgrade. */
function attempt(url: string, headers: Record<string, string>): Promise<'open' | number> {
	return new Promise((resolve) => {
		const ws = new WebSocket(url, { headers })
		ws.on('open', () => {
			ws.close()
			resolve('open')
		})
		ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0))
		ws.on('error', () => {})
	})
}

describe('the sync socket and the Origin header', () => {
	it('refuses a page of another site (403 before the handshake); same host, a forwarded public host and no Origin are fine', async () => {
		const server = await startTestServer()
		cleanups.push(() => server.close())
		const id = await createBoard(server.url)
		const url = syncUrl(server.port, id, boardToken(id))
		const host = `127.0.0.1:${server.port}`
		expect(await attempt(url, { origin: 'http://evil.example' })).toBe(403)
		expect(await attempt(url, { origin: 'null' })).toBe(403)
		expect(await attempt(url, { origin: `http://${host}` })).toBe('open')
		expect(await attempt(url, { origin: 'https://niudai.jiedao.cn', 'x-forwarded-host': 'niudai.jiedao.cn' })).toBe(
			'open',
		)
		expect(await attempt(url, { origin: 'https://evil.example', 'x-forwarded-host': 'niudai.jiedao.cn' })).toBe(403)
		expect(await attempt(url, {})).toBe('open')
	})
})
