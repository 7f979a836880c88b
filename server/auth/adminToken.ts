import fs from 'node:fs'
import path from 'node:path'
import { ensurePrivateDir } from '../storage/privateDataDir'
import { generateToken } from './tokens'

/** The file under DATA_DIR holding a generated admin token. */
export const ADMIN_TOKEN_FILE = 'admin-token'

export interface AdminTokenSource {
	token: string
	/** `env` (ADMIN_TOKEN), `file` (read from DATA_DIR) or `created` (generated now). */
	source: 'env' | 'file' | 'created'
	/** Where the token file lives (for `file` and `created`). */
	file: string | null
}

/**
 * The admin token: `ADMIN_TOKEN` when set, else the one stored in `DATA_DIR/admin-token`,
 * else a new random token written there with mode 0600.
 */
export function loadOrCreateAdminToken(dataDir: string, envToken: string | undefined): AdminTokenSource {
	if (envToken && envToken.trim() !== '') return { token: envToken.trim(), source: 'env', file: null }
	const file = path.join(dataDir, ADMIN_TOKEN_FILE)
	try {
		const stored = fs.readFileSync(file, 'utf8').trim()
		if (stored !== '') return { token: stored, source: 'file', file }
	} catch (err) {
		if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
	}
	ensurePrivateDir(dataDir)
	const token = generateToken()
	fs.writeFileSync(file, `${token}\n`, { mode: 0o600 })
	fs.chmodSync(file, 0o600)
	return { token, source: 'created', file }
}
