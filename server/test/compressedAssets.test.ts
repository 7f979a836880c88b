import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningServer } from '../createServer'
import { precompressDir } from '../static/precompress'
import { IMMUTABLE_CACHE, REVALIDATE_CACHE } from '../static/serveClient'
import { startTestServer } from './testServer'

/** A GET whose body is left exactly as sent (fetch would decompress it). */
function rawGet(
	url: string,
	headers: Record<string, string> = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
	return new Promise((resolve, reject) => {
		http
			.get(url, { headers }, (res) => {
				const chunks: Buffer[] = []
				res.on('data', (c: Buffer) => chunks.push(c))
				res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
				res.on('error', reject)
			})
			.on('error', reject)
	})
}

const clientDir = fs.mkdtempSync(path.join(os.tmpdir(), 'niudai-client-'))
const script = Buffer.from(
	`export const cards = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => ({ id: i, title: `需求 ${i}` })))};\n`,
)
const serviceWorker = Buffer.from(
	`self.__WB_MANIFEST = ${JSON.stringify(Array.from({ length: 60 }, (_, i) => ({ url: `assets/f${i}-AbC123xy.js`, revision: null })))};\n`,
)
const font = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256))
let server: RunningServer

beforeAll(async () => {
	fs.mkdirSync(path.join(clientDir, 'assets'))
	fs.writeFileSync(path.join(clientDir, 'index.html'), `<!doctype html><title>纽带</title>${' '.repeat(2000)}`)
	fs.writeFileSync(path.join(clientDir, 'assets', 'index-AbC123xy.js'), script)
	fs.writeFileSync(path.join(clientDir, 'assets', 'font-Zz9.woff2'), font)
	fs.writeFileSync(path.join(clientDir, 'sw.js'), serviceWorker)
	const written = await precompressDir(clientDir)
	expect(written.map((f) => path.basename(f.file)).sort()).toEqual(['index-AbC123xy.js', 'index.html', 'sw.js'])
	server = await startTestServer({ clientDir })
})

afterAll(async () => {
	await server?.close()
	fs.rmSync(clientDir, { recursive: true, force: true })
})

describe('the built client is sent compressed', () => {
	const asset = () => `${server.url}/assets/index-AbC123xy.js`

	it('sends a hashed script as brotli when brotli is accepted, decoding to the very same bytes', async () => {
		const res = await rawGet(asset(), { 'accept-encoding': 'gzip, deflate, br, zstd' })
		expect(res.status).toBe(200)
		expect(res.headers['content-encoding']).toBe('br')
		expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8')
		expect(res.headers.vary).toMatch(/Accept-Encoding/i)
		expect(res.headers['cache-control']).toBe(IMMUTABLE_CACHE)
		expect(Number(res.headers['content-length'])).toBe(res.body.length)
		expect(res.body.length).toBeLessThan(script.length / 3)
		expect(zlib.brotliDecompressSync(res.body).equals(script)).toBe(true)
	})

	it('sends gzip when only gzip is accepted', async () => {
		const res = await rawGet(asset(), { 'accept-encoding': 'gzip' })
		expect(res.headers['content-encoding']).toBe('gzip')
		expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8')
		expect(res.headers.vary).toMatch(/Accept-Encoding/i)
		expect(zlib.gunzipSync(res.body).equals(script)).toBe(true)
	})

	it('sends the file as it is without Accept-Encoding, or when every coding is refused', async () => {
		const cases: Record<string, string>[] = [
			{},
			{ 'accept-encoding': 'identity' },
			{ 'accept-encoding': 'br;q=0, gzip;q=0' },
		]
		for (const headers of cases) {
			const res = await rawGet(asset(), headers)
			expect(res.status).toBe(200)
			expect(res.headers['content-encoding']).toBeUndefined()
			expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8')
			expect(res.headers.vary).toMatch(/Accept-Encoding/i)
			expect(res.body.equals(script)).toBe(true)
		}
	})

	it('sends files that do not compress (fonts) as they are, still cached for a year', async () => {
		const res = await rawGet(`${server.url}/assets/font-Zz9.woff2`, { 'accept-encoding': 'br, gzip' })
		expect(res.status).toBe(200)
		expect(res.headers['content-encoding']).toBeUndefined()
		expect(res.headers['content-type']).toBe('font/woff2')
		expect(res.headers['cache-control']).toBe(IMMUTABLE_CACHE)
		expect(res.body.equals(font)).toBe(true)
	})

	it('sends the app shell compressed but always revalidated', async () => {
		const res = await rawGet(`${server.url}/b/someBoard`, { 'accept-encoding': 'br' })
		expect(res.status).toBe(200)
		expect(res.headers['content-encoding']).toBe('br')
		expect(res.headers['content-type']).toBe('text/html; charset=utf-8')
		expect(res.headers['cache-control']).toBe(REVALIDATE_CACHE)
		expect(zlib.brotliDecompressSync(res.body).toString()).toContain('<title>纽带</title>')
	})

	it('sends the service worker compressed but always revalidated, so a new build is found', async () => {
		const res = await rawGet(`${server.url}/sw.js`, { 'accept-encoding': 'br, gzip' })
		expect(res.status).toBe(200)
		expect(res.headers['content-encoding']).toBe('br')
		expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8')
		expect(res.headers['cache-control']).toBe(REVALIDATE_CACHE)
		expect(zlib.brotliDecompressSync(res.body).equals(serviceWorker)).toBe(true)
	})

	it('answers the precache’s own request for the shell (with its revision in the query), revalidated', async () => {
		const res = await rawGet(`${server.url}/index.html?__WB_REVISION__=0123abcd`, { 'accept-encoding': 'gzip' })
		expect(res.status).toBe(200)
		expect(res.headers['content-encoding']).toBe('gzip')
		expect(res.headers['content-type']).toBe('text/html; charset=utf-8')
		expect(res.headers['cache-control']).toBe(REVALIDATE_CACHE)
		expect(zlib.gunzipSync(res.body).toString()).toContain('<title>纽带</title>')
	})

	it('never serves the copies by their own names, a missing asset, or a path outside the folder', async () => {
		for (const p of [
			'/assets/index-AbC123xy.js.br',
			'/assets/index-AbC123xy.js.gz',
			'/assets/nope-123.js',
			'/assets/..%2Findex.html',
		]) {
			const res = await rawGet(`${server.url}${p}`, { 'accept-encoding': 'br, gzip' })
			expect(res.status, p).toBe(404)
			expect(res.headers['content-encoding'], p).toBeUndefined()
		}
	})
})
