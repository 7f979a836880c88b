import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ServerTimeResponse } from '../../shared/meeting/timer'
import type { RunningServer } from '../createServer'
import { startTestServer } from './testServer'

let server: RunningServer
beforeAll(async () => {
	server = await startTestServer()
})
afterAll(() => server.close())

describe('GET /api/time', () => {
	it('answers the server clock without a token, never cached', async () => {
		const before = Date.now()
		const res = await fetch(`${server.url}/api/time`)
		const after = Date.now()
		expect(res.status).toBe(200)
		expect(res.headers.get('cache-control')).toBe('no-store')
		const body = (await res.json()) as ServerTimeResponse
		expect(Object.keys(body)).toEqual(['now'])
		expect(body.now).toBeGreaterThanOrEqual(before)
		expect(body.now).toBeLessThanOrEqual(after)
	})

	it('does not accept writes', async () => {
		const res = await fetch(`${server.url}/api/time`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: '{}',
		})
		expect(res.status).toBe(404)
	})
})
