import pg from 'pg'
import type { ActivityPage, ActivityQuery, ShapeAttribution } from '../../shared/activity/activityTypes'
import { MIGRATIONS, type Migration } from './postgresMigrations'
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
import { StorageUnavailableError } from './StorageUnavailableError'
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

/** Key of the advisory lock held while migrations run (several nodes may start at once). */
const MIGRATION_LOCK_KEY = 0x6e697564 // 'niud'

/** BIGINT columns hold epoch milliseconds and sequence numbers: well inside a double. */
const TYPES = {
	getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
		oid === pg.types.builtins.INT8 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format)) as never,
}

/** SQLSTATE classes that mean "the database cannot take this now" rather than "this request is wrong". */
const UNAVAILABLE_CLASSES = ['08', '53', '57', '58', 'XX']

/** True when `err` says the database is unreachable, down, full or shutting down. */
export function isDatabaseUnavailable(err: unknown): boolean {
	if (err instanceof StorageUnavailableError) return true
	if (!(err instanceof Error)) return false
	const code = (err as { code?: unknown }).code
	if (typeof code === 'string') {
		if (/^[0-9A-Z]{5}$/.test(code)) return UNAVAILABLE_CLASSES.some((c) => code.startsWith(c))
		// Node's socket errors: ECONNREFUSED, ECONNRESET, ETIMEDOUT, EPIPE …
		return code.startsWith('E')
	}
	return /Connection terminated|connection timeout|timeout exceeded|Client has encountered a connection error|not queryable/i.test(
		err.message,
	)
}

const bytes = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength)
const buf = (u: Uint8Array): Buffer => Buffer.from(u.buffer, u.byteOffset, u.byteLength)

/** Applies the migrations not applied yet, in order, each in its own transaction, under an advisory lock. */
export async function migrate(pool: pg.Pool, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
	const client = await pool.connect()
	const applied: number[] = []
	try {
		await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY])
		try {
			await client.query(
				'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)',
			)
			const done = new Set(
				(await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version),
			)
			for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
				if (done.has(m.version)) continue
				await client.query('BEGIN')
				try {
					await client.query(m.sql)
					await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
						m.version,
						m.name,
						Date.now(),
					])
					await client.query('COMMIT')
				} catch (err) {
					await client.query('ROLLBACK')
					throw new Error(`migration ${m.version} (${m.name}) failed: ${(err as Error).message}`)
				}
				applied.push(m.version)
			}
		} finally {
			await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY])
		}
	} finally {
		client.release()
	}
	return applied
}

/**
 * PostgreSQL storage (node-postgres pool): the same contract as SqliteStorage, shared by
 * several server nodes. A write has committed when its promise resolves. Every board
 * document has its own sequence (board_docs.last_seq), taken under the row's lock, so
 * updates are committed in sequence order per board. A failure to reach the database
 * rejects with StorageUnavailableError (rooms turn read-only, REST answers 503).
 */
export class PostgresStorage implements Storage {
	private closed = false

	private constructor(readonly pool: pg.Pool) {}

	/** Connects, applies pending migrations and returns the storage. */
	static async open(connectionString: string, opts: { max?: number } = {}): Promise<PostgresStorage> {
		const pool = new pg.Pool({
			connectionString,
			max: opts.max ?? 10,
			connectionTimeoutMillis: 5000,
			idleTimeoutMillis: 30_000,
			types: TYPES,
		})
		// An idle client losing its connection (database restart) must not crash the process.
		pool.on('error', () => {})
		// Nor may a client that is checked out, or was just released after a failed query: a
		// terminated connection can emit 'error' more than once (the FATAL message, then the
		// connection's end), and pg-pool listens only once while a query runs. Failures still
		// reach the caller through the query's rejection.
		pool.on('connect', (client) => {
			client.on('error', () => {})
		})
		try {
			await migrate(pool)
		} catch (err) {
			await pool.end()
			throw err
		}
		return new PostgresStorage(pool)
	}

