import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { loadOrCreateAdminToken } from '../auth/adminToken'
import type { RunningServer } from '../createServer'
import { makePng } from './makePng'
import { bearer, connectClient, createBoardWithToken, startTestServer, tempDataDir, whenSynced } from './testServer'

const cleanups: (() => unknown)[] = []
afterEach(async () => {
	for (const c of cleanups.splice(0).reverse()) await c()
})

async function server(dataDir: string): Promise<RunningServer> {
	const s = await startTestServer({ dataDir })
	cleanups.push(() => s.close())
	return s
}

const mode = (file: string) => fs.statSync(file).mode & 0o777
const DB_FILES = ['niudai.sqlite', 'niudai.sqlite-wal', 'niudai.sqlite-shm']

/** Writes one change through a live socket, so SQLite has its -wal and -shm files. */
async function writeSomething(s: RunningServer): Promise<void> {
	const { id, token } = await createBoardWithToken(s.url)
	const provider = connectClient(s.port, id, undefined, token)
	cleanups.push(() => provider.destroy())
	await whenSynced(provider)
	provider.doc.getMap('test').set('k', 'v')
}

describe('what survives a revoked link or a shared computer', () => {
	it('serves assets and board data with Cache-Control: private, no-store', async () => {
		const s = await server(tempDataDir())
		const { id, token } = await createBoardWithToken(s.url)
		const up = await fetch(`${s.url}/api/boards/${id}/assets?name=dot.png`, {
			method: 'POST',
			headers: bearer(token, { 'content-type': 'image/png' }),
			body: new Blob([Buffer.from(makePng(2, 2))]),
		})
		expect(up.status).toBe(201)
		const { url } = (await up.json()) as { url: string }
		const asset = await fetch(`${s.url}${url}?t=${token}`)
		expect(asset.status).toBe(200)
		expect(asset.headers.get('cache-control')).toBe('private, no-store')
		const board = await fetch(`${s.url}/api/boards/${id}`, { headers: bearer(token) })
		expect(board.status).toBe(200)
		expect(board.headers.get('cache-control')).toBe('private, no-store')
	})
})

describe('the data directory on disk', () => {
	it('is created with mode 0700, and the database files with 0600', async () => {
		const parent = tempDataDir()
		const dataDir = path.join(parent, 'nested', 'data')
		const s = await server(dataDir)
		await writeSomething(s)
		expect(mode(dataDir)).toBe(0o700)
		for (const f of DB_FILES) expect([f, mode(path.join(dataDir, f))]).toEqual([f, 0o600])
	})

	it('tightens a directory and database files left open by an older version at start', async () => {
		const dataDir = tempDataDir()
		const first = await server(dataDir)
		await writeSomething(first)
		await first.close()
		fs.chmodSync(dataDir, 0o755)
		for (const f of ['niudai.sqlite', 'niudai.sqlite-wal', 'niudai.sqlite-shm']) {
			if (fs.existsSync(path.join(dataDir, f))) fs.chmodSync(path.join(dataDir, f), 0o644)
		}
		const second = await server(dataDir)
		await writeSomething(second)
		expect(mode(dataDir)).toBe(0o700)
		for (const f of DB_FILES) expect([f, mode(path.join(dataDir, f))]).toEqual([f, 0o600])
	})

	it('is created 0700 when the admin token is generated first', () => {
		const dataDir = path.join(tempDataDir(), 'data')
		const admin = loadOrCreateAdminToken(dataDir, undefined)
		expect(admin.source).toBe('created')
		expect(mode(dataDir)).toBe(0o700)
		expect(mode(admin.file as string)).toBe(0o600)
	})
})
