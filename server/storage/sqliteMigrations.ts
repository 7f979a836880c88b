import type Database from 'better-sqlite3'

/**
 * One versioned change of the SQLite schema. `apply` runs inside the migration's
 * transaction; afterwards `PRAGMA user_version` is the migration's version.
 */
export interface SqliteMigration {
	version: number
	name: string
	apply(db: Database.Database): void
}

const SHARE_LINKS_V5 = `
CREATE TABLE share_links (
	id TEXT PRIMARY KEY,
	board_id TEXT NOT NULL REFERENCES boards(id),
	role TEXT NOT NULL CHECK (role IN ('viewer', 'participant', 'editor', 'facilitator')),
	label TEXT NOT NULL DEFAULT '',
	token_hash TEXT NOT NULL UNIQUE,
	created_at INTEGER NOT NULL,
	expires_at INTEGER,
	revoked_at INTEGER,
	last_used_at INTEGER
)`

const VERSIONS_V5 = `
CREATE TABLE versions (
	id TEXT PRIMARY KEY,
	board_id TEXT NOT NULL REFERENCES boards(id),
	name TEXT NOT NULL DEFAULT '',
	kind TEXT NOT NULL CHECK (kind IN ('manual', 'auto', 'restore')),
	created_at INTEGER NOT NULL,
	created_by TEXT NOT NULL DEFAULT '',
	role TEXT CHECK (role IS NULL OR role IN ('viewer', 'participant', 'editor', 'facilitator')),
	record_count INTEGER NOT NULL,
	shape_count INTEGER NOT NULL DEFAULT 0,
	snapshot BLOB NOT NULL,
	private_snapshot BLOB
)`

/**
 * Rebuilds `table` with `create` (SQLite cannot alter a CHECK constraint): rows copied by
 * column name, the old table dropped, `indexes` created again. Nothing references
 * share_links or versions, so no foreign key has to follow the rename.
 */
function rebuildTable(db: Database.Database, table: string, create: string, indexes: string[]): void {
	const old = `${table}_before_rebuild`
	const columns = db
		.prepare<[], { name: string }>(`PRAGMA table_info(${table})`)
		.all()
		.map((c) => c.name)
		.join(', ')
	db.exec(`ALTER TABLE ${table} RENAME TO ${old}`)
	db.exec(create)
	db.exec(`INSERT INTO ${table} (${columns}) SELECT ${columns} FROM ${old}`)
	db.exec(`DROP TABLE ${old}`)
	for (const index of indexes) db.exec(index)
}

function hasColumn(db: Database.Database, table: string, column: string): boolean {
	return db
		.prepare<[], { name: string }>(`PRAGMA table_info(${table})`)
		.all()
		.some((c) => c.name === column)
}

function tableSql(db: Database.Database, table: string): string | null {
	return (
		db.prepare<[string], { sql: string }>("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").get(table)
			?.sql ?? null
	)
}

/**
 * The SQLite schema, as versioned migrations (recorded in `PRAGMA user_version`). Never
 * edit one that was released: add the next. Version 1 is the first schema (boards, their
 * document and assets); each later one is a change that older code made in place.
 */
