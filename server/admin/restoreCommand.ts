import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { acquireDataDirLock } from '../storage/dataDirLock'
import { DATA_FILE_MODE, ensurePrivateDir, restrictDatabaseFiles } from '../storage/privateDataDir'
import { SQLITE_SCHEMA_VERSION } from '../storage/sqliteMigrations'
import { type AdminCommand, AdminError, EXIT, UsageError } from './adminCommand'
import { DATABASE_FILE, readBackup } from './backupFormat'

/** `2026-12-06T22-40-01Z`: a timestamp that is a valid file name everywhere. */
function fileTimestamp(at: Date): string {
	return at
		.toISOString()
		.replace(/\.\d{3}Z$/, 'Z')
		.replace(/:/g, '-')
}

/** Moves `file` (and the SQLite side files beside it) aside to `<file><suffix>`; returns the new names. */
function moveAside(file: string, suffix: string, withSideFiles: boolean): string[] {
	const moved: string[] = []
	for (const side of withSideFiles ? ['', '-wal', '-shm'] : ['']) {
		const from = `${file}${side}`
		if (!fs.existsSync(from)) continue
		const base = `${file}${suffix}`
		const to = side === '' ? base : `${base}${side}`
		fs.renameSync(from, to)
		moved.push(to)
	}
	return moved
}

export const restoreCommand: AdminCommand = {
	name: 'restore',
	summary: 'put a backup back in place (only while no server runs on the data directory)',
	usage: 'restore <file>',
	help: [
		'Checks that <file> is a Niudai backup (integrity_check, the expected tables, a schema',
		'version this Niudai knows) before anything changes, then, holding the data directory’s',
		'lock so no server can start meanwhile: keeps the current niudai.sqlite (and admin-token,',
		'ballot-secret) as *.before-restore-<time>, puts the backup’s database and files in place.',
		'Refused (exit code 3) while a server runs on the data directory: stop it first. An older',
		'backup is upgraded by the server’s migrations at its next start.',
	],
	options: {},
	positionals: ['file'],
	async run({ io, dataDir, databaseUrl, positionals }) {
		if (databaseUrl) {
			throw new UsageError(
				'DATABASE_URL is set: boards are in PostgreSQL. Restore them with pg_restore (pg_restore -d "$DATABASE_URL" --clean niudai.dump) while the nodes are stopped.',
			)
		}
		const source = path.resolve(positionals[0])
		if (!fs.existsSync(source)) throw new AdminError(`${source} does not exist`)
		const backup = readBackup(source)
		io.out(
			`${source} is a Niudai backup${backup.createdAt ? ` made ${backup.createdAt}` : ' (a plain database copy, without files)'}: ${backup.boards.live} live boards, ${backup.boards.trashed} in the trash, schema version ${backup.schemaVersion}.`,
		)

		ensurePrivateDir(dataDir)
		const lock = acquireDataDirLock(dataDir, 'restore')
		try {
			if (lock.replaced) {
				io.out(`A lock left by pid ${lock.replaced.pid} (no longer running) was taken over.`)
			}
			const suffix = `.before-restore-${fileTimestamp(new Date())}`
			const target = path.join(dataDir, DATABASE_FILE)
			const incoming = path.join(dataDir, `${DATABASE_FILE}.restoring`)
			fs.rmSync(incoming, { force: true })
			fs.copyFileSync(source, incoming)
			fs.chmodSync(incoming, DATA_FILE_MODE)
			try {
				const db = new Database(incoming)
				try {
					db.exec('DROP TABLE IF EXISTS niudai_backup_info; DROP TABLE IF EXISTS niudai_backup_files;')
					db.pragma('journal_mode = WAL')
				} finally {
					db.close()
				}
			} catch (err) {
				fs.rmSync(incoming, { force: true })
				throw err
			}

			const kept: string[] = []
			if (fs.existsSync(target)) {
				// Fold the current WAL into the database so the copy kept aside is whole on its own.
				const current = new Database(target)
				current.pragma('wal_checkpoint(TRUNCATE)')
				current.close()
				kept.push(...moveAside(target, suffix, true))
			}
			fs.renameSync(incoming, target)
			restrictDatabaseFiles(target)

			const written: string[] = []
			for (const file of backup.files) {
				const to = path.join(dataDir, file.name)
				if (fs.existsSync(to)) {
					if (fs.readFileSync(to).equals(file.data)) continue
					kept.push(...moveAside(to, suffix, false))
				}
				fs.writeFileSync(to, file.data, { mode: file.mode & 0o600 })
				fs.chmodSync(to, file.mode & 0o600)
				written.push(file.name)
			}

			io.out(`Restored into ${dataDir}:`)
			io.out(`  ${DATABASE_FILE} is now the backup’s database (${backup.boards.live + backup.boards.trashed} boards).`)
			if (written.length > 0) io.out(`  ${written.join(', ')} taken from the backup.`)
			const same = backup.files.map((f) => f.name).filter((n) => !written.includes(n))
			if (same.length > 0) io.out(`  ${same.join(', ')} already the same as in the backup.`)
			if (kept.length > 0) io.out(`  Kept what was there before: ${kept.map((k) => path.basename(k)).join(', ')}.`)
			else io.out('  There was no database here before.')
			if (backup.schemaVersion < SQLITE_SCHEMA_VERSION) {
				io.out(
					`  The backup has schema version ${backup.schemaVersion}; the server upgrades it to ${SQLITE_SCHEMA_VERSION} at its next start.`,
				)
			}
			io.out('Start the server to serve it.')
			return EXIT.ok
		} finally {
			lock.release()
		}
	},
}
