import type { ClientConfig } from '../../shared/apiTypes'
import type { BoardWithRole } from '../api/apiClient'

/** The IndexedDB database holding a board's document on this device. */
export function boardDbName(boardId: string): string {
	return `niudai-board-${boardId}`
}

/** The IndexedDB database holding a board's private document (editors and facilitators only). */
export function privateBoardDbName(boardId: string): string {
	return `niudai-board-${boardId}-private`
}

const summaryKey = (boardId: string) => `niudai.offline.board.${boardId}`
const pendingKey = (boardId: string) => `niudai.offline.pending.${boardId}`

/** What the board page needs before it can show a board, as last loaded from the server. */
export interface CachedBoard {
	board: BoardWithRole
	config: ClientConfig
	savedAt: number
}

function storage(): Storage | null {
	try {
		return globalThis.localStorage ?? null
	} catch {
		return null
	}
}

/** Remembers a board's summary and the client config after a successful load. */
export function saveCachedBoard(board: BoardWithRole, config: ClientConfig, now = Date.now()): void {
	try {
		storage()?.setItem(summaryKey(board.id), JSON.stringify({ board, config, savedAt: now } satisfies CachedBoard))
	} catch {
		// Storage full or disabled: the board just will not open offline.
	}
}

/** The board's summary as last loaded, or null. */
export function readCachedBoard(boardId: string): CachedBoard | null {
	try {
		const raw = JSON.parse(storage()?.getItem(summaryKey(boardId)) ?? 'null') as CachedBoard | null
		if (!raw || typeof raw !== 'object' || raw.board?.id !== boardId || typeof raw.config !== 'object') return null
		return raw
	} catch {
		return null
	}
}

/** The saved list of this board's unconfirmed changes (JSON), or null. */
export function readPendingJson(boardId: string): string | null {
	try {
		return storage()?.getItem(pendingKey(boardId)) ?? null
	} catch {
		return null
	}
}

/** Saves (or, when empty, removes) the board's unconfirmed changes. */
export function writePendingJson(boardId: string, json: string | null): void {
	try {
		if (json === null) storage()?.removeItem(pendingKey(boardId))
		else storage()?.setItem(pendingKey(boardId), json)
	} catch {
		// Storage full: the count is lost on reload, the changes themselves are in IndexedDB.
	}
}

/**
 * Forgets everything this device keeps of a board: its summary, its pending list and its
 * IndexedDB copy. Called when the server refuses the board for good (no access, deleted).
 */
export async function forgetOfflineBoard(boardId: string): Promise<void> {
	try {
		storage()?.removeItem(summaryKey(boardId))
		storage()?.removeItem(pendingKey(boardId))
	} catch {
		// nothing to forget
	}
	if (typeof indexedDB === 'undefined') return
	const deleteDb = (name: string) =>
		new Promise<void>((resolve) => {
			const req = indexedDB.deleteDatabase(name)
			req.onsuccess = () => resolve()
			req.onerror = () => resolve()
			// Another tab still has it open: it is deleted once that tab lets go.
			req.onblocked = () => resolve()
		})
	await Promise.all([deleteDb(boardDbName(boardId)), deleteDb(privateBoardDbName(boardId))])
}
