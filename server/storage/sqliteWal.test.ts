import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { JOURNAL_SIZE_LIMIT_BYTES, SqliteStorage, WAL_TRUNCATE_AFTER_BYTES } from './SqliteStorage'

const MB = 1024 * 1024
const dirs: string[] = []
const open: SqliteStorage[] = []
afterEach(async () => {
	for (const s of open.splice(0)) await s.close()
	for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true })
})

function tempDataDir(): string {
	return fs.mkdtempSync(path.join(os.tmpdir(), 'niudai-wal-'))
}

function walBytes(dataDir: string): number {
	const wal = path.join(dataDir, 'niudai.sqlite-wal')
	return fs.existsSync(wal) ? fs.statSync(wal).size : 0
}

/** A storage with one board whose log just grew by `mb` MB in one transaction (so the WAL holds all of it). */
async function storageWithBigLog(mb: number): Promise<{ storage: SqliteStorage; dataDir: string; seq: number }> {
	const dataDir = tempDataDir()
	dirs.push(dataDir)
	const storage = new SqliteStorage(dataDir)
	open.push(storage)
	await storage.createBoard(
		{ id: 'bigBoard0001', title: 'big', createdAt: 1, updatedAt: 1, deletedAt: null },
		new Uint8Array([0, 0]),
	)
	const chunks = Array.from({ length: mb }, (_, i) => new Uint8Array(MB).fill(i % 256))
	const seq = await storage.appendUpdates('bigBoard0001', chunks)
	return { storage, dataDir, seq }
}

describe('SQLite WAL size', () => {
	it('sets journal_size_limit', () => {
		const dataDir = tempDataDir()
		dirs.push(dataDir)
		const storage = new SqliteStorage(dataDir)
		open.push(storage)
		expect(JOURNAL_SIZE_LIMIT_BYTES).toBe(64 * MB)
		// A per-connection setting: read on the storage's own connection.
		expect(storage.journalSizeLimit()).toBe(JOURNAL_SIZE_LIMIT_BYTES)
	})

	it('a compaction after the log grew the WAL truncates it to nothing', async () => {
		const { storage, dataDir, seq } = await storageWithBigLog(24)
		expect(walBytes(dataDir)).toBeGreaterThan(20 * MB)
		await storage.compact('bigBoard0001', new Uint8Array([1, 2, 3]), seq)
		expect(walBytes(dataDir)).toBe(0)
		// Nothing was lost on the way: the snapshot is there, the log gone.
		expect((await storage.loadDoc('bigBoard0001')).snapshot).toEqual(new Uint8Array([1, 2, 3]))
		expect(await storage.countUpdates('bigBoard0001')).toBe(0)
	})

	it('a reader holding an older snapshot makes the checkpoint report busy at once, not wait; once it is gone the WAL is truncated', async () => {
		const dataDir = tempDataDir()
		dirs.push(dataDir)
		const storage = new SqliteStorage(dataDir)
		open.push(storage)
		await storage.createBoard(
			{ id: 'bigBoard0001', title: 'big', createdAt: 1, updatedAt: 1, deletedAt: null },
			new Uint8Array([0, 0]),
		)
		// Another process (a backup, a listing) reads from before the big write.
		const reader = new Database(path.join(dataDir, 'niudai.sqlite'), { readonly: true })
		reader.exec('BEGIN')
		reader.prepare('SELECT COUNT(*) FROM updates').get()
		await storage.appendUpdates(
			'bigBoard0001',
			Array.from({ length: 8 }, () => new Uint8Array(MB)),
		)
		expect(walBytes(dataDir)).toBeGreaterThan(WAL_TRUNCATE_AFTER_BYTES)
		const started = Date.now()
		const blocked = storage.checkpoint()
		expect(Date.now() - started).toBeLessThan(1000)
		expect(blocked.busy).toBe(true)
		expect(blocked.walBytesAfter).toBeGreaterThan(WAL_TRUNCATE_AFTER_BYTES)
		reader.exec('COMMIT')
		reader.close()
		const done = storage.checkpoint()
		expect(done).toMatchObject({ busy: false, walBytesAfter: 0 })
		expect(done.walBytesBefore).toBeGreaterThan(WAL_TRUNCATE_AFTER_BYTES)
	})

	it('close leaves no WAL behind', async () => {
		const { storage, dataDir } = await storageWithBigLog(8)
		expect(walBytes(dataDir)).toBeGreaterThan(WAL_TRUNCATE_AFTER_BYTES)
		await storage.close()
		expect(walBytes(dataDir)).toBe(0)
	})
})
