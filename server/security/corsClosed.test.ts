import http from 'node:http'
import type { AddressInfo } from 'node:net'
import express from 'express'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { corsClosed, isCrossOrigin, isSameOriginHost } from './corsClosed'

interface Answer {
	status: number
	headers: http.IncomingHttpHeaders
	body: string
}

let server: http.Server
let port: number

function send(method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Answer> {
	const all = body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) }
	return new Promise((resolve, reject) => {
		const req = http.request({ host: '127.0.0.1', port, path, method, headers: all }, (res) => {
			let text = ''
			res.setEncoding('utf8')
			res.on('data', (c) => {
				text += c
			})
			res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }))
		})
		req.on('error', reject)
		req.end(body)
	})
}

beforeAll(async () => {
	const app = express()
	app.set('trust proxy', 'loopback')
	app.use('/api', corsClosed())
	app.use('/api', express.json())
	app.all('/api/*rest', (req, res) => {
		res.json({ ok: true, method: req.method })
	})
	server = http.createServer(app)
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
	port = (server.address() as AddressInfo).port
})

afterAll(async () => {
	await new Promise((resolve) => server.close(resolve))
})

function expectRefused(res: Answer): void {
	expect(res.status).toBe(403)
	expect(res.headers['access-control-allow-origin']).toBeUndefined()
	const body = JSON.parse(res.body) as { error: { code: string; message: string } }
	expect(body.error.code).toBe('cross_origin')
	expect(body.error.message.length).toBeGreaterThan(0)
}

describe('corsClosed middleware', () => {
	it('lets same-origin writes and requests without Origin through', async () => {
		const host = `127.0.0.1:${port}`
		for (const method of ['POST', 'PATCH', 'DELETE', 'PUT']) {
			const same = await send(method, '/api/boards', { origin: `http://${host}`, host })
			expect(same.status, method).toBe(200)
			const scripted = await send(method, '/api/boards')
			expect(scripted.status, method).toBe(200)
		}
		const sameSite = await send('POST', '/api/boards', { 'sec-fetch-site': 'same-origin' })
		expect(sameSite.status).toBe(200)
	})

	it('refuses a write from another origin with 403 JSON', async () => {
		for (const method of ['POST', 'PATCH', 'DELETE', 'PUT']) {
			expectRefused(
				await send(
					method,
					'/api/boards/abc',
					{ origin: 'http://evil.example', 'content-type': 'application/json' },
					'{}',
				),
			)
		}
		// Same host name, another port: another origin.
		expectRefused(await send('POST', '/api/boards', { origin: `http://127.0.0.1:${port + 1}` }))
		expectRefused(await send('POST', '/api/boards', { origin: 'null' }))
		expectRefused(await send('POST', '/api/boards', { origin: 'garbage' }))
		expectRefused(await send('POST', '/api/boards', { origin: `file://127.0.0.1:${port}` }))
		// Without Origin, Sec-Fetch-Site still tells.
		expectRefused(await send('POST', '/api/boards', { 'sec-fetch-site': 'cross-site' }))
		expectRefused(await send('DELETE', '/api/boards/x', { 'sec-fetch-site': 'same-site' }))
	})

	it('lets cross-origin reads through but never allows them (no Access-Control-Allow-Origin)', async () => {
		const res = await send('GET', '/api/boards', { origin: 'http://evil.example' })
		expect(res.status).toBe(200)
		expect(res.headers['access-control-allow-origin']).toBeUndefined()
		expect(res.headers['access-control-allow-credentials']).toBeUndefined()
	})

	it('refuses every CORS preflight', async () => {
		expectRefused(
			await send('OPTIONS', '/api/boards', {
				origin: 'http://evil.example',
				'access-control-request-method': 'POST',
				'access-control-request-headers': 'content-type',
			}),
		)
		expectRefused(await send('OPTIONS', '/api/boards', { 'access-control-request-method': 'DELETE' }))
		expectRefused(await send('OPTIONS', '/api/boards/x', { origin: 'http://evil.example' }))
	})

	it('behind a trusted proxy compares with X-Forwarded-Host and ignores the scheme', async () => {
		const res = await send('POST', '/api/boards', {
			origin: 'https://board.example',
			'x-forwarded-host': 'board.example',
			'x-forwarded-proto': 'https',
		})
		expect(res.status).toBe(200)
		expectRefused(
			await send('POST', '/api/boards', { origin: 'https://evil.example', 'x-forwarded-host': 'board.example' }),
		)
	})
})

describe('isSameOriginHost', () => {
	it('compares host and port, normalising default ports', () => {
		expect(isSameOriginHost('http://a.example', 'a.example')).toBe(true)
		expect(isSameOriginHost('http://a.example', 'a.example:80')).toBe(true)
		expect(isSameOriginHost('https://a.example', 'a.example:443')).toBe(true)
		expect(isSameOriginHost('https://a.example:443', 'a.example')).toBe(true)
		expect(isSameOriginHost('http://A.Example:3000', 'a.example:3000')).toBe(true)
		expect(isSameOriginHost('http://[::1]:3000', '[::1]:3000')).toBe(true)
		expect(isSameOriginHost('http://192.168.1.5:3000', '192.168.1.5:3000')).toBe(true)
	})

	it('says no to anything else', () => {
		expect(isSameOriginHost('http://a.example:3000', 'a.example:3001')).toBe(false)
		expect(isSameOriginHost('http://a.example', 'b.example')).toBe(false)
		expect(isSameOriginHost('http://a.example', undefined)).toBe(false)
		expect(isSameOriginHost('http://a.example', '')).toBe(false)
		expect(isSameOriginHost('null', 'a.example')).toBe(false)
		expect(isSameOriginHost('', 'a.example')).toBe(false)
		expect(isSameOriginHost('ws://a.example', 'a.example')).toBe(false)
		expect(isSameOriginHost('http://a.example', 'evil.example@a.example')).toBe(false)
		expect(isSameOriginHost('http://a.example', 'a.example/path')).toBe(false)
		expect(isSameOriginHost('http://u:p@a.example', 'a.example')).toBe(false)
		expect(isSameOriginHost('http://a.example.evil', 'a.example')).toBe(false)
	})
})

describe('isCrossOrigin (also for WebSocket upgrades)', () => {
	it('reads Origin, then Sec-Fetch-Site; scripts without either are not cross-origin', () => {
		expect(isCrossOrigin({ host: 'a.example:3000', origin: 'http://a.example:3000' })).toBe(false)
		expect(isCrossOrigin({ host: 'a.example:3000', origin: 'http://evil.example' })).toBe(true)
		expect(isCrossOrigin({ host: 'a.example:3000' })).toBe(false)
		expect(isCrossOrigin({ host: 'a.example:3000', 'sec-fetch-site': 'cross-site' })).toBe(true)
		expect(isCrossOrigin({ host: 'a.example:3000', 'sec-fetch-site': 'none' })).toBe(false)
		expect(isCrossOrigin({ origin: 'http://a.example' })).toBe(true)
	})
})
