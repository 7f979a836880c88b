import fs from 'node:fs'
import Database from 'better-sqlite3'
import type { ActivityPage, ActivityQuery, ShapeAttribution } from '../../shared/activity/activityTypes'
import { preparePrivateDatabase, restrictDatabaseFiles } from './privateDataDir'
import {
	type ActivityMerge,
	type BoardRow,
	type DocKind,
	LINK_TOUCH_INTERVAL_MS,
	MAX_AUTO_VERSIONS,
	type NewActivityEntry,
	type ShareLinkRow,
	type Storage,
	type StoredAsset,
	type StoredDoc,
	type StoredVersion,
	type VersionRow,
} from './Storage'
import { migrateSqlite } from './sqliteMigrations'
import {
	ACTIVITY_INSERT_COLUMNS,
	type ActivityDbRow,
	activityFilter,
	activityPage,
	activityValues,
	type BoardDbRow,
	CHANGED_KINDS,
	CREATED_KINDS,
	type LinkDbRow,
	toAttribution,
	toBoardRow,
	toLinkRow,
	toVersionRow,
	VERSION_COLUMNS,
	type VersionDbRow,
} from './storedRows'

const inList = (kinds: readonly string[]) => kinds.map((k) => `'${k}'`).join(', ')

/** Every table holding rows of a board (besides `boards`), deleted with it. */
const BOARD_TABLES = [
	'updates',
	'snapshots',
	'private_updates',
	'private_snapshots',
	'assets',
	'share_links',
	'versions',
	'client_owners',
	'activity',
] as const

/** The columns that make up a board's stored size. */
const BOARD_BLOB_COLUMNS = [
	['snapshots', 'data'],
	['updates', 'data'],
	['private_snapshots', 'data'],
	['private_updates', 'data'],
	['assets', 'data'],
	['versions', 'snapshot'],
	['versions', 'private_snapshot'],
] as const

/** Statements of one document kind's snapshot and log tables. */
function docStatements(db: Database.Database, snapshots: string, updates: string) {
	return {
		insertUpdate: db.prepare(`INSERT INTO ${updates} (board_id, data) VALUES (?, ?)`),
		getSnapshot: db.prepare<[string], { data: Buffer; upto_seq: number }>(
			`SELECT data, upto_seq FROM ${snapshots} WHERE board_id = ?`,
		),
		getUpdates: db.prepare<[string, number], { seq: number; data: Buffer }>(
			`SELECT seq, data FROM ${updates} WHERE board_id = ? AND seq > ? ORDER BY seq`,
		),
		countUpdates: db.prepare<[string, number], { n: number }>(
			`SELECT COUNT(*) AS n FROM ${updates} WHERE board_id = ? AND seq > ?`,
		),
		putSnapshot: db.prepare(
			`INSERT INTO ${snapshots} (board_id, data, upto_seq) VALUES (?, ?, ?) ON CONFLICT(board_id) DO UPDATE SET data = excluded.data, upto_seq = excluded.upto_seq`,
		),
		deleteUpdatesUpTo: db.prepare(`DELETE FROM ${updates} WHERE board_id = ? AND seq <= ?`),
		maxSeq: db.prepare<[], { seq: number | null }>(`SELECT MAX(seq) AS seq FROM ${updates}`),
	}
}

/** The WAL file is cut back to at most this size whenever a checkpoint empties it. */
export const JOURNAL_SIZE_LIMIT_BYTES = 64 * 1024 * 1024
/** A WAL larger than this is checkpointed and truncated after a compaction, and every WAL_CHECK_INTERVAL_MS. */
export const WAL_TRUNCATE_AFTER_BYTES = 4 * 1024 * 1024
const WAL_CHECK_INTERVAL_MS = 60_000

/** What a checkpoint did: the WAL file's size before and after, and whether a reader kept it from finishing. */
export interface CheckpointResult {
	walBytesBefore: number
	walBytesAfter: number
	busy: boolean
}

function fileSize(file: string): number {
	try {
		return fs.statSync(file).size
	} catch (err) {
		if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 0
		throw err
	}
}

/**
 * SQLite storage (WAL, synchronous=FULL): an append-only update log per board,
 * compacted into one snapshot row. better-sqlite3 is synchronous, so a method has
 * committed when it returns.
 */
export class SqliteStorage implements Storage {
	private readonly db: Database.Database
	private readonly stmts
	/** Snapshot and log statements of each document kind. */
	private readonly docs: Record<DocKind, ReturnType<typeof docStatements>>
	private readonly checkpointTimer: NodeJS.Timeout

