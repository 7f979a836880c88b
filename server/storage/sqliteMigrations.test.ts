import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { hashToken } from '../auth/tokens'
import { createBoardDocs } from '../boards/createBoardDoc'
import { startTestServer, tempDataDir } from '../test/testServer'
import { SqliteStorage } from './SqliteStorage'
import {
	detectUnversionedSchema,
	migrateSqlite,
	NewerSchemaError,
	SQLITE_MIGRATIONS,
	SQLITE_SCHEMA_VERSION,
} from './sqliteMigrations'

/**
 * The schema as SqliteStorage created it in November 2026 (commit ecec82a: boards, links,
 * versions), before private documents, `versions.private_snapshot` and the 参会 role —
 * written here as that code wrote it, not through the migrations under test.
 */
const NOVEMBER_SCHEMA = `
CREATE TABLE IF NOT EXISTS boards (
	id TEXT PRIMARY KEY,
	title TEXT NOT NULL,
	created_at INTEGER NOT NULL,
	updated_at INTEGER NOT NULL,
	deleted_at INTEGER
);
CREATE TABLE IF NOT EXISTS snapshots (
	board_id TEXT PRIMARY KEY REFERENCES boards(id),
	data BLOB NOT NULL,
	upto_seq INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS updates (
	seq INTEGER PRIMARY KEY AUTOINCREMENT,
	board_id TEXT NOT NULL REFERENCES boards(id),
	data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS updates_board_seq ON updates(board_id, seq);
CREATE TABLE IF NOT EXISTS assets (
	board_id TEXT NOT NULL REFERENCES boards(id),
	id TEXT NOT NULL,
	mime TEXT NOT NULL,
	name TEXT NOT NULL,
	data BLOB NOT NULL,
	created_at INTEGER NOT NULL,
	PRIMARY KEY (board_id, id)
);
CREATE TABLE IF NOT EXISTS share_links (
	id TEXT PRIMARY KEY,
	board_id TEXT NOT NULL REFERENCES boards(id),
	role TEXT NOT NULL CHECK (role IN ('viewer', 'editor', 'facilitator')),
	label TEXT NOT NULL DEFAULT '',
	token_hash TEXT NOT NULL UNIQUE,
	created_at INTEGER NOT NULL,
	expires_at INTEGER,
	revoked_at INTEGER,
	last_used_at INTEGER
);
CREATE INDEX IF NOT EXISTS share_links_board ON share_links(board_id, created_at);
CREATE TABLE IF NOT EXISTS versions (
	id TEXT PRIMARY KEY,
	board_id TEXT NOT NULL REFERENCES boards(id),
	name TEXT NOT NULL DEFAULT '',
	kind TEXT NOT NULL CHECK (kind IN ('manual', 'auto', 'restore')),
	created_at INTEGER NOT NULL,
	created_by TEXT NOT NULL DEFAULT '',
	role TEXT CHECK (role IS NULL OR role IN ('viewer', 'editor', 'facilitator')),
	record_count INTEGER NOT NULL,
	shape_count INTEGER NOT NULL DEFAULT 0,
	snapshot BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS versions_board ON versions(board_id, created_at);
`

const BOARD_ID = 'oldBoard000001'
const FACILITATOR_TOKEN = 'old-facilitator-token-0123456789abcdefghijk'
const REVOKED_TOKEN = 'old-revoked-viewer-token-0123456789abcdefgh'

