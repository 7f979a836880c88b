/** A board row as stored. */
export interface BoardRow {
	id: string
	title: string
	createdAt: number
	updatedAt: number
	deletedAt: number | null
}

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
	close(): void
}
