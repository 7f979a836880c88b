import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { copyAdminTokenHash, copyBallotSecret } from './cluster/sharedSecrets'
import { copyStorage } from './storage/copyStorage'
import { isPostgresUrl } from './storage/openStorage'
import { PostgresStorage } from './storage/PostgresStorage'
import { SqliteStorage } from './storage/SqliteStorage'

/**
 * `npm run migrate:sqlite-to-postgres -- --from ./data --to postgres://…`: copies every
 * board of a SQLite data directory (documents, links, versions, assets, client owners)
 * into a PostgreSQL database (its schema is created first), each board in one
 * transaction, the ballot secret and the admin token's hash. Boards already there are skipped, so an interrupted
 * run can be run again. Stop the server first.
 */
async function main(): Promise<void> {
	const { values } = parseArgs({
		options: { from: { type: 'string' }, to: { type: 'string' } },
	})
	const from = values.from
	const to = values.to ?? process.env.DATABASE_URL
	if (!from || !to) {
		throw new Error('usage: npm run migrate:sqlite-to-postgres -- --from ./data --to postgres://user@host/db')
	}
	if (!fs.existsSync(path.join(from, 'niudai.sqlite'))) throw new Error(`no niudai.sqlite in ${path.resolve(from)}`)
	if (!isPostgresUrl(to)) throw new Error('--to must be a postgres:// URL')
	const source = new SqliteStorage(from)
	const target = await PostgresStorage.open(to)
	try {
		const report = await copyStorage(source, target, (line) => console.log(line))
		console.log(
			`done: ${report.boards} boards (${report.trashed} in the trash), ${report.links} links, ${report.versions} versions, ${report.assets} assets, ${report.activity} activity entries; ${report.skipped.length} skipped`,
		)
		const secret = await copyBallotSecret(from, target.pool)
		console.log(
			secret === 'copied'
				? 'ballot secret: copied into the database (every node uses it)'
				: secret === 'kept'
					? 'ballot secret: the database already holds another one, which stays (voter ids of this data directory change)'
					: 'ballot secret: none in the data directory (the first node creates one in the database)',
		)
		const admin = await copyAdminTokenHash(from, target.pool)
		console.log(
			admin === 'copied'
				? 'admin token: its hash is recorded in the database; nodes without ADMIN_TOKEN accept it'
				: admin === 'kept'
					? 'admin token: the database already records another one, which stays'
					: 'admin token: no admin-token file (set ADMIN_TOKEN on every node, or the first node records its own)',
		)
	} finally {
		await source.close()
		await target.close()
	}
}

main().catch((err) => {
	console.error(err instanceof Error ? err.message : err)
	process.exit(1)
})