/** A data directory holding a November database: one board with a log entry, an asset, two links and a version. */
function novemberDataDir(): { dataDir: string; snapshot: Buffer } {
	const dataDir = tempDataDir()
	const db = new Database(path.join(dataDir, 'niudai.sqlite'))
	db.pragma('journal_mode = WAL')
	db.exec(NOVEMBER_SCHEMA)
	const snapshot = Buffer.from(createBoardDocs('第一页').main)
	db.prepare('INSERT INTO boards VALUES (?, ?, ?, ?, NULL)').run(BOARD_ID, '老街坊议事会', 1000, 2000)
	db.prepare('INSERT INTO snapshots VALUES (?, ?, 0)').run(BOARD_ID, snapshot)
	db.prepare('INSERT INTO updates (board_id, data) VALUES (?, ?)').run(BOARD_ID, Buffer.from([0, 0]))
	db.prepare('INSERT INTO assets VALUES (?, ?, ?, ?, ?, ?)').run(
		BOARD_ID,
		'asset-1',
		'image/png',
		'照片.png',
		Buffer.from([137, 80]),
		1500,
	)
	const link = db.prepare('INSERT INTO share_links VALUES (?, ?, ?, ?, ?, ?, NULL, ?, NULL)')
	link.run('link-fac', BOARD_ID, 'facilitator', '社工', hashToken(FACILITATOR_TOKEN), 1000, null)
	link.run('link-view', BOARD_ID, 'viewer', '大屏', hashToken(REVOKED_TOKEN), 1100, 1200)
	db.prepare('INSERT INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
		'version-1',
		BOARD_ID,
		'会前',
		'manual',
		1800,
		'王社工',
		'facilitator',
		3,
		0,
		snapshot,
	)
	db.close()
	return { dataDir, snapshot }
}

function userVersion(file: string): number {
	const db = new Database(file, { readonly: true })
	try {
		return db.pragma('user_version', { simple: true }) as number
	} finally {
		db.close()
	}
}

/** Every table and index, as SQLite records them. */
function schemaOf(db: Database.Database): { type: string; name: string; sql: string }[] {
	return db
		.prepare<[], { type: string; name: string; sql: string }>(
			"SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY name",
		)
		.all()
}

const dirs: string[] = []
const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
	for (const c of cleanups.splice(0).reverse()) await c()
	for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true })
})

