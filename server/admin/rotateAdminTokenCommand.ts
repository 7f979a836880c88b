import fs from 'node:fs'
import path from 'node:path'
import { ADMIN_TOKEN_FILE } from '../auth/adminToken'
import { generateToken, hashToken } from '../auth/tokens'
import { recordAdminTokenHash } from '../cluster/sharedSecrets'
import { readDataDirLock } from '../storage/dataDirLock'
import { PostgresStorage } from '../storage/PostgresStorage'
import { DATA_FILE_MODE, ensurePrivateDir } from '../storage/privateDataDir'
import { type AdminCommand, EXIT } from './adminCommand'

export const rotateAdminTokenCommand: AdminCommand = {
	name: 'rotate-admin-token',
	summary: 'write a new admin token to DATA_DIR/admin-token and print it once',
	usage: 'rotate-admin-token',
	help: [
		'Replaces DATA_DIR/admin-token (mode 0600) with a new random token and prints it once',
		'(the line NIUDAI_ADMIN_TOKEN <token>). The server reads the file only at start: restart',
		'it, and the old token stops working. When ADMIN_TOKEN is set in the server’s environment,',
		'the file is not used: change ADMIN_TOKEN instead. With DATABASE_URL, the new token’s hash',
		'is recorded in the database too: every node started without ADMIN_TOKEN uses it after its restart.',
	],
	options: {},
	positionals: [],
	async run({ io, dataDir, databaseUrl }) {
		ensurePrivateDir(dataDir)
		const file = path.join(dataDir, ADMIN_TOKEN_FILE)
		const token = generateToken()
		// Written beside it, then renamed: a crash never leaves a half-written token file.
		const partial = `${file}.new-${process.pid}`
		fs.writeFileSync(partial, `${token}\n`, { mode: DATA_FILE_MODE, flag: 'wx' })
		fs.chmodSync(partial, DATA_FILE_MODE)
		fs.renameSync(partial, file)
		io.out(`NIUDAI_ADMIN_TOKEN ${token}`)
		io.out(`The new admin token is in ${file} (mode 0600); it is not shown again.`)
		if (databaseUrl) {
			const storage = await PostgresStorage.open(databaseUrl)
			try {
				await recordAdminTokenHash(storage.pool, hashToken(token))
			} finally {
				await storage.close()
			}
			io.out('The database records it: every node started without ADMIN_TOKEN accepts it after its restart.')
		}
		const lock = readDataDirLock(dataDir)
		if (lock.state === 'held') {
			io.out(
				`A server is running on this data directory (pid ${lock.info.pid}): it keeps the old token until it is restarted.`,
			)
		} else {
			io.out('A server reads the token at start: the next start uses the new one.')
		}
		if (io.env.ADMIN_TOKEN && io.env.ADMIN_TOKEN.trim() !== '') {
			io.err('ADMIN_TOKEN is set in this environment: a server started with it ignores the file.')
		}
		return EXIT.ok
	},
}