export const SQLITE_MIGRATIONS: readonly SqliteMigration[] = [
	{
		version: 1,
		name: 'boards, document snapshots and update log, assets',
		apply(db) {
			db.exec(`
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
);`)
		},
	},
	{
		version: 2,
		name: 'share links (viewer, editor, facilitator)',
		apply(db) {
			db.exec(`
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
CREATE INDEX IF NOT EXISTS share_links_board ON share_links(board_id, created_at);`)
		},
	},
	{
		version: 3,
		name: 'versions',
		apply(db) {
			db.exec(`
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
CREATE INDEX IF NOT EXISTS versions_board ON versions(board_id, created_at);`)
		},
	},
	{
		version: 4,
		name: 'private documents, client id owners, versions.private_snapshot',
		apply(db) {
			db.exec(`
CREATE TABLE IF NOT EXISTS private_snapshots (
	board_id TEXT PRIMARY KEY REFERENCES boards(id),
	data BLOB NOT NULL,
	upto_seq INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS private_updates (
	seq INTEGER PRIMARY KEY AUTOINCREMENT,
	board_id TEXT NOT NULL REFERENCES boards(id),
	data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS private_updates_board_seq ON private_updates(board_id, seq);
CREATE TABLE IF NOT EXISTS client_owners (
	board_id TEXT NOT NULL REFERENCES boards(id),
	client_id INTEGER NOT NULL,
	owner TEXT NOT NULL,
	PRIMARY KEY (board_id, client_id)
) WITHOUT ROWID;`)
			if (!hasColumn(db, 'versions', 'private_snapshot'))
				db.exec('ALTER TABLE versions ADD COLUMN private_snapshot BLOB')
		},
	},
	{
		version: 5,
		name: 'the 参会 (participant) role in share_links and versions',
		apply(db) {
			rebuildTable(db, 'share_links', SHARE_LINKS_V5, [
				'CREATE INDEX IF NOT EXISTS share_links_board ON share_links(board_id, created_at)',
			])
			rebuildTable(db, 'versions', VERSIONS_V5, [
				'CREATE INDEX IF NOT EXISTS versions_board ON versions(board_id, created_at)',
			])
		},
	},
	{
		version: 6,
		name: 'the activity log (who did what)',
		apply(db) {
			db.exec(`
CREATE TABLE IF NOT EXISTS activity (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
	board_id TEXT NOT NULL REFERENCES boards(id),
	at INTEGER NOT NULL,
	last_at INTEGER NOT NULL,
	kind TEXT NOT NULL,
	link_id TEXT,
	link_label TEXT NOT NULL DEFAULT '',
	role TEXT,
	name TEXT NOT NULL DEFAULT '',
	target_id TEXT,
	target_type TEXT,
	target_title TEXT NOT NULL DEFAULT '',
	fields TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX IF NOT EXISTS activity_board ON activity(board_id, id);
CREATE INDEX IF NOT EXISTS activity_target ON activity(board_id, target_id, id);`)
		},
	},
]

/** The schema version this code writes. */
export const SQLITE_SCHEMA_VERSION = SQLITE_MIGRATIONS[SQLITE_MIGRATIONS.length - 1].version

/**
 * The version of a database made before versions were recorded (user_version 0): the
 * last migration whose change it already has, read from its tables. An empty database is 0.
 */
export function detectUnversionedSchema(db: Database.Database): number {
	// Every migration is idempotent: a database missing any first-schema table (a partial or
	// hand-made file) goes through all of them, each creating only what is missing.
	if (['boards', 'snapshots', 'updates', 'assets'].some((t) => !tableSql(db, t))) return 0
	const links = tableSql(db, 'share_links')
	if (!links) return 1
	const versions = tableSql(db, 'versions')
	if (!versions) return 2
	if (
		!tableSql(db, 'private_snapshots') ||
		!tableSql(db, 'client_owners') ||
		!hasColumn(db, 'versions', 'private_snapshot')
	)
		return 3
	if (!links.includes("'participant'") || !versions.includes("'participant'")) return 4
	if (!tableSql(db, 'activity')) return 5
	return 6
}

/** A database written by a newer Niudai than this one. */
export class NewerSchemaError extends Error {
	constructor(
		readonly file: string,
		readonly found: number,
	) {
		super(
			`${file} has schema version ${found}, newer than this Niudai knows (${SQLITE_SCHEMA_VERSION}): it was written by a newer version. Run that version, or restore a backup made for this one.`,
		)
		this.name = 'NewerSchemaError'
	}
}

/**
 * Brings the database to SQLITE_SCHEMA_VERSION: each missing migration in its own
 * transaction, user_version set in the same transaction. Refuses a newer database.
 * Returns the versions applied.
 */
export function migrateSqlite(
	db: Database.Database,
	migrations: readonly SqliteMigration[] = SQLITE_MIGRATIONS,
): number[] {
	const latest = migrations[migrations.length - 1].version
	let current = db.pragma('user_version', { simple: true }) as number
	if (current > latest) throw new NewerSchemaError(db.name, current)
	if (current === 0) current = detectUnversionedSchema(db)
	const applied: number[] = []
	for (const m of migrations) {
		if (m.version <= current) continue
		db.transaction(() => {
			m.apply(db)
			db.pragma(`user_version = ${m.version}`)
		}).immediate()
		applied.push(m.version)
	}
	// A database detected as current but still unversioned records it now.
	if ((db.pragma('user_version', { simple: true }) as number) !== latest) db.pragma(`user_version = ${latest}`)
	return applied
}
