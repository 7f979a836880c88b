import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { LOCK_FILE } from '../storage/dataDirLock'
import { DATA_FILE_MODE } from '../storage/privateDataDir'
import { SQLITE_SCHEMA_VERSION } from '../storage/sqliteMigrations'
import { type AdminCommand, AdminError, EXIT, UsageError } from './adminCommand'
import {
	BACKED_UP_FILES,
	BACKUP_FORMAT,
	BACKUP_TABLES_SQL,
	DATABASE_FILE,
	formatBytes,
	readBackup,
} from './backupFormat'

/** Pages copied per step while no one writes; a restarted copy then finishes in one step. */
const PAGES_PER_STEP = 2048

/** Files of the data directory a backup never needs: the database's own side files, the lock, earlier restores' leftovers. */
function isDatabaseOrOwnFile(name: string): boolean {
	return name.startsWith(DATABASE_FILE) || name === LOCK_FILE || name.includes('.before-restore-')
}

export const backupCommand: AdminCommand = {
	name: 'backup',
	summary: 'write a consistent copy of the data directory to one file, while the server runs',
	usage: 'backup <file>',
	help: [
		'Copies niudai.sqlite with SQLite’s online backup API (the server may keep running and',
		'writing; the copy is one consistent moment) and puts admin-token and ballot-secret into',
		'the same file. <file> must not exist yet; it is written with mode 0600 (it holds every',
		'board and the admin token). With DATABASE_URL (PostgreSQL) use pg_dump instead.',
	],
	options: {},
	positionals: ['file'],
	async run({ io, dataDir, databaseUrl, positionals }) {
		if (databaseUrl) {
			throw new UsageError(
				'DATABASE_URL is set: boards are in PostgreSQL. Back them up with pg_dump (pg_dump -Fc "$DATABASE_URL" > niudai.dump), and copy DATA_DIR/ballot-secret beside it.',
			)
		}
		const target = path.resolve(positionals[0])
		if (fs.existsSync(target)) throw new AdminError(`${target} exists already: choose another name, or delete it first`)
		if (!fs.existsSync(path.dirname(target)))
			throw new AdminError(`the directory ${path.dirname(target)} does not exist`)
		const source = path.join(dataDir, DATABASE_FILE)
		if (!fs.existsSync(source))
			throw new AdminError(`there is no database in ${dataDir} (${DATABASE_FILE}): is --data-dir right?`)

		const partial = `${target}.partial-${process.pid}`
		const db = new Database(source, { fileMustExist: true })
		try {
			const version = db.pragma('user_version', { simple: true }) as number
			if (version > SQLITE_SCHEMA_VERSION) {
				throw new AdminError(
					`${source} has schema version ${version}, newer than this Niudai knows: back it up with the version that runs it`,
				)
			}
			io.out(`Backing up ${source} …`)
			fs.closeSync(fs.openSync(partial, 'w', DATA_FILE_MODE))
			let lastRemaining = Number.POSITIVE_INFINITY
			let lastShown = -1
			const meta = await db.backup(partial, {
				progress({ totalPages, remainingPages }) {
					const done = Math.floor(((totalPages - remainingPages) / Math.max(totalPages, 1)) * 100)
					if (done >= lastShown + 10) {
						lastShown = done
						io.out(`  ${done}% (${totalPages - remainingPages} of ${totalPages} pages)`)
					}
					// The server wrote in between and SQLite started over: copy the rest in one step,
					// so a busy server cannot keep the backup from finishing.
					const restarted = remainingPages > lastRemaining
					lastRemaining = remainingPages
					return restarted ? 0x7fffffff : PAGES_PER_STEP
				},
			})
			io.out(`  100% (${meta.totalPages} pages)`)
		} catch (err) {
			fs.rmSync(partial, { force: true })
			throw err
		} finally {
			db.close()
		}

		const carried: string[] = []
		try {
			const out = new Database(partial)
			try {
				// One self-contained file, no -wal beside it.
				out.pragma('journal_mode = DELETE')
				out.exec(BACKUP_TABLES_SQL)
				const info = out.prepare('INSERT INTO niudai_backup_info (key, value) VALUES (?, ?)')
				info.run('format', String(BACKUP_FORMAT))
				info.run('created_at', new Date().toISOString())
				info.run('source', dataDir)
				const put = out.prepare('INSERT INTO niudai_backup_files (name, mode, data) VALUES (?, ?, ?)')
				for (const name of BACKED_UP_FILES) {
					const file = path.join(dataDir, name)
					if (!fs.existsSync(file)) continue
					put.run(name, fs.statSync(file).mode & 0o777, fs.readFileSync(file))
					carried.push(name)
				}
			} finally {
				out.close()
			}
			const checked = readBackup(partial)
			fs.chmodSync(partial, DATA_FILE_MODE)
			fs.renameSync(partial, target)
			const size = fs.statSync(target).size
			const others = fs
				.readdirSync(dataDir)
				.filter((n) => !isDatabaseOrOwnFile(n) && !(BACKED_UP_FILES as readonly string[]).includes(n))
			io.out(
				`Backup written to ${target}: ${formatBytes(size)}, ${checked.boards.live + checked.boards.trashed} boards (${checked.boards.live} live, ${checked.boards.trashed} in the trash), schema version ${checked.schemaVersion}.`,
			)
			io.out(`Files carried with it: ${carried.length > 0 ? carried.join(', ') : 'none'}.`)
			if (others.length > 0) io.out(`Not in the backup (not Niudai’s): ${others.join(', ')}.`)
			return EXIT.ok
		} catch (err) {
			fs.rmSync(partial, { force: true })
			throw err
		}
	},
}
