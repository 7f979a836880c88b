import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type pg from 'pg'
import type { Logger } from '../logger'
import { BALLOT_SECRET_FILE } from '../votes/ballotSecret'

/** The row of server_secrets holding the ballot secret. */
export const BALLOT_SECRET_ROW = 'ballot-secret'

/** The hex secret of `DATA_DIR/ballot-secret`, or null when there is none. */
export function readBallotSecretFile(dataDir: string): string | null {
	const file = path.join(dataDir, BALLOT_SECRET_FILE)
	try {
		const stored = fs.readFileSync(file, 'utf8').trim()
		if (/^[0-9a-f]{64,}$/.test(stored)) return stored
		if (stored !== '') throw new Error(`${file} does not hold a hex ballot secret`)
		return null
	} catch (err) {
		if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
		throw err
	}
}

/**
 * Stores `hex` as the ballot secret unless the database already holds one; returns the one
 * it holds (the first node's, or the migrated server's). Atomic: nodes starting together agree.
 */
export async function ensureBallotSecret(pool: pg.Pool, hex: string): Promise<string> {
	await pool.query(
		'INSERT INTO server_secrets (name, value, created_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING',
		[BALLOT_SECRET_ROW, hex, Date.now()],
	)
	const { rows } = await pool.query<{ value: string }>('SELECT value FROM server_secrets WHERE name = $1', [
		BALLOT_SECRET_ROW,
	])
	const stored = rows[0]?.value
	if (!stored || !/^[0-9a-f]{64,}$/.test(stored)) throw new Error('server_secrets holds no valid ballot secret')
	return stored
}

/**
 * The ballot secret of a cluster: kept in PostgreSQL, so every node derives the same voter
 * ids without copying files. The first node to start stores its `DATA_DIR/ballot-secret`
 * (an upgraded single server keeps its voter ids) or a new random one; a node whose file
 * differs uses the database's and says so.
 */
export async function sharedBallotSecret(pool: pg.Pool, dataDir: string, logger: Logger): Promise<Buffer> {
	const local = readBallotSecretFile(dataDir)
	const stored = await ensureBallotSecret(pool, local ?? randomBytes(32).toString('hex'))
	if (local !== null && local !== stored) {
		logger.warn(
			{ file: path.join(dataDir, BALLOT_SECRET_FILE) },
			'this node’s ballot-secret file differs from the one in the database: the database’s is used by every node',
		)
	}
	return Buffer.from(stored, 'hex')
}

/**
 * Puts a data directory's ballot secret into the database (the migration to PostgreSQL):
 * voter ids stay what they were. `'copied'`, `'none'` (no file) or `'kept'` (the database
 * already holds another secret, which stays).
 */
export async function copyBallotSecret(dataDir: string, pool: pg.Pool): Promise<'copied' | 'none' | 'kept'> {
	const local = readBallotSecretFile(dataDir)
	if (local === null) return 'none'
	return (await ensureBallotSecret(pool, local)) === local ? 'copied' : 'kept'
}
