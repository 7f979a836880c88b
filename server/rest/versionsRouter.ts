import type { TLSchema } from '@tldraw/tlschema'
import express, { type Request, type Router } from 'express'
import { z } from 'zod'
import type { BoardVersion, BoardVersionList, BoardVersionPreview, RestoreVersionResult } from '../../shared/apiTypes'
import { ACTION_ROLES, can } from '../../shared/auth/permissions'
import { createBoardSchema } from '../../shared/boardSchema'
import { applyPrivateProps, splitAllPrivateProps } from '../../shared/privateDocLayout'
import { BOARD_ID_PATTERN } from '../../shared/protocol'
import type { ActivityLog } from '../activity/ActivityLog'
import { requestActor } from '../activity/requestActor'
import { accessOf, requireRole } from '../auth/requireRole'
import type { AuthDeps } from '../auth/resolveAccess'
import type { BoardRow, StoredVersion, VersionRow } from '../storage/Storage'
import { RESTORE_ORIGIN } from '../sync/Room'
import type { RoomManager } from '../sync/RoomManager'
import { recordsOfVersion } from '../versions/recordsOfSnapshot'
import { HttpError, parseOrThrow } from './httpError'

/** Longest version name, in characters. */
export const MAX_VERSION_NAME_LENGTH = 80
/** Longest author name, in characters (as a display name). */
export const MAX_VERSION_AUTHOR_LENGTH = 24

const VERSION_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/

const author = z
	.string({ error: 'author must be a string' })
	.trim()
	.refine(
		(t) => [...t].length <= MAX_VERSION_AUTHOR_LENGTH,
		`author must be at most ${MAX_VERSION_AUTHOR_LENGTH} characters`,
	)
	.refine((t) => !CONTROL_CHARS.test(t), 'author must not contain control characters')
	.optional()

const createVersionBody = z.strictObject({
	name: z
		.string({ error: 'name must be a string' })
		.trim()
		.min(1, 'name must not be empty')
		.refine(
			(t) => [...t].length <= MAX_VERSION_NAME_LENGTH,
			`name must be at most ${MAX_VERSION_NAME_LENGTH} characters`,
		)
		.refine((t) => !CONTROL_CHARS.test(t), 'name must not contain control characters'),
	author,
})

const restoreVersionBody = z.strictObject({ author })

/** The REST shape of a version row. */
export function toBoardVersion(row: VersionRow): BoardVersion {
	return {
		id: row.id,
		name: row.name,
		kind: row.kind,
		createdAt: row.createdAt,
		createdBy: row.createdBy,
		role: row.role,
		recordCount: row.recordCount,
		shapeCount: row.shapeCount,
	}
}

/**
 * `/api/boards/:id/versions`: saved versions of a board.
 *
 * - `GET /` (viewer) → BoardVersionList, newest first.
 * - `POST /` `{ name, author? }` (facilitator) → 201 BoardVersion: the board as it is now.
 * - `GET /:versionId` (viewer) → BoardVersionPreview: the version's records for a
 *   read-only preview; private fields (联系方式) are emptied unless the link may read them.
 * - `POST /:versionId/restore` `{ author? }` (facilitator) → RestoreVersionResult: the
 *   board as it was is first kept as a 'restore' version, then the board's records become
 *   the version's, as one change every participant receives (through the live room, so it
 *   is committed before it is relayed). Meeting state and ballots are not restored.
 */