	constructor(dataDir: string) {
		// The directory 0700 and the database files 0600: they hold every board and link.
		const file = preparePrivateDatabase(dataDir, 'niudai.sqlite')
		this.db = new Database(file)
		this.db.pragma('journal_mode = WAL')
		restrictDatabaseFiles(file)
		this.db.pragma('synchronous = FULL')
		this.db.pragma('foreign_keys = ON')
		// A checkpoint that empties the WAL also shrinks its file to at most this much.
		this.db.pragma(`journal_size_limit = ${JOURNAL_SIZE_LIMIT_BYTES}`)
		try {
			migrateSqlite(this.db)
		} catch (err) {
			// A newer database, or a migration that failed (rolled back): nothing stays open.
			this.db.close()
			throw err
		}
		this.checkpointTimer = setInterval(() => this.truncateWalIfLarge(), WAL_CHECK_INTERVAL_MS)
		this.checkpointTimer.unref()
		const db = this.db
		this.docs = {
			main: docStatements(db, 'snapshots', 'updates'),
			private: docStatements(db, 'private_snapshots', 'private_updates'),
		}
		this.stmts = {
			insertBoard: db.prepare(
				'INSERT INTO boards (id, title, created_at, updated_at, deleted_at) VALUES (@id, @title, @createdAt, @updatedAt, @deletedAt)',
			),
			getBoard: db.prepare<[string], BoardDbRow>('SELECT * FROM boards WHERE id = ?'),
			listLive: db.prepare<[], BoardDbRow>('SELECT * FROM boards WHERE deleted_at IS NULL ORDER BY updated_at DESC'),
			listDeleted: db.prepare<[], BoardDbRow>(
				'SELECT * FROM boards WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC',
			),
			updateBoard: db.prepare(
				'UPDATE boards SET title = @title, updated_at = @updatedAt, deleted_at = @deletedAt WHERE id = @id',
			),
			touchBoard: db.prepare('UPDATE boards SET updated_at = ? WHERE id = ?'),
			putAsset: db.prepare(
				'INSERT OR REPLACE INTO assets (board_id, id, mime, name, data, created_at) VALUES (?, ?, ?, ?, ?, ?)',
			),
			listAssets: db.prepare<[string], { id: string; mime: string; name: string; data: Buffer; created_at: number }>(
				'SELECT id, mime, name, data, created_at FROM assets WHERE board_id = ? ORDER BY created_at, id',
			),
			getAsset: db.prepare<[string, string], { mime: string; name: string; data: Buffer }>(
				'SELECT mime, name, data FROM assets WHERE board_id = ? AND id = ?',
			),
			insertLink: db.prepare(
				'INSERT INTO share_links (id, board_id, role, label, token_hash, created_at, expires_at, revoked_at, last_used_at) VALUES (@id, @boardId, @role, @label, @tokenHash, @createdAt, @expiresAt, @revokedAt, @lastUsedAt)',
			),
			listLinks: db.prepare<[string], LinkDbRow>(
				'SELECT * FROM share_links WHERE board_id = ? ORDER BY created_at DESC, rowid DESC',
			),
			findLink: db.prepare<[string], LinkDbRow>('SELECT * FROM share_links WHERE token_hash = ?'),
			getLink: db.prepare<[string, string], LinkDbRow>('SELECT * FROM share_links WHERE board_id = ? AND id = ?'),
			revokeLink: db.prepare(
				'UPDATE share_links SET revoked_at = ? WHERE board_id = ? AND id = ? AND revoked_at IS NULL',
			),
			touchLink: db.prepare(
				'UPDATE share_links SET last_used_at = @at WHERE id = @id AND (last_used_at IS NULL OR last_used_at <= @at - @interval)',
			),
			insertVersion: db.prepare(
				'INSERT INTO versions (id, board_id, name, kind, created_at, created_by, role, record_count, shape_count, snapshot, private_snapshot) VALUES (@id, @boardId, @name, @kind, @createdAt, @createdBy, @role, @recordCount, @shapeCount, @snapshot, @privateSnapshot)',
			),
			pruneAutoVersions: db.prepare(
				`DELETE FROM versions WHERE board_id = @boardId AND kind = 'auto' AND id NOT IN (
					SELECT id FROM versions WHERE board_id = @boardId AND kind = 'auto' ORDER BY created_at DESC, rowid DESC LIMIT @keep
				)`,
			),
			listVersions: db.prepare<[string], VersionDbRow>(
				`SELECT ${VERSION_COLUMNS} FROM versions WHERE board_id = ? ORDER BY created_at DESC, rowid DESC`,
			),
			getVersion: db.prepare<[string, string], VersionDbRow & { snapshot: Buffer; private_snapshot: Buffer | null }>(
				`SELECT ${VERSION_COLUMNS}, snapshot, private_snapshot FROM versions WHERE board_id = ? AND id = ?`,
			),
			latestVersionAt: db.prepare<[string], { at: number | null }>(
				'SELECT MAX(created_at) AS at FROM versions WHERE board_id = ?',
			),
		}
	}

