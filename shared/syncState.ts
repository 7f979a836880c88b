/** The path of a board's sync state under the REST API. */
export const SYNC_STATE_PATH = 'sync-state'

/**
 * `GET /api/boards/:id/sync-state`: what the server has durably stored of a board's
 * document, read after flushing its room. Clients use it to tell which of their local
 * changes are safe on the server.
 */
export interface SyncStateResponse {
	/** `Y.encodeStateVector` of the stored document, base64. */
	stateVector: string
	/** `Y.encodeSnapshot(Y.snapshot(doc))` (delete set and state vector), base64: confirms deletions too. */
	snapshot: string
}
