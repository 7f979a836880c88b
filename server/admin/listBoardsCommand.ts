import type { ShareLinkRow } from '../storage/Storage'
import { type AdminCommand, EXIT } from './adminCommand'
import { formatBytes } from './backupFormat'
import { openAdminStorage } from './openAdminStorage'

/** One board as `list-boards --json` prints it. */
export interface ListedBoard {
	id: string
	title: string
	createdAt: string
	updatedAt: string
	/** When it was moved to the trash; null for a live board. */
	trashedAt: string | null
	/** Bytes stored for it: documents and log, assets, versions. */
	bytes: number
	/** Share links, and those of them still usable (not deactivated, not expired). */
	links: number
	activeLinks: number
}

function activeLinks(links: ShareLinkRow[], now: number): number {
	return links.filter((l) => l.revokedAt === null && (l.expiresAt === null || l.expiresAt > now)).length
}

export const listBoardsCommand: AdminCommand = {
	name: 'list-boards',
	summary: 'list every board: id, title, last change, size, trash, links',
	usage: 'list-boards [--json]',
	help: [
		'Lists every board, live ones first (most recently changed first), then those in the trash.',
		'--json prints one JSON array (id, title, createdAt, updatedAt, trashedAt, bytes, links,',
		'activeLinks) for scripts. Works on SQLite (safe while the server runs) and on PostgreSQL.',
	],
	options: { json: { type: 'boolean' } },
	positionals: [],
	async run({ io, dataDir, databaseUrl, values }) {
		const storage = await openAdminStorage(dataDir, databaseUrl)
		try {
			const now = Date.now()
			const rows = [...(await storage.listBoards({ deleted: false })), ...(await storage.listBoards({ deleted: true }))]
			const boards: ListedBoard[] = []
			for (const b of rows) {
				const links = await storage.listLinks(b.id)
				boards.push({
					id: b.id,
					title: b.title,
					createdAt: new Date(b.createdAt).toISOString(),
					updatedAt: new Date(b.updatedAt).toISOString(),
					trashedAt: b.deletedAt === null ? null : new Date(b.deletedAt).toISOString(),
					bytes: await storage.boardBytes(b.id),
					links: links.length,
					activeLinks: activeLinks(links, now),
				})
			}
			if (values.json === true) {
				io.out(JSON.stringify(boards, null, 2))
				return EXIT.ok
			}
			const table = [
				['id', 'title', 'updated', 'size', 'trash', 'links'],
				...boards.map((b) => [
					b.id,
					b.title,
					b.updatedAt.replace(/\.\d{3}Z$/, 'Z'),
					formatBytes(b.bytes),
					b.trashedAt ? b.trashedAt.slice(0, 10) : '-',
					`${b.activeLinks}/${b.links}`,
				]),
			]
			const widths = table[0].map((_, i) => Math.max(...table.map((r) => [...r[i]].length)))
			for (const row of table)
				io.out(
					row
						.map((cell, i) => cell + ' '.repeat(widths[i] - [...cell].length))
						.join('  ')
						.trimEnd(),
				)
			const trashed = boards.filter((b) => b.trashedAt).length
			io.out(`${boards.length} boards (${boards.length - trashed} live, ${trashed} in the trash); links: active/all.`)
			return EXIT.ok
		} finally {
			await storage.close()
		}
	},
}
