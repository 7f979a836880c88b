import express, { type Router } from 'express'
import { z } from 'zod'
import type { ActivityEntry, ActivityPage, ShapeAttribution } from '../../shared/activity/activityTypes'
import { ACTION_ROLES } from '../../shared/auth/permissions'
import { BOARD_ID_PATTERN } from '../../shared/protocol'
import { activityCsv } from '../activity/activityCsv'
import { MAX_ACTIVITY_NAME_LENGTH } from '../activity/displayName'
import { accessOf, requireRole } from '../auth/requireRole'
import type { AuthDeps } from '../auth/resolveAccess'
import { ACTIVITY_PAGE_MAX, type BoardRow } from '../storage/Storage'
import { attachmentDisposition, safeFileName } from './contentDisposition'
import { HttpError, parseOrThrow } from './httpError'

/** Most rows of one CSV export (the newest). */
export const MAX_ACTIVITY_CSV_ROWS = 100_000

/** A shape id as tldraw makes them (`shape:` and a nanoid), or as boards from files may hold them: printable ASCII. */
const SHAPE_ID_PATTERN = /^shape:[\x21-\x7e]{1,100}$/

/** A query parameter holding a whole non-negative number (epoch ms, an id, a count). */
const wholeNumber = (name: string, max = Number.MAX_SAFE_INTEGER) =>
	z
		.string({ error: `${name} must be given once` })
		.regex(/^\d{1,16}$/, `${name} must be a whole number`)
		.transform(Number)
		.refine((n) => n <= max, `${name} must be at most ${max}`)
		.optional()

const activityQuery = z
	.object({
		from: wholeNumber('from (epoch ms)'),
		to: wholeNumber('to (epoch ms)'),
		before: wholeNumber('before (an entry id)'),
		limit: wholeNumber('limit', ACTIVITY_PAGE_MAX).refine((n) => n === undefined || n >= 1, 'limit must be at least 1'),
		person: z
			.string({ error: 'person must be given once' })
			.trim()
			.min(1, 'person must not be empty')
			.refine(
				(t) => [...t].length <= MAX_ACTIVITY_NAME_LENGTH,
				`person must be at most ${MAX_ACTIVITY_NAME_LENGTH} characters`,
			)
			.optional(),
		format: z.enum(['json', 'csv'], { error: 'format must be json or csv' }).optional(),
	})
	.refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
		path: ['to'],
		message: 'to must not be before from',
	})

/**
 * `/api/boards/:id/activity`: the activity log (留痕).
 *
 * - `GET /` (facilitator; the admin token too) → ActivityPage, newest first; query
 *   `from`, `to` (epoch ms: from ≤ at < to), `person` (a display name or link label),
 *   `before` (an entry id: the next page), `limit` (1–1000, default 200). With
 *   `format=csv`: every matching entry (up to MAX_ACTIVITY_CSV_ROWS) as a UTF-8 CSV file.
 * - `GET /shapes/:shapeId` (any link that views the board) → ShapeAttribution: who created
 *   the card or link and who changed it last.
 */
export function activityRouter(deps: AuthDeps): Router {
	const { storage } = deps
	const router = express.Router({ mergeParams: true })

	const boardOr404 = async (id: string): Promise<BoardRow> => {
		const row = BOARD_ID_PATTERN.test(id) ? await storage.getBoard(id) : null
		if (!row || row.deletedAt !== null) throw new HttpError(404, 'board_not_found', `Board not found: ${id}`)
		return row
	}

	router.get('/', requireRole(deps, 'facilitator'), async (req, res) => {
		const board = await boardOr404(accessOf(res).boardId)
		const { format, ...query } = parseOrThrow(activityQuery, req.query, 'query')
		res.setHeader('Cache-Control', 'no-store')
		if (format !== 'csv') {
			const page: ActivityPage = await storage.listActivity(board.id, query)
			res.json(page)
			return
		}
		const entries: ActivityEntry[] = []
		let before = query.before
		while (entries.length < MAX_ACTIVITY_CSV_ROWS) {
			const page = await storage.listActivity(board.id, { ...query, before, limit: ACTIVITY_PAGE_MAX })
			entries.push(...page.entries)
			if (page.nextBefore === null) break
			before = page.nextBefore
		}
		res.setHeader('Content-Type', 'text/csv; charset=utf-8')
		res.setHeader('Content-Disposition', attachmentDisposition(safeFileName(`${board.title}-动态`, 'csv')))
		res.send(activityCsv(entries.slice(0, MAX_ACTIVITY_CSV_ROWS)))
	})

	router.get('/shapes/:shapeId', requireRole(deps, ACTION_ROLES.viewBoard), async (req, res) => {
		const board = await boardOr404(accessOf(res).boardId)
		const shapeId = String(req.params.shapeId)
		if (!SHAPE_ID_PATTERN.test(shapeId)) {
			throw new HttpError(400, 'invalid_shape_id', `Not a shape id: ${shapeId.slice(0, 80)} (expected shape:…)`)
		}
		const attribution: ShapeAttribution = await storage.shapeAttribution(board.id, shapeId)
		res.setHeader('Cache-Control', 'no-store')
		res.json(attribution)
	})

	return router
}
