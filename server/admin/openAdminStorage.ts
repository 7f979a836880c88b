import fs from 'node:fs'
import path from 'node:path'
import { openStorage } from '../storage/openStorage'
import type { Storage } from '../storage/Storage'
import { AdminError } from './adminCommand'
import { DATABASE_FILE } from './backupFormat'

/**
 * The storage the server would open: PostgreSQL when DATABASE_URL is set, else the SQLite
 * database in the data directory — which must exist (a mistyped --data-dir would
 * otherwise get a new empty database). Safe beside a running server (SQLite in WAL mode).
 */
export async function openAdminStorage(dataDir: string, databaseUrl: string | undefined): Promise<Storage> {
	if (!databaseUrl && !fs.existsSync(path.join(dataDir, DATABASE_FILE))) {
		throw new AdminError(`there is no database in ${dataDir} (${DATABASE_FILE}): is --data-dir right?`)
	}
	return openStorage({ dataDir, databaseUrl })
}