	/** Runs `fn`, turning "database unreachable" failures into StorageUnavailableError. */
	private async run<T>(boardId: string, fn: () => Promise<T>): Promise<T> {
		try {
			return await fn()
		} catch (err) {
			if (isDatabaseUnavailable(err) && !(err instanceof StorageUnavailableError)) {
				throw new StorageUnavailableError(boardId, err)
			}
			throw err
		}
	}

	private query<R extends pg.QueryResultRow>(boardId: string, sql: string, params: unknown[] = []) {
		return this.run(boardId, () => this.pool.query<R>(sql, params))
	}

	/** Runs `fn` in one transaction on one client. */
	private transaction<T>(boardId: string, fn: (c: pg.PoolClient) => Promise<T>, begin = 'BEGIN'): Promise<T> {
		return this.run(boardId, async () => {
			const client = await this.pool.connect()
			// A checked-out client losing its connection emits 'error' besides failing its query.
			const onError = () => {}
			client.on('error', onError)
			let broken = false
			try {
				await client.query(begin)
				const result = await fn(client)
				await client.query('COMMIT')
				return result
			} catch (err) {
				try {
					await client.query('ROLLBACK')
				} catch {
					broken = true
				}
				throw err
			} finally {
				client.off('error', onError)
				// A client whose connection broke is dropped from the pool, not reused.
				client.release(broken)
			}
		})
	}

	/**
	 * Runs `fn` with a storage whose every read and write happens in one transaction on one
	 * client (its own transactions become savepoints): all of it commits, or none of it.
	 * `fn` must call the storage one call at a time.
	 */
	inOneTransaction<T>(fn: (tx: PostgresStorage) => Promise<T>): Promise<T> {
		return this.transaction('', async (client) => {
			const nested = (sql: string): string | null =>
				sql.startsWith('BEGIN')
					? 'SAVEPOINT nested'
					: sql === 'COMMIT'
						? 'RELEASE SAVEPOINT nested'
						: sql === 'ROLLBACK'
							? 'ROLLBACK TO SAVEPOINT nested'
							: null
			const scoped = {
				query: (sql: string, params?: unknown[]) => client.query(nested(sql) ?? sql, params),
				on: () => scoped,
				off: () => scoped,
				release: () => {},
			}
			const pool = { query: scoped.query, connect: async () => scoped } as unknown as pg.Pool
			return fn(new PostgresStorage(pool))
		})
	}

	async createBoard(row: BoardRow, initialSnapshot: Uint8Array, initialPrivateSnapshot?: Uint8Array): Promise<void> {
		await this.transaction(row.id, async (c) => {
			await c.query('INSERT INTO boards (id, title, created_at, updated_at, deleted_at) VALUES ($1, $2, $3, $4, $5)', [
				row.id,
				row.title,
				row.createdAt,
				row.updatedAt,
				row.deletedAt,
			])
			await c.query(`INSERT INTO board_docs (board_id, doc, snapshot) VALUES ($1, 'main', $2), ($1, 'private', $3)`, [
				row.id,
				buf(initialSnapshot),
				initialPrivateSnapshot ? buf(initialPrivateSnapshot) : null,
			])
		})
	}

	async getBoard(id: string): Promise<BoardRow | null> {
		const r = await this.query<BoardDbRow>(id, 'SELECT * FROM boards WHERE id = $1', [id])
		return r.rows[0] ? toBoardRow(r.rows[0]) : null
	}

	async listBoards(opts: { deleted: boolean }): Promise<BoardRow[]> {
		const r = await this.query<BoardDbRow>(
			'',
			opts.deleted
				? 'SELECT * FROM boards WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC'
				: 'SELECT * FROM boards WHERE deleted_at IS NULL ORDER BY updated_at DESC',
		)
		return r.rows.map(toBoardRow)
	}