export function versionsRouter(
	deps: { rooms: RoomManager; schema?: TLSchema; activity?: ActivityLog } & AuthDeps,
): Router {
	const { storage, rooms } = deps
	const schema = deps.schema ?? createBoardSchema()
	const router = express.Router({ mergeParams: true })
	const reader = requireRole(deps, ACTION_ROLES.readVersions)
	const saver = requireRole(deps, ACTION_ROLES.saveVersion)
	const restorer = requireRole(deps, ACTION_ROLES.restoreVersion)

	const boardOr404 = async (id: string): Promise<BoardRow> => {
		const row = BOARD_ID_PATTERN.test(id) ? await storage.getBoard(id) : null
		if (!row || row.deletedAt !== null) throw new HttpError(404, 'board_not_found', `Board not found: ${id}`)
		return row
	}

	const versionOr404 = async (boardId: string, req: Request): Promise<StoredVersion> => {
		const versionId = String((req.params as Record<string, string>).versionId ?? '')
		const version = VERSION_ID_PATTERN.test(versionId) ? await storage.getVersion(boardId, versionId) : null
		if (!version) throw new HttpError(404, 'version_not_found', `Version not found on this board: ${versionId}`)
		return version
	}

	router.get('/', reader, async (_req, res) => {
		const board = await boardOr404(accessOf(res).boardId)
		const list: BoardVersionList = { versions: (await storage.listVersions(board.id)).map(toBoardVersion) }
		res.setHeader('Cache-Control', 'no-store')
		res.json(list)
	})

	router.post('/', saver, async (req, res) => {
		const access = accessOf(res)
		const board = await boardOr404(access.boardId)
		const body = parseOrThrow(createVersionBody, req.body ?? undefined, 'body')
		const actor = requestActor(req, access, body.author ?? '')
		const room = await rooms.acquire(board.id)
		try {
			const row = await room.saveVersion({
				kind: 'manual',
				name: body.name,
				createdBy: body.author ?? '',
				role: access.role,
			})
			await deps.activity?.record(
				board.id,
				[{ kind: 'version_saved', targetId: row.id, targetType: 'version', targetTitle: row.name, fields: [] }],
				actor,
			)
			res.status(201).json(toBoardVersion(row))
		} finally {
			rooms.release(room)
		}
	})

	router.get('/:versionId', reader, async (req, res) => {
		const { boardId, role } = accessOf(res)
		const board = await boardOr404(boardId)
		const version = await versionOr404(board.id, req)
		const preview: BoardVersionPreview = {
			version: toBoardVersion(version),
			// A viewer's preview never reads the version's private fields.
			records: recordsOfVersion(version, can(role, 'readPrivateFields'), schema),
			schema: schema.serialize(),
		}
		res.setHeader('Cache-Control', 'no-store')
		res.json(preview)
	})

	router.post('/:versionId/restore', restorer, async (req, res) => {
		const access = accessOf(res)
		const board = await boardOr404(access.boardId)
		const body = parseOrThrow(restoreVersionBody, req.body ?? {}, 'body')
		const actor = requestActor(req, access, body.author ?? '')
		const version = await versionOr404(board.id, req)
		// The version's records go to the main document, their private fields to the private one.
		const { records, privateProps } = splitAllPrivateProps(recordsOfVersion(version, true, schema))
		const room = await rooms.acquire(board.id)
		const privateRoom = await rooms.acquire(board.id, 'private')
		try {
			// The state saved and the restore are taken in one go (nothing else runs between them), so
			// the saved version is exactly what the restore replaces; it is stored before the restore.
			const at = Date.now()
			const saving = room.saveVersion(
				{ kind: 'restore', name: version.name, createdBy: body.author ?? '', role: access.role },
				false,
				at,
			)
			applyPrivateProps(privateRoom.doc, privateProps, RESTORE_ORIGIN)
			const [before, changed] = await Promise.all([saving, room.restoreRecords(records, at), privateRoom.flush()])
			await deps.activity?.record(
				board.id,
				[
					{
						kind: 'version_restored',
						targetId: version.id,
						targetType: 'version',
						targetTitle: version.name,
						fields: [],
					},
				],
				actor,
			)
			const result: RestoreVersionResult = {
				restored: toBoardVersion(version),
				savedBefore: toBoardVersion(before),
				changed,
			}
			res.json(result)
		} finally {
			rooms.release(room)
			rooms.release(privateRoom)
		}
	})

	return router
}
