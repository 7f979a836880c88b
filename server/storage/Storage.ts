import type { ActivityEntry, ActivityPage, ActivityQuery, ShapeAttribution } from '../../shared/activity/activityTypes'
import type { Role } from '../../shared/protocol'

/** A board row as stored. */
export interface BoardRow {
	id: string
	title: string
	createdAt: number
	updatedAt: number
	deletedAt: number | null
}

/** A share link as stored: only the sha256 hash of its token, never the token. */
export interface ShareLinkRow {
	id: string
	boardId: string
	role: Role
	label: string
	tokenHash: string
	createdAt: number
	expiresAt: number | null
	revokedAt: number | null
	lastUsedAt: number | null
}

/** Why a version was saved: by the facilitator, automatically, or just before a restore. */
export type VersionKind = 'manual' | 'auto' | 'restore'

/** A saved version of a board's document, without its snapshot. */
export interface VersionRow {
	id: string
	boardId: string
	/** The facilitator's name for it; for a 'restore' version, the name of the version restored. */
	name: string
	kind: VersionKind
	createdAt: number
	/** Display name of who saved it ('' when unknown or automatic). */
	createdBy: string
	/** Role of the link it was saved with; null for automatic versions. */
	role: Role | null
	/** Number of records in the snapshot. */
	recordCount: number
	/** Number of shapes (cards, arrows, frames, drawings …) among them. */
	shapeCount: number
}

/** A version with its snapshot: `Y.encodeStateAsUpdate` of the whole document at that moment. */
export interface StoredVersion extends VersionRow {
	snapshot: Uint8Array
	/**
	 * The board's private document (private card fields) at that moment; null for
	 * versions saved before private fields had their own document (their main snapshot
	 * still holds them).
	 */
	privateSnapshot?: Uint8Array | null
}

/**
 * Which of a board's two documents: `main` (everything every link syncs) or `private`
 * (private card fields, for editor and facilitator links only). Each has its own
 * snapshot and update log.
 */
export type DocKind = 'main' | 'private'

/** How many 'auto' versions a board keeps; older ones are dropped (manual and restore versions are kept). */
export const MAX_AUTO_VERSIONS = 100

/** How often `touchLink` writes at most, per link. */
export const LINK_TOUCH_INTERVAL_MS = 60_000

/** An asset as stored beside its board. */
export interface StoredAsset {
	id: string
	mime: string
	name: string
	data: Uint8Array
	createdAt: number
}

/** What a room needs to rebuild its document: the last snapshot and the updates after it. */
export interface StoredDoc {
	snapshot: Uint8Array | null
	updates: Uint8Array[]
	/** Sequence number of the last update included (snapshot or log). */
	lastSeq: number
}

/** An activity entry to store: storage numbers it (`id`). */
export type NewActivityEntry = Omit<ActivityEntry, 'id' | 'lastAt'> & { lastAt: number }

/** More changes merged into a stored activity entry (coalescing): its new field list, title and last time. */
export interface ActivityMerge {
	id: number
	fields: string[]
	targetTitle: string
	lastAt: number
}

/** Default and largest page of `listActivity`. */
export const ACTIVITY_PAGE_DEFAULT = 200
export const ACTIVITY_PAGE_MAX = 1000

/**
 * Durable storage of boards and their documents. Every method that writes has
 * committed when its promise resolves: a caller may relay an update once `appendUpdates`
 * has resolved, never before.
 */