describe('SQLite schema migrations', () => {
	it('opens a November database (links without 参会, versions without private snapshots): every row kept, version current, its links work on a server', async () => {
		const { dataDir, snapshot } = novemberDataDir()
		dirs.push(dataDir)
		const file = path.join(dataDir, 'niudai.sqlite')
		expect(userVersion(file)).toBe(0)

		const storage = new SqliteStorage(dataDir)
		expect(userVersion(file)).toBe(SQLITE_SCHEMA_VERSION)
		expect(await storage.getBoard(BOARD_ID)).toEqual({
			id: BOARD_ID,
			title: '老街坊议事会',
			createdAt: 1000,
			updatedAt: 2000,
			deletedAt: null,
		})
		const doc = await storage.loadDoc(BOARD_ID)
		expect(Buffer.from(doc.snapshot ?? [])).toEqual(snapshot)
		expect(doc.updates).toEqual([new Uint8Array([0, 0])])
		expect((await storage.listLinks(BOARD_ID)).map((l) => [l.id, l.role, l.label, l.revokedAt])).toEqual([
			['link-view', 'viewer', '大屏', 1200],
			['link-fac', 'facilitator', '社工', null],
		])
		expect((await storage.findLinkByTokenHash(hashToken(FACILITATOR_TOKEN)))?.id).toBe('link-fac')
		const version = await storage.getVersion(BOARD_ID, 'version-1')
		expect(version).toMatchObject({ name: '会前', kind: 'manual', createdBy: '王社工', role: 'facilitator' })
		expect(version?.privateSnapshot).toBeNull()
		expect(await storage.getAsset(BOARD_ID, 'asset-1')).toEqual({
			mime: 'image/png',
			name: '照片.png',
			data: new Uint8Array([137, 80]),
		})
		// What the November schema refused now works: 参会 links and versions, private snapshots.
		await storage.createLink({
			id: 'link-part',
			boardId: BOARD_ID,
			role: 'participant',
			label: '居民',
			tokenHash: hashToken('participant-token-0123456789abcdefghijklmn'),
			createdAt: 3000,
			expiresAt: null,
			revokedAt: null,
			lastUsedAt: null,
		})
		await storage.createVersion({
			id: 'version-2',
			boardId: BOARD_ID,
			name: '',
			kind: 'manual',
			createdAt: 3100,
			createdBy: '',
			role: 'participant',
			recordCount: 1,
			shapeCount: 0,
			snapshot: new Uint8Array([1]),
			privateSnapshot: new Uint8Array([2]),
		})
		expect((await storage.getVersion(BOARD_ID, 'version-2'))?.privateSnapshot).toEqual(new Uint8Array([2]))
		// …and the activity log (schema 6) starts empty and takes entries.
		expect(await storage.listActivity(BOARD_ID)).toEqual({ entries: [], nextBefore: null })
		await storage.appendActivity(BOARD_ID, [
			{
				boardId: BOARD_ID,
				at: 3200,
				lastAt: 3200,
				kind: 'version_saved',
				actor: { linkId: 'link-fac', linkLabel: '社工', role: 'facilitator', name: '王社工' },
				targetId: 'version-2',
				targetType: 'version',
				targetTitle: '',
				fields: [],
			},
		])
		expect((await storage.listActivity(BOARD_ID)).entries.map((e) => e.kind)).toEqual(['version_saved'])
		await storage.close()

		// Opening it again applies nothing.
		const again = new Database(file)
		expect(migrateSqlite(again)).toEqual([])
		again.close()

		const server = await startTestServer({ dataDir })
		cleanups.push(() => server.close())
		const ok = await fetch(`${server.url}/api/boards/${BOARD_ID}`, {
			headers: { authorization: `Bearer ${FACILITATOR_TOKEN}` },
		})
		expect(ok.status).toBe(200)
		expect(((await ok.json()) as { title: string }).title).toBe('老街坊议事会')
		const versions = await fetch(`${server.url}/api/boards/${BOARD_ID}/versions`, {
			headers: { authorization: `Bearer ${FACILITATOR_TOKEN}` },
		})
		expect(versions.status).toBe(200)
		expect(JSON.stringify(await versions.json())).toContain('会前')
		const revoked = await fetch(`${server.url}/api/boards/${BOARD_ID}`, {
			headers: { authorization: `Bearer ${REVOKED_TOKEN}` },
		})
		expect(revoked.status).toBeGreaterThanOrEqual(401)
		expect(revoked.status).toBeLessThan(500)
	})

	it('recognises each older unversioned shape, and migrating from any of them gives the schema of a fresh database', () => {
		const fresh = new Database(':memory:')
		migrateSqlite(fresh)
		expect(fresh.pragma('user_version', { simple: true })).toBe(SQLITE_SCHEMA_VERSION)
		const freshSchema = schemaOf(fresh)
		fresh.close()
		for (let shape = 0; shape <= SQLITE_SCHEMA_VERSION; shape++) {
			const db = new Database(':memory:')
			// The shape older code left, still at user_version 0.
			for (const m of SQLITE_MIGRATIONS.filter((m) => m.version <= shape)) m.apply(db)
			expect(detectUnversionedSchema(db), `shape ${shape}`).toBe(shape)
			migrateSqlite(db)
			expect(db.pragma('user_version', { simple: true })).toBe(SQLITE_SCHEMA_VERSION)
			expect(schemaOf(db), `shape ${shape}`).toEqual(freshSchema)
			db.close()
		}
	})

	it('refuses a database written by a newer version, and leaves it as it was', () => {
		const dataDir = tempDataDir()
		dirs.push(dataDir)
		const file = path.join(dataDir, 'niudai.sqlite')
		const db = new Database(file)
		db.exec('CREATE TABLE boards (id TEXT PRIMARY KEY)')
		db.pragma(`user_version = ${SQLITE_SCHEMA_VERSION + 1}`)
		db.close()
		expect(() => new SqliteStorage(dataDir)).toThrow(NewerSchemaError)
		expect(() => new SqliteStorage(dataDir)).toThrow(/newer than this Niudai knows/)
		expect(userVersion(file)).toBe(SQLITE_SCHEMA_VERSION + 1)
	})

	it('a migration that fails is rolled back whole and the version stays at the one before it', () => {
		const db = new Database(':memory:')
		migrateSqlite(db)
		const failing = {
			version: SQLITE_SCHEMA_VERSION + 1,
			name: 'fails half-way',
			apply(d: Database.Database) {
				d.exec('CREATE TABLE half_done (x INTEGER)')
				throw new Error('disk on fire')
			},
		}
		expect(() => migrateSqlite(db, [...SQLITE_MIGRATIONS, failing])).toThrow('disk on fire')
		expect(db.pragma('user_version', { simple: true })).toBe(SQLITE_SCHEMA_VERSION)
		expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBeUndefined()
		db.close()
	})
})
