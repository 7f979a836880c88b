import * as Y from 'yjs'
import type { PostgresStorage } from './PostgresStorage'
import { ACTIVITY_PAGE_MAX, type DocKind, type NewActivityEntry, type Storage } from './Storage'

/** What was copied. */
export interface CopyReport {
	boards: number
	trashed: number
	links: number
	versions: number
	assets: number
	activity: number
	updatesMerged: number
	skipped: string[]
}

/** A board document as one update: its snapshot and its log merged (nothing is lost, the log is folded in). */
async function wholeDoc(
	storage: Storage,
	boardId: string,
	doc: DocKind,
): Promise<{ state: Uint8Array; merged: number }> {
	const stored = await storage.loadDoc(boardId, doc)
	const parts = stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates
	if (parts.length === 0) return { state: Y.encodeStateAsUpdate(new Y.Doc()), merged: 0 }
	return { state: parts.length === 1 ? parts[0] : Y.mergeUpdates(parts), merged: stored.updates.length }
}

/** Every activity entry of a board, oldest first, as entries to store again. */
async function allActivity(storage: Storage, boardId: string): Promise<NewActivityEntry[]> {
	const out: NewActivityEntry[] = []
	let before: number | undefined
	for (;;) {
		const page = await storage.listActivity(boardId, { before, limit: ACTIVITY_PAGE_MAX })
		for (const { id: _id, lastAt, ...rest } of page.entries) out.push({ ...rest, lastAt: lastAt ?? rest.at })
		if (page.nextBefore === null) return out.reverse()
		before = page.nextBefore
	}
}

/**
 * Copies every board of `from` (live and in the trash) into `to`: both documents (main
 * and private, snapshot and log folded into one snapshot), share links (token hashes,
 * revocations, expiry and last use as they are), versions (all of them, no pruning),
 * assets, Yjs client owners and the activity log, each board in one transaction. Boards `to` already has
 * are skipped and named in the report: it may be run again after an interruption.
 */
export async function copyStorage(
	from: Storage,
	to: PostgresStorage,
	log: (line: string) => void = () => {},
): Promise<CopyReport> {
	const report: CopyReport = {
		boards: 0,
		trashed: 0,
		links: 0,
		versions: 0,
		assets: 0,
		activity: 0,
		updatesMerged: 0,
		skipped: [],
	}
	const boards = [...(await from.listBoards({ deleted: false })), ...(await from.listBoards({ deleted: true }))]
	for (const board of boards) {
		if (await to.getBoard(board.id)) {
			report.skipped.push(board.id)
			log(`skip ${board.id}: already in the target`)
			continue
		}
		const main = await wholeDoc(from, board.id, 'main')
		const priv = await wholeDoc(from, board.id, 'private')
		const owners = await from.loadClientOwners(board.id)
		// Oldest first, so equal creation times keep their order.
		const links = (await from.listLinks(board.id)).reverse()
		const versions = (await from.listVersions(board.id)).reverse()
		const assets = await from.listAssets(board.id)
		const activity = await allActivity(from, board.id)
		// One transaction per board: an interrupted run leaves no half board, and a board the
		// target has is complete (so a run again skips it).
		await to.inOneTransaction(async (tx) => {
			await tx.createBoard(board, main.state, priv.state)
			if (owners.size > 0) await tx.claimClientIds(board.id, owners)
			for (const link of links) await tx.createLink(link)
			for (const row of versions) {
				const version = await from.getVersion(board.id, row.id)
				if (version) await tx.createVersion(version, Number.MAX_SAFE_INTEGER)
			}
			for (const asset of assets) await tx.putStoredAsset(board.id, asset)
			// Oldest first: the target numbers them in the same order.
			if (activity.length > 0) await tx.appendActivity(board.id, activity)
		})
		report.updatesMerged += main.merged + priv.merged
		report.boards++
		if (board.deletedAt !== null) report.trashed++
		report.links += links.length
		report.versions += versions.length
		report.assets += assets.length
		report.activity += activity.length
		log(
			`copied ${board.id} "${board.title}": ${links.length} links, ${versions.length} versions, ${assets.length} assets, ${activity.length} activity entries`,
		)
	}
	return report
}
