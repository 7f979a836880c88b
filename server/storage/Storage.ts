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

/** How often `touchLink` writes at most, per link. */
export const LINK_TOUCH_INTERVAL_MS = 60_000

/** What a room needs to rebuild its document: the last snapshot and the updates after it. */
export interface StoredDoc {
	snapshot: Uint8Array | null
	updates: Uint8Array[]
	/** Sequence number of the last update included (snapshot or log). */
	lastSeq: number
}

/**
 * Durable storage of boards and their documents. Every method that writes has
 * committed when it returns: a caller may relay an update right after `appendUpdates`.
 */
export interface Storage {
	createBoard(row: BoardRow, initialSnapshot: Uint8Array): void
	getBoard(id: string): BoardRow | null
	listBoards(opts: { deleted: boolean }): BoardRow[]
	updateBoard(id: string, patch: Partial<Pick<BoardRow, 'title' | 'deletedAt' | 'updatedAt'>>): BoardRow | null
	/** Appends updates in one transaction; returns the sequence number of the last one. */
	appendUpdates(boardId: string, updates: Uint8Array[]): number
	loadDoc(boardId: string): StoredDoc
	/** Replaces every log entry up to `uptoSeq` with `snapshot`. */
	compact(boardId: string, snapshot: Uint8Array, uptoSeq: number): void
	/** Number of log entries after the snapshot. */
	countUpdates(boardId: string): number
	putAsset(boardId: string, asset: { id: string; mime: string; name: string; data: Uint8Array }): void
	getAsset(boardId: string, assetId: string): { mime: string; name: string; data: Uint8Array } | null
	createLink(row: ShareLinkRow): void
	/** A board's links, newest first. */
	listLinks(boardId: string): ShareLinkRow[]
	findLinkByTokenHash(tokenHash: string): ShareLinkRow | null
	/** Marks a link of `boardId` revoked (keeps an earlier revocation time); null when there is no such link. */
	revokeLink(boardId: string, linkId: string, at: number): ShareLinkRow | null
	/** Records a use of a link; writes at most once per LINK_TOUCH_INTERVAL_MS. */
	touchLink(linkId: string, at: number): void
	close(): void
}
