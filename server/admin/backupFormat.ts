import Database from 'better-sqlite3'
import { SQLITE_SCHEMA_VERSION } from '../storage/sqliteMigrations'
import { AdminError } from './adminCommand'

/**
 * A Niudai backup is ONE SQLite file: a consistent copy of `niudai.sqlite` (made with
 * SQLite's online backup API, so the server keeps running) plus two tables of its own —
 * `niudai_backup_info` (what made it, and when) and `niudai_backup_files` (the other files
 * of the data directory the server needs: `admin-token`, `ballot-secret`). Restore takes
 * the files out and drops both tables before the database goes back in place. It opens
 * with any SQLite tool (`sqlite3 backup.sqlite .tables`).
 */
export const BACKUP_FORMAT = 1

/** Files of the data directory a backup carries besides the database. */
export const BACKED_UP_FILES = ['admin-token', 'ballot-secret'] as const

/** The database's file name in the data directory. */
export const DATABASE_FILE = 'niudai.sqlite'

/** Tables every Niudai database has (from schema version 3 on; older ones are upgraded at the next start). */
export const EXPECTED_TABLES = ['boards', 'snapshots', 'updates', 'assets', 'share_links', 'versions'] as const

export const BACKUP_TABLES_SQL = `
CREATE TABLE niudai_backup_info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE niudai_backup_files (name TEXT PRIMARY KEY, mode INTEGER NOT NULL, data BLOB NOT NULL);
`

/** What restore learns from a backup before it changes anything. */
export interface BackupContents {
	/** Format version; null for a plain copy of niudai.sqlite (no files carried). */
	format: number | null
	createdAt: string | null
	schemaVersion: number
	boards: { live: number; trashed: number }
	files: { name: string; mode: number; data: Buffer }[]
}

/** Live and trashed boards of a Niudai database. */
export function countBoards(db: Database.Database): { live: number; trashed: number } {
	const r = db
		.prepare<[], { live: number; trashed: number }>(
			'SELECT COALESCE(SUM(deleted_at IS NULL), 0) AS live, COALESCE(SUM(deleted_at IS NOT NULL), 0) AS trashed FROM boards',
		)
		.get()
	return { live: r?.live ?? 0, trashed: r?.trashed ?? 0 }
}

/**
 * Checks that `file` is a Niudai backup (or a plain copy of a Niudai database) this
 * version can restore: an SQLite file, `PRAGMA integrity_check` ok, the expected tables,
 * a schema version not newer than this code's. Throws AdminError saying what is wrong.
 */
export function readBackup(file: string): BackupContents {
	let db: Database.Database
	try {
		db = new Database(file, { readonly: true, fileMustExist: true })
	} catch (err) {
		throw new AdminError(`${file} cannot be opened as an SQLite file: ${(err as Error).message}`)
	}
	try {
		let integrity: string[]
		try {
			integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check)
		} catch (err) {
			throw new AdminError(`${file} is not a Niudai backup: ${(err as Error).message}`)
		}
		if (integrity.length !== 1 || integrity[0] !== 'ok') {
			throw new AdminError(`${file} is damaged (integrity_check: ${integrity.slice(0, 5).join('; ')})`)
		}
		const tables = new Set(
			db
				.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
				.all()
				.map((r) => r.name),
		)
		const missing = EXPECTED_TABLES.filter((t) => !tables.has(t))
		if (missing.length > 0) {
			throw new AdminError(`${file} is not a Niudai backup: it has no ${missing.join(', ')} table`)
		}
		const schemaVersion = db.pragma('user_version', { simple: true }) as number
		if (schemaVersion > SQLITE_SCHEMA_VERSION) {
			throw new AdminError(
				`${file} has schema version ${schemaVersion}, newer than this Niudai knows (${SQLITE_SCHEMA_VERSION}): restore it with the version that made it`,
			)
		}
		let format: number | null = null
		let createdAt: string | null = null
		let files: BackupContents['files'] = []
		if (tables.has('niudai_backup_info')) {
			const info = new Map(
				db
					.prepare<[], { key: string; value: string }>('SELECT key, value FROM niudai_backup_info')
					.all()
					.map((r) => [r.key, r.value]),
			)
			format = Number(info.get('format'))
			if (format !== BACKUP_FORMAT) {
				throw new AdminError(
					`${file} is a backup in format ${info.get('format')}; this Niudai reads format ${BACKUP_FORMAT}`,
				)
			}
			createdAt = info.get('created_at') ?? null
			files = tables.has('niudai_backup_files')
				? db
						.prepare<[], { name: string; mode: number; data: Buffer }>(
							'SELECT name, mode, data FROM niudai_backup_files',
						)
						.all()
				: []
			const unknown = files.filter((f) => !(BACKED_UP_FILES as readonly string[]).includes(f.name))
			if (unknown.length > 0) {
				throw new AdminError(
					`${file} carries files this Niudai does not restore: ${unknown.map((f) => f.name).join(', ')}`,
				)
			}
		}
		return { format, createdAt, schemaVersion, boards: countBoards(db), files }
	} finally {
		db.close()
	}
}

/** `12.3 MB` */
export function formatBytes(n: number): string {
	if (n < 1024) return `${n} B`
	if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`
	return `${(n / 1024 / 1024).toFixed(1)} MB`
}