export interface Storage {
	/** Creates a board with the first snapshot of its main document and, optionally, of its private document. */
	createBoard(row: BoardRow, initialSnapshot: Uint8Array, initialPrivateSnapshot?: Uint8Array): Promise<void>
	getBoard(id: string): Promise<BoardRow | null>
	listBoards(opts: { deleted: boolean }): Promise<BoardRow[]>
	updateBoard(id: string, patch: Partial<Pick<BoardRow, 'title' | 'deletedAt' | 'updatedAt'>>): Promise<BoardRow | null>
	/**
	 * Deletes a board for good with everything stored for it (documents, log, assets,
	 * links, versions, client owners, activity), in one transaction; false when there is no such board.
	 */
	deleteBoard(id: string): Promise<boolean>
	/** Bytes stored for a board: documents and their log, assets and versions. */
	boardBytes(id: string): Promise<number>
	/** Appends updates in one transaction; returns the sequence number of the last one. */
	appendUpdates(boardId: string, updates: Uint8Array[], doc?: DocKind): Promise<number>
	loadDoc(boardId: string, doc?: DocKind): Promise<StoredDoc>
	/**
	 * What a holder of the document up to sequence number `afterSeq` lacks: the log entries
	 * after it, and the snapshot too when compaction has dropped entries it needs.
	 */
	loadDocSince(boardId: string, afterSeq: number, doc?: DocKind): Promise<StoredDoc>
	/**
	 * Replaces every log entry up to `uptoSeq` with `snapshot` (which must hold them all).
	 * Idempotent: a snapshot that covers no more than the stored one changes nothing.
	 */
	compact(boardId: string, snapshot: Uint8Array, uptoSeq: number, doc?: DocKind): Promise<void>
	/** Number of log entries after the snapshot. */
	countUpdates(boardId: string, doc?: DocKind): Promise<number>
	putAsset(boardId: string, asset: { id: string; mime: string; name: string; data: Uint8Array }): Promise<void>
	/** Every asset of a board, with its data (for moving a board to another storage). */
	listAssets(boardId: string): Promise<StoredAsset[]>
	getAsset(boardId: string, assetId: string): Promise<{ mime: string; name: string; data: Uint8Array } | null>
	createLink(row: ShareLinkRow): Promise<void>
	/** A board's links, newest first. */
	listLinks(boardId: string): Promise<ShareLinkRow[]>
	findLinkByTokenHash(tokenHash: string): Promise<ShareLinkRow | null>
	/** Marks a link of `boardId` revoked (keeps an earlier revocation time); null when there is no such link. */
	revokeLink(boardId: string, linkId: string, at: number): Promise<ShareLinkRow | null>
	/**
	 * Like revokeLink, but reads the board's links and decides in the same transaction: when
	 * `refuse(links)` is true nothing is written and 'refused' is answered, so two concurrent
	 * requests (on any node) can never each leave the other's link the last one.
	 */
	revokeLinkUnless(
		boardId: string,
		linkId: string,
		at: number,
		refuse: (links: readonly ShareLinkRow[]) => boolean,
	): Promise<ShareLinkRow | null | 'refused'>
	/** Records a use of a link; writes at most once per LINK_TOUCH_INTERVAL_MS. */
	touchLink(linkId: string, at: number): Promise<void>
	/** Saves a version; when it is 'auto', drops the board's oldest 'auto' versions beyond `maxAuto`. */
	createVersion(version: StoredVersion, maxAuto?: number): Promise<void>
	/** A board's versions, newest first, without snapshots. */
	listVersions(boardId: string): Promise<VersionRow[]>
	/** One version of `boardId` with its snapshot; null when there is none (or it belongs to another board). */
	getVersion(boardId: string, versionId: string): Promise<StoredVersion | null>
	/** When the board's newest version was saved, or null when it has none. */
	latestVersionAt(boardId: string): Promise<number | null>
	/** Who first wrote each Yjs client id on a board (client id → owner key; see server/sync/clientOwners.ts). */
	loadClientOwners(boardId: string): Promise<Map<number, string>>
	/** Records the owners of client ids first written now; an id that already has an owner keeps it. */
	claimClientIds(boardId: string, claims: ReadonlyMap<number, string>): Promise<void>
	/**
	 * Stores activity entries (numbered in order, increasing) and merges into stored ones, in
	 * one transaction; returns the ids of `entries`, in order.
	 */
	appendActivity(
		boardId: string,
		entries: readonly NewActivityEntry[],
		merges?: readonly ActivityMerge[],
	): Promise<number[]>
	/** A board's activity, newest first (by id), filtered by `query` (limit default ACTIVITY_PAGE_DEFAULT, at most ACTIVITY_PAGE_MAX). */
	listActivity(boardId: string, query?: ActivityQuery): Promise<ActivityPage>
	/**
	 * Who created a card or link (its first `card_created` / `link_made` entry) and who changed
	 * it last (its newest created or edited entry, at that entry's lastAt).
	 */
	shapeAttribution(boardId: string, targetId: string): Promise<ShapeAttribution>
	/** Resolves when storage answers a cheap query (readiness); rejects when it cannot (closed, unreachable). */
	ping(): Promise<void>
	close(): Promise<void>
}