	async createBoard(row: BoardRow, initialSnapshot: Uint8Array, initialPrivateSnapshot?: Uint8Array): Promise<void> {
		this.db.transaction(() => {
			this.stmts.insertBoard.run(row)
			this.docs.main.putSnapshot.run(row.id, Buffer.from(initialSnapshot), this.currentSeq())
			if (initialPrivateSnapshot) {
				this.docs.private.putSnapshot.run(row.id, Buffer.from(initialPrivateSnapshot), this.currentSeq('private'))
			}
		})()
	}

	private currentSeq(doc: DocKind = 'main'): number {
		return this.docs[doc].maxSeq.get()?.seq ?? 0
	}

	async getBoard(id: string): Promise<BoardRow | null> {
		const r = this.stmts.getBoard.get(id)
		return r ? toBoardRow(r) : null
	}

	async listBoards(opts: { deleted: boolean }): Promise<BoardRow[]> {
		return (opts.deleted ? this.stmts.listDeleted : this.stmts.listLive).all().map(toBoardRow)
	}

	async deleteBoard(id: string): Promise<boolean> {
		return this.db.transaction(() => {
			for (const table of BOARD_TABLES) this.db.prepare(`DELETE FROM ${table} WHERE board_id = ?`).run(id)
			return this.db.prepare('DELETE FROM boards WHERE id = ?').run(id).changes > 0
		})()
	}

	async boardBytes(id: string): Promise<number> {
		const sums = BOARD_BLOB_COLUMNS.map(
			([table, column]) =>
				this.db
					.prepare<[string], { n: number | null }>(
						`SELECT SUM(LENGTH(${column})) AS n FROM ${table} WHERE board_id = ?`,
					)
					.get(id)?.n ?? 0,
		)
		return sums.reduce((a, b) => a + b, 0)
	}

	async updateBoard(
		id: string,
		patch: Partial<Pick<BoardRow, 'title' | 'deletedAt' | 'updatedAt'>>,
	): Promise<BoardRow | null> {
		const current = await this.getBoard(id)
		if (!current) return null
		const next: BoardRow = { ...current, ...patch }
		this.stmts.updateBoard.run(next)
		return next
	}

	async appendUpdates(boardId: string, updates: Uint8Array[], doc: DocKind = 'main'): Promise<number> {
		let last = 0
		const insertUpdate = this.docs[doc].insertUpdate
		this.db.transaction(() => {
			for (const u of updates) {
				last = Number(insertUpdate.run(boardId, Buffer.from(u)).lastInsertRowid)
			}
			this.stmts.touchBoard.run(Date.now(), boardId)
		})()
		return last
	}

	async loadDoc(boardId: string, doc: DocKind = 'main'): Promise<StoredDoc> {
		const stmts = this.docs[doc]
		const snap = stmts.getSnapshot.get(boardId)
		const after = snap?.upto_seq ?? 0
		const rows = stmts.getUpdates.all(boardId, after)
		return {
			snapshot: snap ? new Uint8Array(snap.data) : null,
			updates: rows.map((r) => new Uint8Array(r.data)),
			lastSeq: rows.length > 0 ? rows[rows.length - 1].seq : after,
		}
	}

	async loadDocSince(boardId: string, afterSeq: number, doc: DocKind = 'main'): Promise<StoredDoc> {
		const stmts = this.docs[doc]
		return this.db.transaction(() => {
			const snap = stmts.getSnapshot.get(boardId)
			const upto = snap?.upto_seq ?? 0
			const rows = stmts.getUpdates.all(boardId, Math.max(afterSeq, upto))
			return {
				snapshot: snap && upto > afterSeq ? new Uint8Array(snap.data) : null,
				updates: rows.map((r) => new Uint8Array(r.data)),
				lastSeq: rows.length > 0 ? rows[rows.length - 1].seq : Math.max(afterSeq, upto),
			}
		})()
	}