	async deleteBoard(id: string): Promise<boolean> {
		return this.transaction(id, async (c) => {
			for (const table of [
				'doc_updates',
				'board_docs',
				'assets',
				'share_links',
				'versions',
				'client_owners',
				'activity',
			]) {
				await c.query(`DELETE FROM ${table} WHERE board_id = $1`, [id])
			}
			return ((await c.query('DELETE FROM boards WHERE id = $1', [id])).rowCount ?? 0) > 0
		})
	}

	async boardBytes(id: string): Promise<number> {
		const r = await this.query<{ n: string | null }>(
			id,
			`SELECT
				COALESCE((SELECT SUM(COALESCE(octet_length(snapshot), 0)) FROM board_docs WHERE board_id = $1), 0)
				+ COALESCE((SELECT SUM(octet_length(data)) FROM doc_updates WHERE board_id = $1), 0)
				+ COALESCE((SELECT SUM(octet_length(data)) FROM assets WHERE board_id = $1), 0)
				+ COALESCE((SELECT SUM(octet_length(snapshot) + COALESCE(octet_length(private_snapshot), 0)) FROM versions WHERE board_id = $1), 0)
				AS n`,
			[id],
		)
		return Number(r.rows[0]?.n ?? 0)
	}

	async updateBoard(
		id: string,
		patch: Partial<Pick<BoardRow, 'title' | 'deletedAt' | 'updatedAt'>>,
	): Promise<BoardRow | null> {
		const current = await this.getBoard(id)
		if (!current) return null
		const next: BoardRow = { ...current, ...patch }
		await this.query(id, 'UPDATE boards SET title = $2, updated_at = $3, deleted_at = $4 WHERE id = $1', [
			id,
			next.title,
			next.updatedAt,
			next.deletedAt,
		])
		return next
	}

	async appendUpdates(boardId: string, updates: Uint8Array[], doc: DocKind = 'main'): Promise<number> {
		return this.transaction(boardId, async (c) => {
			// The row lock numbers this board's updates: the next appender waits for this commit.
			const r = await c.query<{ last_seq: number }>(
				`INSERT INTO board_docs (board_id, doc, last_seq) VALUES ($1, $2, $3)
				 ON CONFLICT (board_id, doc) DO UPDATE SET last_seq = board_docs.last_seq + $3
				 RETURNING last_seq`,
				[boardId, doc, updates.length],
			)
			const last = r.rows[0].last_seq
			if (updates.length > 0) {
				const first = last - updates.length + 1
				await c.query(
					`INSERT INTO doc_updates (board_id, doc, seq, data)
					 SELECT $1, $2, $3::bigint + n - 1, data FROM unnest($4::bytea[]) WITH ORDINALITY AS u(data, n)`,
					[boardId, doc, first, updates.map(buf)],
				)
			}
			await c.query('UPDATE boards SET updated_at = $2 WHERE id = $1', [boardId, Date.now()])
			return last
		})
	}

	async loadDoc(boardId: string, doc: DocKind = 'main'): Promise<StoredDoc> {
		return this.loadDocSince(boardId, -1, doc)
	}

	async loadDocSince(boardId: string, afterSeq: number, doc: DocKind = 'main'): Promise<StoredDoc> {
		// One snapshot of the database: a compaction between the two reads cannot drop entries unseen.
		return this.transaction(
			boardId,
			async (c) => {
				const d = await c.query<{ snapshot: Buffer | null; upto_seq: number }>(
					'SELECT snapshot, upto_seq FROM board_docs WHERE board_id = $1 AND doc = $2',
					[boardId, doc],
				)
				const upto = d.rows[0]?.upto_seq ?? 0
				const snapshot = d.rows[0]?.snapshot ?? null
				const from = Math.max(afterSeq, upto)
				const u = await c.query<{ seq: number; data: Buffer }>(
					'SELECT seq, data FROM doc_updates WHERE board_id = $1 AND doc = $2 AND seq > $3 ORDER BY seq',
					[boardId, doc, from],
				)
				return {
					snapshot: snapshot && upto > afterSeq ? bytes(snapshot) : null,
					updates: u.rows.map((r) => bytes(r.data)),
					lastSeq: u.rows.length > 0 ? u.rows[u.rows.length - 1].seq : Math.max(from, 0),
				}
			},
			'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
		)
	}

