import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type pg from 'pg'
import { ADMIN_TOKEN_FILE } from '../auth/adminToken'
import { hashToken } from '../auth/tokens'
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

/** The row of server_secrets holding the SHA-256 of the cluster's admin token. */
export const ADMIN_TOKEN_HASH_ROW = 'admin-token-sha256'

/**
 * Stores `hex` under `name` unless the database already holds a value there; returns the
 * one it holds (the first node's). Atomic: nodes starting together agree.
 */
export async function ensureSecret(pool: pg.Pool, name: string, hex: string): Promise<string> {
	await pool.query(
		'INSERT INTO server_secrets (name, value, created_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING',
		[name, hex, Date.now()],
	)
	const { rows } = await pool.query<{ value: string }>('SELECT value FROM server_secrets WHERE name = $1', [name])
	const stored = rows[0]?.value
	if (!stored || !/^[0-9a-f]{64,}$/.test(stored)) throw new Error(`server_secrets holds no valid ${name}`)
	return stored
}

/** The cluster's ballot secret: `hex` unless the database already holds one (the migrated server's, or the first node's). */
export function ensureBallotSecret(pool: pg.Pool, hex: string): Promise<string> {
	return ensureSecret(pool, BALLOT_SECRET_ROW, hex)
}

/*
 * Secrets every node of a cluster shares, kept in PostgreSQL (server_secrets) so that
 * nodes agree without copying files between their data directories.
 */

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

/**
 * The SHA-256 of a cluster's admin token, for a node whose admin token is its own
 * `DATA_DIR/admin-token` file (no ADMIN_TOKEN): the first such node records its token's
 * hash in the database, and every later one accepts that token instead of its own file's,
 * so all nodes agree without copying files. ADMIN_TOKEN, when set, is used as it is.
 */
export async function sharedAdminTokenHash(pool: pg.Pool, ownToken: string, logger: Logger): Promise<string> {
	const own = hashToken(ownToken)
	const stored = await ensureSecret(pool, ADMIN_TOKEN_HASH_ROW, own)
	if (stored !== own) {
		logger.warn(
			'this node’s admin-token file is not used: the admin token is the one the first node recorded in the database',
		)
	}
	return stored
}

/**
 * Records the hash of a data directory's admin-token file in the database (the migration
 * to PostgreSQL), so nodes without ADMIN_TOKEN accept the old server's admin token.
 */
export async function copyAdminTokenHash(dataDir: string, pool: pg.Pool): Promise<'copied' | 'none' | 'kept'> {
	let token: string
	try {
		token = fs.readFileSync(path.join(dataDir, ADMIN_TOKEN_FILE), 'utf8').trim()
	} catch (err) {
		if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'none'
		throw err
	}
	if (token === '') return 'none'
	const own = hashToken(token)
	return (await ensureSecret(pool, ADMIN_TOKEN_HASH_ROW, own)) === own ? 'copied' : 'kept'
}

/** Records `hash` as the cluster's admin token hash, replacing the one recorded (rotate-admin-token). */
export async function recordAdminTokenHash(pool: pg.Pool, hash: string): Promise<void> {
	if (!/^[0-9a-f]{64}$/.test(hash)) throw new Error('an admin token hash is 64 hex digits')
	await pool.query(
		`INSERT INTO server_secrets (name, value, created_at) VALUES ($1, $2, $3)
		 ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value, created_at = EXCLUDED.created_at`,
		[ADMIN_TOKEN_HASH_ROW, hash, Date.now()],
	)
}
