import crypto from 'node:crypto'
import express, { type Router } from 'express'
import { z } from 'zod'
import type { BoardSummary } from '../../shared/apiTypes'
import { BOARD_ID_PATTERN, BOARD_PATH_PREFIX, CloseCode, MAX_TITLE_LENGTH } from '../../shared/protocol'
import { DEFAULT_PAGE_NAME } from '../../shared/seedRecords'
import { TEMPLATE_IDS } from '../../shared/templates/templateIds'
import { createBoardDoc } from '../boards/createBoardDoc'
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

/** The REST shape of a board row. */
export function toSummary(row: BoardRow): BoardSummary {
	return {
		id: row.id,
		title: row.title,
		url: `${BOARD_PATH_PREFIX}${row.id}`,
		createdAt: row.createdAt,
		updatedAt: row.updatedAt,
		deletedAt: row.deletedAt,
	}
}

/** `/api/boards`: list, create, read, rename, move to trash, restore. */
export function boardsRouter(deps: { storage: Storage; rooms: RoomManager }): Router {
	const { storage, rooms } = deps
	const router = express.Router()

	const getBoardOr404 = (id: string): BoardRow => {
		if (!BOARD_ID_PATTERN.test(id)) throw new HttpError(404, 'board_not_found', `Board not found: ${id}`)
		const row = storage.getBoard(id)
		if (!row) throw new HttpError(404, 'board_not_found', `Board not found: ${id}`)
		return row
	}

	router.get('/', (req, res) => {
		const q = parseOrThrow(listQuery, req.query, 'query')
		res.json({ boards: storage.listBoards({ deleted: q.trash === '1' }).map(toSummary) })
	})

	router.post('/', (req, res) => {
		const body = parseOrThrow(createBoardBody, req.body ?? undefined, 'body')
		const now = Date.now()
		const row: BoardRow = { id: newBoardId(), title: body.title, createdAt: now, updatedAt: now, deletedAt: null }
		storage.createBoard(row, createBoardDoc(DEFAULT_PAGE_NAME, body.template))
		res.status(201).json(toSummary(row))
	})

	router.get('/:id', (req, res) => {
		res.json(toSummary(getBoardOr404(req.params.id)))
	})

	router.patch('/:id', (req, res) => {
		const row = getBoardOr404(req.params.id)
		const body = parseOrThrow(patchBoardBody, req.body ?? undefined, 'body')
		const next = storage.updateBoard(row.id, { title: body.title, updatedAt: Date.now() })
		res.json(toSummary(next ?? row))
	})

	router.delete('/:id', (req, res) => {
		const row = getBoardOr404(req.params.id)
		if (row.deletedAt !== null) throw new HttpError(409, 'already_deleted', `Board is already in the trash: ${row.id}`)
		const next = storage.updateBoard(row.id, { deletedAt: Date.now() })
		rooms.closeBoard(row.id, CloseCode.boardDeleted, 'board moved to the trash')
		res.json(toSummary(next ?? row))
	})

	router.post('/:id/restore', (req, res) => {
		const row = getBoardOr404(req.params.id)
		if (row.deletedAt === null) throw new HttpError(409, 'not_deleted', `Board is not in the trash: ${row.id}`)
		const next = storage.updateBoard(row.id, { deletedAt: null, updatedAt: Date.now() })
		res.json(toSummary(next ?? row))
	})

	return router
}
