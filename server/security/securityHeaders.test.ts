import http from 'node:http'
import type { AddressInfo } from 'node:net'
import express from 'express'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sameHostWebSocketSources, securityHeaders } from './securityHeaders'

interface Answer {
	status: number
	headers: http.IncomingHttpHeaders
	body: string
}

let server: http.Server
let port: number

function get(path: string, headers: Record<string, string> = {}): Promise<Answer> {
	return new Promise((resolve, reject) => {
		const req = http.request({ host: '127.0.0.1', port, path, method: 'GET', headers }, (res) => {
			let body = ''
			res.setEncoding('utf8')
			res.on('data', (c) => {
				body += c
			})
			res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
		})
		req.on('error', reject)
		req.end()
	})
}

function directives(csp: string | undefined): Map<string, string> {
	const out = new Map<string, string>()
	for (const part of (csp ?? '').split(';')) {
		const [name, ...values] = part.trim().split(/\s+/)
		if (name) out.set(name, values.join(' '))
	}
	return out
}

beforeAll(async () => {
	const app = express()
	app.set('trust proxy', 'loopback')
	app.use(securityHeaders())
	app.get('/page', (_req, res) => {
		res.type('html').send('<!doctype html><p>hi</p>')
	})
	app.get('/asset', (_req, res) => {
		// A route may tighten the policy for itself.
		res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox")
		res.send('x')
	})
	server = http.createServer(app)
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
	port = (server.address() as AddressInfo).port
})

afterAll(async () => {
	await new Promise((resolve) => server.close(resolve))
})

describe('securityHeaders', () => {
	it('sends the strict Content-Security-Policy, allowing only the server itself', async () => {
		const res = await get('/page', { host: 'niudai.lan:3000' })
		expect(res.status).toBe(200)
		const csp = directives(res.headers['content-security-policy'] as string)
		expect(Object.fromEntries(csp)).toEqual({
			'default-src': "'self'",
			'script-src': "'self'",
			'script-src-attr': "'none'",
			'style-src': "'self' 'unsafe-inline'",
			'img-src': "'self' data: blob:",
			'media-src': "'self' data: blob:",
			'font-src': "'self' data:",
			'connect-src': "'self' ws://niudai.lan:3000 wss://niudai.lan:3000",
			'worker-src': "'self' blob:",
			'object-src': "'none'",
			'base-uri': "'self'",
			'frame-ancestors': "'none'",
			'form-action': "'self'",
		})
		expect(csp.has('upgrade-insecure-requests')).toBe(false)
		// No bare scheme source that would allow any host.
		expect(csp.get('connect-src')?.split(' ')).not.toContain('ws:')
		expect(csp.get('connect-src')?.split(' ')).not.toContain('wss:')
	})

	it('sends the other security headers, and no COEP, HSTS or x-powered-by', async () => {
		const res = await get('/page')
		expect(res.headers['referrer-policy']).toBe('no-referrer')
		expect(res.headers['x-content-type-options']).toBe('nosniff')
		expect(res.headers['x-frame-options']).toBe('DENY')
		expect(res.headers['cross-origin-resource-policy']).toBe('same-origin')
		expect(res.headers['cross-origin-embedder-policy']).toBeUndefined()
		expect(res.headers['strict-transport-security']).toBeUndefined()
		expect(res.headers['x-powered-by']).toBeUndefined()
		// Plain http: COOP would be ignored by the browser with an error in the console.
		expect(res.headers['cross-origin-opener-policy']).toBeUndefined()
	})

	it('adds Cross-Origin-Opener-Policy over https (behind a trusted proxy)', async () => {
		const res = await get('/page', { 'x-forwarded-proto': 'https' })
		expect(res.headers['cross-origin-opener-policy']).toBe('same-origin')
		expect(res.headers['origin-agent-cluster']).toBe('?1')
	})

	it('writes no odd Host header into the policy (no injection, never a 500)', async () => {
		for (const host of [
			"evil.com; script-src 'unsafe-inline'",
			'evil.com,foo',
			'[::1]:3000',
			'a b',
			'évil.com',
			'x'.repeat(300),
			'host:99999999',
		]) {
			const res = await get('/page', { host })
			expect(res.status, host).toBe(200)
			const csp = directives(res.headers['content-security-policy'] as string)
			expect(csp.get('connect-src'), host).toBe("'self' 'self'")
			expect(csp.get('script-src'), host).toBe("'self'")
		}
	})

	it('lets a route replace the policy with a stricter one', async () => {
		const res = await get('/asset')
		expect(res.headers['content-security-policy']).toBe("default-src 'none'; sandbox")
		expect(res.headers['x-content-type-options']).toBe('nosniff')
	})

	it('can leave out the explicit WebSocket sources and turn HSTS on', async () => {
		const app = express()
		app.use(securityHeaders({ explicitWebSocketSources: false, hsts: true }))
		app.get('/', (_req, res) => {
			res.send('ok')
		})
		const s = http.createServer(app)
		await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve))
		try {
			const res = await fetch(`http://127.0.0.1:${(s.address() as AddressInfo).port}/`)
			expect(directives(res.headers.get('content-security-policy') ?? '').get('connect-src')).toBe("'self'")
			expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000')
		} finally {
			await new Promise((resolve) => s.close(resolve))
		}
	})
})

describe('sameHostWebSocketSources', () => {
	it('binds ws/wss to the request host, lower-cased', () => {
		const req = { headers: { host: 'Board.Example:8080' } } as unknown as http.IncomingMessage
		expect(sameHostWebSocketSources(req)).toBe('ws://board.example:8080 wss://board.example:8080')
		const ip = { headers: { host: '192.168.1.20:3000' } } as unknown as http.IncomingMessage
		expect(sameHostWebSocketSources(ip)).toBe('ws://192.168.1.20:3000 wss://192.168.1.20:3000')
		const none = { headers: {} } as unknown as http.IncomingMessage
		expect(sameHostWebSocketSources(none)).toBe("'self'")
	})
})