	async compact(boardId: string, snapshot: Uint8Array, uptoSeq: number, doc: DocKind = 'main'): Promise<void> {
		await this.transaction(boardId, async (c) => {
			// One compaction of a board document at a time, whichever node runs it.
			await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`compact:${boardId}/${doc}`])
			const r = await c.query(
				`UPDATE board_docs SET snapshot = $3, upto_seq = $4
				 WHERE board_id = $1 AND doc = $2 AND upto_seq <= $4`,
				[boardId, doc, buf(snapshot), uptoSeq],
			)
			// Idempotent: a snapshot covering no more than the stored one changes nothing.
			if (r.rowCount === 0) return
			await c.query('DELETE FROM doc_updates WHERE board_id = $1 AND doc = $2 AND seq <= $3', [boardId, doc, uptoSeq])
		})
	}

	async countUpdates(boardId: string, doc: DocKind = 'main'): Promise<number> {
		const r = await this.query<{ n: number }>(
			boardId,
			`SELECT COUNT(*)::int AS n FROM doc_updates u JOIN board_docs d USING (board_id, doc)
			 WHERE u.board_id = $1 AND u.doc = $2 AND u.seq > d.upto_seq`,
			[boardId, doc],
		)
		return r.rows[0]?.n ?? 0
	}

	async putAsset(boardId: string, asset: { id: string; mime: string; name: string; data: Uint8Array }): Promise<void> {
		await this.putStoredAsset(boardId, { ...asset, createdAt: Date.now() })
	}

	/** Stores an asset with its original creation time (used when moving boards between storages). */
	async putStoredAsset(boardId: string, asset: StoredAsset): Promise<void> {
		await this.query(
			boardId,
			`INSERT INTO assets (board_id, id, mime, name, data, created_at) VALUES ($1, $2, $3, $4, $5, $6)
			 ON CONFLICT (board_id, id) DO UPDATE SET mime = excluded.mime, name = excluded.name, data = excluded.data, created_at = excluded.created_at`,
			[boardId, asset.id, asset.mime, asset.name, buf(asset.data), asset.createdAt],
		)
	}

	async listAssets(boardId: string): Promise<StoredAsset[]> {
		const r = await this.query<{ id: string; mime: string; name: string; data: Buffer; created_at: number }>(
			boardId,
			'SELECT id, mime, name, data, created_at FROM assets WHERE board_id = $1 ORDER BY created_at, id',
			[boardId],
		)
		return r.rows.map((a) => ({ id: a.id, mime: a.mime, name: a.name, data: bytes(a.data), createdAt: a.created_at }))
	}

	async getAsset(boardId: string, assetId: string): Promise<{ mime: string; name: string; data: Uint8Array } | null> {
		const r = await this.query<{ mime: string; name: string; data: Buffer }>(
			boardId,
			'SELECT mime, name, data FROM assets WHERE board_id = $1 AND id = $2',
			[boardId, assetId],
		)
		const a = r.rows[0]
		return a ? { mime: a.mime, name: a.name, data: bytes(a.data) } : null
	}

	async createLink(row: ShareLinkRow): Promise<void> {
		await this.query(
			row.boardId,
			`INSERT INTO share_links (id, board_id, role, label, token_hash, created_at, expires_at, revoked_at, last_used_at)
			 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
			[
				row.id,
				row.boardId,
				row.role,
				row.label,
				row.tokenHash,
				row.createdAt,
				row.expiresAt,
				row.revokedAt,
				row.lastUsedAt,
			],
		)
	}

	async listLinks(boardId: string): Promise<ShareLinkRow[]> {
		const r = await this.query<LinkDbRow>(
			boardId,
			'SELECT * FROM share_links WHERE board_id = $1 ORDER BY created_at DESC, ord DESC',
			[boardId],
		)
		return r.rows.map(toLinkRow)
	}

	async findLinkByTokenHash(tokenHash: string): Promise<ShareLinkRow | null> {
		const r = await this.query<LinkDbRow>('', 'SELECT * FROM share_links WHERE token_hash = $1', [tokenHash])
		return r.rows[0] ? toLinkRow(r.rows[0]) : null
	}

	async revokeLink(boardId: string, linkId: string, at: number): Promise<ShareLinkRow | null> {
		await this.query(
			boardId,
			'UPDATE share_links SET revoked_at = $1 WHERE board_id = $2 AND id = $3 AND revoked_at IS NULL',
			[at, boardId, linkId],
		)
		const r = await this.query<LinkDbRow>(boardId, 'SELECT * FROM share_links WHERE board_id = $1 AND id = $2', [
			boardId,
			linkId,
		])
		return r.rows[0] ? toLinkRow(r.rows[0]) : null
	}

	async revokeLinkUnless(
		boardId: string,
		linkId: string,
		at: number,
		refuse: (links: readonly ShareLinkRow[]) => boolean,
	): Promise<ShareLinkRow | null | 'refused'> {
		return this.transaction(boardId, async (c) => {
			// Row locks on every link of the board: a concurrent deactivation waits for this decision.
			const links = await c.query<LinkDbRow>(
				'SELECT * FROM share_links WHERE board_id = $1 ORDER BY created_at DESC, ord DESC FOR UPDATE',
				[boardId],
			)
			if (refuse(links.rows.map(toLinkRow))) return 'refused'
			await c.query('UPDATE share_links SET revoked_at = $1 WHERE board_id = $2 AND id = $3 AND revoked_at IS NULL', [
				at,
				boardId,
				linkId,
			])
			const r = await c.query<LinkDbRow>('SELECT * FROM share_links WHERE board_id = $1 AND id = $2', [boardId, linkId])
			return r.rows[0] ? toLinkRow(r.rows[0]) : null
		})
	}

	async touchLink(linkId: string, at: number): Promise<void> {
		await this.query(
			'',
			'UPDATE share_links SET last_used_at = $2 WHERE id = $1 AND (last_used_at IS NULL OR last_used_at <= $2::bigint - $3::bigint)',
			[linkId, at, LINK_TOUCH_INTERVAL_MS],
		)
	}

	async createVersion(version: StoredVersion, maxAuto = MAX_AUTO_VERSIONS): Promise<void> {
		await this.transaction(version.boardId, async (c) => {
			await c.query(
				`INSERT INTO versions (id, board_id, name, kind, created_at, created_by, role, record_count, shape_count, snapshot, private_snapshot)
				 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
				[
					version.id,
					version.boardId,
					version.name,
					version.kind,
					version.createdAt,
					version.createdBy,
					version.role,
					version.recordCount,
					version.shapeCount,
					buf(version.snapshot),
					version.privateSnapshot ? buf(version.privateSnapshot) : null,
				],
			)
			if (version.kind === 'auto') {
				await c.query(
					`DELETE FROM versions WHERE board_id = $1 AND kind = 'auto' AND id NOT IN (
						SELECT id FROM versions WHERE board_id = $1 AND kind = 'auto' ORDER BY created_at DESC, ord DESC LIMIT $2
					)`,
					[version.boardId, maxAuto],
				)
			}
		})
	}

	async listVersions(boardId: string): Promise<VersionRow[]> {
		const r = await this.query<VersionDbRow>(
			boardId,
			`SELECT ${VERSION_COLUMNS} FROM versions WHERE board_id = $1 ORDER BY created_at DESC, ord DESC`,
			[boardId],
		)
		return r.rows.map(toVersionRow)
	}

	async getVersion(boardId: string, versionId: string): Promise<StoredVersion | null> {
		const r = await this.query<VersionDbRow & { snapshot: Buffer; private_snapshot: Buffer | null }>(
			boardId,
			`SELECT ${VERSION_COLUMNS}, snapshot, private_snapshot FROM versions WHERE board_id = $1 AND id = $2`,
			[boardId, versionId],
		)
		const v = r.rows[0]
		return v
			? {
					...toVersionRow(v),
					snapshot: bytes(v.snapshot),
					privateSnapshot: v.private_snapshot ? bytes(v.private_snapshot) : null,
				}
			: null
	}

	async latestVersionAt(boardId: string): Promise<number | null> {
		const r = await this.query<{ at: number | null }>(
			boardId,
			'SELECT MAX(created_at) AS at FROM versions WHERE board_id = $1',
			[boardId],
		)
		return r.rows[0]?.at ?? null
	}

	async loadClientOwners(boardId: string): Promise<Map<number, string>> {
		const r = await this.query<{ client_id: number; owner: string }>(
			boardId,
			'SELECT client_id, owner FROM client_owners WHERE board_id = $1',
			[boardId],
		)
		return new Map(r.rows.map((o) => [o.client_id, o.owner]))
	}

	async claimClientIds(boardId: string, claims: ReadonlyMap<number, string>): Promise<void> {
		if (claims.size === 0) return
		await this.query(
			boardId,
			`INSERT INTO client_owners (board_id, client_id, owner)
			 SELECT $1, c, o FROM unnest($2::bigint[], $3::text[]) AS t(c, o)
			 ON CONFLICT (board_id, client_id) DO NOTHING`,
			[boardId, [...claims.keys()], [...claims.values()]],
		)
	}

	async appendActivity(
		boardId: string,
		entries: readonly NewActivityEntry[],
		merges: readonly ActivityMerge[] = [],
	): Promise<number[]> {
		if (entries.length === 0 && merges.length === 0) return []
		return this.transaction(boardId, async (c) => {
			for (const m of merges) {
				await c.query(
					'UPDATE activity SET fields = $1, target_title = $2, last_at = $3 WHERE board_id = $4 AND id = $5',
					[JSON.stringify(m.fields), m.targetTitle, m.lastAt, boardId, m.id],
				)
			}
			const ids: number[] = []
			for (const e of entries) {
				const r = await c.query<{ id: number }>(
					`INSERT INTO activity (${ACTIVITY_INSERT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
					activityValues(boardId, e),
				)
				ids.push(Number(r.rows[0].id))
			}
			return ids
		})
	}

	async listActivity(boardId: string, query: ActivityQuery = {}): Promise<ActivityPage> {
		const { where, params, limit } = activityFilter(boardId, query, (n) => `$${n}`)
		const r = await this.query<ActivityDbRow>(
			boardId,
			`SELECT * FROM activity WHERE ${where} ORDER BY id DESC LIMIT $${params.length + 1}`,
			[...params, limit + 1],
		)
		return activityPage(r.rows, limit)
	}

	async shapeAttribution(boardId: string, targetId: string): Promise<ShapeAttribution> {
		const one = async (kinds: readonly string[], order: 'ASC' | 'DESC') =>
			(
				await this.query<ActivityDbRow>(
					boardId,
					`SELECT * FROM activity WHERE board_id = $1 AND target_id = $2 AND kind = ANY($3::text[]) ORDER BY id ${order} LIMIT 1`,
					[boardId, targetId, kinds],
				)
			).rows[0]
		return toAttribution(await one(CREATED_KINDS, 'ASC'), await one(CHANGED_KINDS, 'DESC'))
	}

	async ping(): Promise<void> {
		await this.pool.query('SELECT 1 FROM boards LIMIT 1')
	}

	async close(): Promise<void> {
		if (this.closed) return
		this.closed = true
		await this.pool.end()
	}
}
