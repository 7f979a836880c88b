import fs from 'node:fs'
import path from 'node:path'

/** Mode of the data directory: only the server's user may list or enter it. */
export const DATA_DIR_MODE = 0o700
/** Mode of the database files (and every other secret under the data directory). */
export const DATA_FILE_MODE = 0o600

/** The files SQLite keeps beside a database in WAL mode (and the rollback journal). */
const SIDE_FILES = ['-wal', '-shm', '-journal']

/**
 * Creates the data directory with mode 0700, or tightens an existing one to it. A
 * directory with the sticky bit (like /tmp) is shared by design and left alone — the
 * files inside are still 0600. So is a directory of another user that cannot be changed.
 */
export function ensurePrivateDir(dir: string): void {
	fs.mkdirSync(dir, { recursive: true, mode: DATA_DIR_MODE })
	const stat = fs.statSync(dir)
	if ((stat.mode & 0o1000) !== 0) return
	if ((stat.mode & 0o777) === DATA_DIR_MODE) return
	try {
		fs.chmodSync(dir, DATA_DIR_MODE)
	} catch (err) {
		// Another user's directory the operator pointed at: it cannot be changed from here.
		if ((err as NodeJS.ErrnoException).code !== 'EPERM') throw err
	}
}

/** Sets mode 0600 on a file if it exists (a file created by an older version may be 0644). */
function restrict(file: string): void {
	try {
		if ((fs.statSync(file).mode & 0o777) !== DATA_FILE_MODE) fs.chmodSync(file, DATA_FILE_MODE)
	} catch (err) {
		if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
	}
}

/**
 * Prepares `dataDir/name` for SQLite: the directory 0700, the database file created
 * (empty) with mode 0600 before SQLite opens it — SQLite gives the -wal and -shm files
 * it creates later the mode of the database file — and existing files tightened to 0600.
 * Returns the database's path.
 */
export function preparePrivateDatabase(dataDir: string, name: string): string {
	ensurePrivateDir(dataDir)
	const file = path.join(dataDir, name)
	fs.closeSync(fs.openSync(file, 'a', DATA_FILE_MODE))
	restrictDatabaseFiles(file)
	return file
}

/** Sets mode 0600 on a database and the side files SQLite keeps beside it. */
export function restrictDatabaseFiles(file: string): void {
	restrict(file)
	for (const suffix of SIDE_FILES) restrict(`${file}${suffix}`)
}
