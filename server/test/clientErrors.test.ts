import net from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { startTestServer } from './testServer'

const cleanups: (() => unknown)[] = []
afterEach(async () => {
	for (const c of cleanups.splice(0).reverse()) await c()
})

/** Sends raw bytes to the server and resolves with everything it answers. */
function raw(port: number, bytes: string): Promise<string> {
	return new Promise((resolve, reject) => {
		const socket = net.connect(port, '127.0.0.1', () => socket.write(bytes))
		let answer = ''
		socket.on('data', (d) => {
			answer += d.toString('utf8')
		})
		socket.on('end', () => resolve(answer))
		socket.on('error', reject)
	})
}

describe('requests Node cannot parse', () => {
	it('get a JSON 400 for a broken request line and a JSON 431 for oversized headers', async () => {
		const server = await startTestServer()
		cleanups.push(() => server.close())
		const broken = await raw(server.port, 'GARBAGE\r\n\r\n')
		expect(broken).toMatch(/^HTTP\/1\.1 400 /)
		expect(JSON.parse(broken.split('\r\n\r\n')[1])).toEqual({
			error: { code: 'bad_request', message: 'the request could not be parsed as HTTP' },
		})
		const huge = await raw(server.port, `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(40_000)}\r\n\r\n`)
		expect(huge).toMatch(/^HTTP\/1\.1 431 /)
		expect(JSON.parse(huge.split('\r\n\r\n')[1]).error.code).toBe('headers_too_large')
	})
})