	async compact(boardId: string, snapshot: Uint8Array, uptoSeq: number, doc: DocKind = 'main'): Promise<void> {
		const stmts = this.docs[doc]
		this.db.transaction(() => {
			// Idempotent: never replaces a snapshot that covers more.
			const current = stmts.getSnapshot.get(boardId)
			if (current && current.upto_seq > uptoSeq) return
			stmts.putSnapshot.run(boardId, Buffer.from(snapshot), uptoSeq)
			stmts.deleteUpdatesUpTo.run(boardId, uptoSeq)
		})()
		this.truncateWalIfLarge()
	}

	/**
	 * Copies every page of the WAL into the database and truncates the WAL file to zero
	 * bytes. Never waits for a reader (another process's backup or listing): when one
	 * keeps it from finishing, `busy` is true and the next check tries again.
	 */
	checkpoint(): CheckpointResult {
		const wal = `${this.db.name}-wal`
		const walBytesBefore = fileSize(wal)
		const timeout = this.db.pragma('busy_timeout', { simple: true }) as number
		this.db.pragma('busy_timeout = 0')
		try {
			const [row] = this.db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[]
			return { walBytesBefore, walBytesAfter: fileSize(wal), busy: row?.busy === 1 }
		} finally {
			this.db.pragma(`busy_timeout = ${timeout}`)
		}
	}

	/** The connection's journal_size_limit, in bytes. */
	journalSizeLimit(): number {
		return this.db.pragma('journal_size_limit', { simple: true }) as number
	}

	/** Checkpoints when the WAL has grown beyond WAL_TRUNCATE_AFTER_BYTES. */
	private truncateWalIfLarge(): void {
		try {
			if (!this.db.open || fileSize(`${this.db.name}-wal`) <= WAL_TRUNCATE_AFTER_BYTES) return
			this.checkpoint()
		} catch {
			// The write before it has committed; the next check, or close(), tries again.
		}
	}

	async countUpdates(boardId: string, doc: DocKind = 'main'): Promise<number> {
		const stmts = this.docs[doc]
		const snap = stmts.getSnapshot.get(boardId)
		return stmts.countUpdates.get(boardId, snap?.upto_seq ?? 0)?.n ?? 0
	}

	async putAsset(boardId: string, asset: { id: string; mime: string; name: string; data: Uint8Array }): Promise<void> {
		this.stmts.putAsset.run(boardId, asset.id, asset.mime, asset.name, Buffer.from(asset.data), Date.now())
	}

	async listAssets(boardId: string): Promise<StoredAsset[]> {
		return this.stmts.listAssets.all(boardId).map((r) => ({
			id: r.id,
			mime: r.mime,
			name: r.name,
			data: new Uint8Array(r.data),
			createdAt: r.created_at,
		}))
	}

	async getAsset(boardId: string, assetId: string): Promise<{ mime: string; name: string; data: Uint8Array } | null> {
		const r = this.stmts.getAsset.get(boardId, assetId)
		return r ? { mime: r.mime, name: r.name, data: new Uint8Array(r.data) } : null
	}

	async createLink(row: ShareLinkRow): Promise<void> {
		this.stmts.insertLink.run(row)
	}

	async listLinks(boardId: string): Promise<ShareLinkRow[]> {
		return this.stmts.listLinks.all(boardId).map(toLinkRow)
	}

	async findLinkByTokenHash(tokenHash: string): Promise<ShareLinkRow | null> {
		const r = this.stmts.findLink.get(tokenHash)
		return r ? toLinkRow(r) : null
	}

	async revokeLink(boardId: string, linkId: string, at: number): Promise<ShareLinkRow | null> {
		this.stmts.revokeLink.run(at, boardId, linkId)
		const r = this.stmts.getLink.get(boardId, linkId)
		return r ? toLinkRow(r) : null
	}

	async revokeLinkUnless(
		boardId: string,
		linkId: string,
		at: number,
		refuse: (links: readonly ShareLinkRow[]) => boolean,
	): Promise<ShareLinkRow | null | 'refused'> {
		return this.db
			.transaction((): ShareLinkRow | null | 'refused' => {
				if (refuse(this.stmts.listLinks.all(boardId).map(toLinkRow))) return 'refused'
				this.stmts.revokeLink.run(at, boardId, linkId)
				const r = this.stmts.getLink.get(boardId, linkId)
				return r ? toLinkRow(r) : null
			})
			.immediate()
	}

