import express, { type Router } from 'express'
import { toBase64 } from 'lib0/buffer'
import * as Y from 'yjs'
import { BOARD_ID_PATTERN } from '../../shared/protocol'
import type { SyncStateResponse } from '../../shared/syncState'
import { requireRole } from '../auth/requireRole'
import type { AuthDeps } from '../auth/resolveAccess'
import type { RoomManager } from '../sync/RoomManager'
import { HttpError } from './httpError'

/**
 * `GET /api/boards/:id/sync-state` (viewer and up): the state vector and delete set of
 * the board's document as stored. The room is loaded through the RoomManager and flushed
 * first, so everything the answer covers is committed to storage — a client may treat
 * its local changes covered by it as safe. Mount at `/boards/:id/sync-state`.
 */
export function syncStateRouter(deps: { rooms: RoomManager } & AuthDeps): Router {
	const router = express.Router({ mergeParams: true })
	router.get('/', requireRole(deps, 'viewer'), async (req, res) => {
		const id = String((req.params as Record<string, string>).id)
		const row = BOARD_ID_PATTERN.test(id) ? await deps.storage.getBoard(id) : null
		if (!row || row.deletedAt !== null) throw new HttpError(404, 'board_not_found', `Board not found: ${id}`)
		const room = await deps.rooms.acquire(id)
		try {
			// Taken now, answered once everything in it is stored.
			const body: SyncStateResponse = {
				stateVector: toBase64(Y.encodeStateVector(room.doc)),
				snapshot: toBase64(Y.encodeSnapshot(Y.snapshot(room.doc))),
			}
			await room.flush()
			res.setHeader('Cache-Control', 'no-store')
			res.json(body)
		} finally {
			deps.rooms.release(room)
		}
	})
	return router
}
