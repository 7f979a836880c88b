import type { SyncStateResponse } from '../../shared/syncState'
import { SYNC_STATE_PATH } from '../../shared/syncState'
import { authHeaders } from '../auth/boardTokens'
import type { ServerState } from './pendingChanges'
import { decodeServerState } from './serverState'

/** Asks the server what it has stored of a board (`GET /api/boards/:id/sync-state`). */
export async function fetchServerState(boardId: string): Promise<ServerState> {
	const res = await fetch(`/api/boards/${encodeURIComponent(boardId)}/${SYNC_STATE_PATH}`, {
		headers: authHeaders(boardId),
		cache: 'no-store',
	})
	if (!res.ok) throw new Error(`sync-state: ${res.status}`)
	return decodeServerState((await res.json()) as SyncStateResponse)
}