	async touchLink(linkId: string, at: number): Promise<void> {
		this.stmts.touchLink.run({ id: linkId, at, interval: LINK_TOUCH_INTERVAL_MS })
	}

	async createVersion(version: StoredVersion, maxAuto = MAX_AUTO_VERSIONS): Promise<void> {
		this.db.transaction(() => {
			this.stmts.insertVersion.run({
				...version,
				snapshot: Buffer.from(version.snapshot),
				privateSnapshot: version.privateSnapshot ? Buffer.from(version.privateSnapshot) : null,
			})
			if (version.kind === 'auto') this.stmts.pruneAutoVersions.run({ boardId: version.boardId, keep: maxAuto })
		})()
	}

	async listVersions(boardId: string): Promise<VersionRow[]> {
		return this.stmts.listVersions.all(boardId).map(toVersionRow)
	}

	async getVersion(boardId: string, versionId: string): Promise<StoredVersion | null> {
		const r = this.stmts.getVersion.get(boardId, versionId)
		return r
			? {
					...toVersionRow(r),
					snapshot: new Uint8Array(r.snapshot),
					privateSnapshot: r.private_snapshot ? new Uint8Array(r.private_snapshot) : null,
				}
			: null
	}

	async latestVersionAt(boardId: string): Promise<number | null> {
		return this.stmts.latestVersionAt.get(boardId)?.at ?? null
	}

	async loadClientOwners(boardId: string): Promise<Map<number, string>> {
		const rows = this.db
			.prepare<[string], { client_id: number; owner: string }>(
				'SELECT client_id, owner FROM client_owners WHERE board_id = ?',
			)
			.all(boardId)
		return new Map(rows.map((r) => [r.client_id, r.owner]))
	}

	async claimClientIds(boardId: string, claims: ReadonlyMap<number, string>): Promise<void> {
		const insert = this.db.prepare('INSERT OR IGNORE INTO client_owners (board_id, client_id, owner) VALUES (?, ?, ?)')
		this.db.transaction(() => {
			for (const [clientId, owner] of claims) insert.run(boardId, clientId, owner)
		})()
	}

	async appendActivity(
		boardId: string,
		entries: readonly NewActivityEntry[],
		merges: readonly ActivityMerge[] = [],
	): Promise<number[]> {
		const insert = this.db.prepare(
			`INSERT INTO activity (${ACTIVITY_INSERT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		)
		const merge = this.db.prepare(
			'UPDATE activity SET fields = ?, target_title = ?, last_at = ? WHERE board_id = ? AND id = ?',
		)
		return this.db.transaction(() => {
			for (const m of merges) merge.run(JSON.stringify(m.fields), m.targetTitle, m.lastAt, boardId, m.id)
			return entries.map((e) => Number(insert.run(...activityValues(boardId, e)).lastInsertRowid))
		})()
	}

	async listActivity(boardId: string, query: ActivityQuery = {}): Promise<ActivityPage> {
		const { where, params, limit } = activityFilter(boardId, query, () => '?')
		const rows = this.db
			.prepare<unknown[], ActivityDbRow>(`SELECT * FROM activity WHERE ${where} ORDER BY id DESC LIMIT ?`)
			.all(...params, limit + 1)
		return activityPage(rows, limit)
	}

	async shapeAttribution(boardId: string, targetId: string): Promise<ShapeAttribution> {
		const one = (kinds: readonly string[], order: 'ASC' | 'DESC') =>
			this.db
				.prepare<[string, string], ActivityDbRow>(
					`SELECT * FROM activity WHERE board_id = ? AND target_id = ? AND kind IN (${inList(kinds)}) ORDER BY id ${order} LIMIT 1`,
				)
				.get(boardId, targetId)
		return toAttribution(one(CREATED_KINDS, 'ASC'), one(CHANGED_KINDS, 'DESC'))
	}

	async ping(): Promise<void> {
		this.db.prepare('SELECT 1 FROM boards LIMIT 1').get()
	}

	async close(): Promise<void> {
		clearInterval(this.checkpointTimer)
		if (this.db.open) {
			this.db.pragma('wal_checkpoint(TRUNCATE)')
			this.db.close()
		}
	}
}
