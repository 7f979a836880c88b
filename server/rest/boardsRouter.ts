import crypto from 'node:crypto'
import express, { type Router } from 'express'
import { z } from 'zod'
import type { BoardSummary } from '../../shared/apiTypes'
import { BOARD_ID_PATTERN, BOARD_PATH_PREFIX, CloseCode, MAX_TITLE_LENGTH, type Role } from '../../shared/protocol'
import { DEFAULT_PAGE_NAME } from '../../shared/seedRecords'
import { TEMPLATE_IDS } from '../../shared/templates/templateIds'
import { type CreatePolicy, requireCreator } from '../auth/requireCreator'
import { accessOf, requireRole } from '../auth/requireRole'
import { type AuthDeps, isAdminToken } from '../auth/resolveAccess'
import { boardUrlWithToken, CREATOR_LINK_LABEL, createShareLink } from '../auth/shareLinks'
import { tokenFromRequest } from '../auth/tokens'
import { type BoardDocs, createBoardDocs } from '../boards/createBoardDoc'
import type { BoardRow, Storage } from '../storage/Storage'
import type { RoomManager } from '../sync/RoomManager'
import { HttpError, parseOrThrow } from './httpError'

const titleSchema = z
	.string({ error: 'title must be a string' })
	.trim()
	.min(1, 'title must not be empty')
	.max(MAX_TITLE_LENGTH, `title must be at most ${MAX_TITLE_LENGTH} characters`)
	.refine((t) => !/[\u0000-\u001f\u007f]/.test(t), 'title must not contain control characters')

const templateSchema = z.enum(TEMPLATE_IDS, {
	error: `template must be one of: ${TEMPLATE_IDS.join(', ')}`,
})

const createBoardBody = z.strictObject({ title: titleSchema, template: templateSchema.optional() })
const patchBoardBody = z.strictObject({ title: titleSchema })
const listQuery = z.object({ trash: z.enum(['0', '1']).optional() })

/** A new random board id (96 bits, URL-safe). */
export function newBoardId(): string {
	return crypto.randomBytes(12).toString('base64url')
}

/** The REST shape of a board row; with `role`, the caller's role on it. */
export function toSummary(row: BoardRow, role?: Role): BoardSummary {
	return {
		id: row.id,
		title: row.title,
		url: `${BOARD_PATH_PREFIX}${row.id}`,
		...(role ? { role } : {}),
		createdAt: row.createdAt,
		updatedAt: row.updatedAt,
		deletedAt: row.deletedAt,
	}
}

/**
 * Creates the board row with its first documents (main and private) and the creator's
 * facilitator link; returns the summary whose `url` carries the creator's token.
 */
export async function createBoardWithCreatorLink(
	storage: Storage,
	row: BoardRow,
	initial: BoardDocs,
): Promise<BoardSummary> {
	await storage.createBoard(row, initial.main, initial.private ?? undefined)
	const { token } = await createShareLink(storage, {
		boardId: row.id,
		role: 'facilitator',
		label: CREATOR_LINK_LABEL,
		now: row.createdAt,
	})
	return { ...toSummary(row, 'facilitator'), url: boardUrlWithToken(row.id, token) }
}

/**
 * `/api/boards`: list (admin token), create (anyone, or with CREATE_POLICY=token the admin token; the response's url carries the
 * creator's facilitator token), read (any link of the board), rename, move to trash and
 * restore (facilitator).
 */
export function boardsRouter(deps: { rooms: RoomManager; createPolicy?: CreatePolicy } & AuthDeps): Router {
	const { storage, rooms } = deps
	const router = express.Router()
	const viewer = requireRole(deps, 'viewer')
	const facilitator = requireRole(deps, 'facilitator')

	const getBoardOr404 = async (id: string): Promise<BoardRow> => {
		if (!BOARD_ID_PATTERN.test(id)) throw new HttpError(404, 'board_not_found', `Board not found: ${id}`)
		const row = await storage.getBoard(id)
		if (!row) throw new HttpError(404, 'board_not_found', `Board not found: ${id}`)
		return row
	}

	router.get('/', async (req, res) => {
		if (!isAdminToken(deps, tokenFromRequest(req.headers, req.originalUrl))) {
			throw new HttpError(401, 'unauthorized', 'Listing every board needs the admin token')
		}
		const q = parseOrThrow(listQuery, req.query, 'query')
		const rows = await storage.listBoards({ deleted: q.trash === '1' })
		res.json({ boards: rows.map((row) => toSummary(row, 'facilitator')) })
	})

	router.post('/', requireCreator(deps), async (req, res) => {
		const body = parseOrThrow(createBoardBody, req.body ?? undefined, 'body')
		const now = Date.now()
		const row: BoardRow = { id: newBoardId(), title: body.title, createdAt: now, updatedAt: now, deletedAt: null }
		res
			.status(201)
			.json(await createBoardWithCreatorLink(storage, row, createBoardDocs(DEFAULT_PAGE_NAME, body.template)))
	})

	router.get('/:id', viewer, async (_req, res) => {
		res.json(toSummary(await getBoardOr404(accessOf(res).boardId), accessOf(res).role))
	})

	router.patch('/:id', facilitator, async (req, res) => {
		const row = await getBoardOr404(accessOf(res).boardId)
		const body = parseOrThrow(patchBoardBody, req.body ?? undefined, 'body')
		const next = await storage.updateBoard(row.id, { title: body.title, updatedAt: Date.now() })
		res.json(toSummary(next ?? row, 'facilitator'))
	})

	router.delete('/:id', facilitator, async (_req, res) => {
		const row = await getBoardOr404(accessOf(res).boardId)
		if (row.deletedAt !== null) throw new HttpError(409, 'already_deleted', `Board is already in the trash: ${row.id}`)
		const next = await storage.updateBoard(row.id, { deletedAt: Date.now() })
		await rooms.closeBoard(row.id, CloseCode.boardDeleted, 'board moved to the trash')
		res.json(toSummary(next ?? row, 'facilitator'))
	})

	router.post('/:id/restore', facilitator, async (_req, res) => {
		const row = await getBoardOr404(accessOf(res).boardId)
		if (row.deletedAt === null) throw new HttpError(409, 'not_deleted', `Board is not in the trash: ${row.id}`)
		const next = await storage.updateBoard(row.id, { deletedAt: null, updatedAt: Date.now() })
		res.json(toSummary(next ?? row, 'facilitator'))
	})

	return router
}
