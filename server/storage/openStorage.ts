import { PostgresStorage } from './PostgresStorage'
import { SqliteStorage } from './SqliteStorage'
import type { Storage } from './Storage'

/** Where boards are stored: PostgreSQL when a database URL is given, else SQLite in the data directory. */
export interface StorageConfig {
	dataDir: string
	/** `postgres://…` (DATABASE_URL): PostgreSQL, shared by several nodes. */
	databaseUrl?: string
}

/** True when `url` names a PostgreSQL database. */
export function isPostgresUrl(url: string | undefined): url is string {
	return typeof url === 'string' && /^postgres(ql)?:\/\//.test(url)
}

/** Opens the configured storage (PostgreSQL: connects and applies migrations first). */
export async function openStorage(config: StorageConfig): Promise<Storage> {
	if (config.databaseUrl !== undefined && config.databaseUrl !== '') {
		if (!isPostgresUrl(config.databaseUrl)) {
			throw new Error('DATABASE_URL must start with postgres:// or postgresql://')
		}
		return PostgresStorage.open(config.databaseUrl)
	}
	return new SqliteStorage(config.dataDir)
}
