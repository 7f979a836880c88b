import { type AdminCommand, EXIT, UsageError } from './adminCommand'
import { formatBytes } from './backupFormat'
import { openAdminStorage } from './openAdminStorage'
import { parseDuration } from './parseDuration'

export const purgeTrashCommand: AdminCommand = {
	name: 'purge-trash',
	summary: 'delete for good the boards in the trash longer than a duration',
	usage: 'purge-trash --older-than <duration> [--dry-run]',
	help: [
		'Deletes every board moved to the trash more than <duration> ago (30d, 12h, 45m, 90s, 2w),',
		'with its document, update log, snapshots, versions, assets and share links. Boards not',
		'in the trash are never touched. --dry-run lists them and deletes nothing.',
		'Works on SQLite (safe while the server runs) and on PostgreSQL (DATABASE_URL).',
	],
	options: { 'older-than': { type: 'string' }, 'dry-run': { type: 'boolean' } },
	positionals: [],
	async run({ io, dataDir, databaseUrl, values }) {
		const raw = values['older-than']
		if (typeof raw !== 'string') throw new UsageError('--older-than is required, e.g. --older-than 30d')
		let olderThan: number
		try {
			olderThan = parseDuration(raw)
		} catch (err) {
			throw new UsageError(`--older-than: ${(err as Error).message}`)
		}
		const dryRun = values['dry-run'] === true
		const cutoff = Date.now() - olderThan
		const storage = await openAdminStorage(dataDir, databaseUrl)
		try {
			const trashed = await storage.listBoards({ deleted: true })
			const due = trashed.filter((b) => b.deletedAt !== null && b.deletedAt <= cutoff)
			io.out(
				`${due.length} of ${trashed.length} boards in the trash were moved there before ${new Date(cutoff).toISOString()}${dryRun ? ' (dry run: nothing is deleted)' : ''}:`,
			)
			let bytes = 0
			for (const b of due) {
				const size = await storage.boardBytes(b.id)
				bytes += size
				const deleted = dryRun ? false : await storage.deleteBoard(b.id)
				io.out(
					`  ${b.id}  ${JSON.stringify(b.title)}  trashed ${new Date(b.deletedAt ?? 0).toISOString()}  ${formatBytes(size)}${dryRun ? '' : deleted ? '  deleted' : '  already gone'}`,
				)
			}
			io.out(dryRun ? `Would free ${formatBytes(bytes)}.` : `Deleted ${due.length} boards (${formatBytes(bytes)}).`)
			return EXIT.ok
		} finally {
			await storage.close()
		}
	},
}
