import express, { type Request, type Response, type Router } from 'express'
import { z } from 'zod'
import type {
	BoardFileProblem,
	ImportErrorBody,
	ImportProblem,
	ImportResult,
	ParsedImport,
} from '../../shared/import/importTypes'
import { IMPORT_LISTS } from '../../shared/import/importTypes'
import { planImport } from '../../shared/import/planImport'
import { getYPrivate, splitAllPrivateProps, writePrivateProps } from '../../shared/privateDocLayout'
import { BOARD_ID_PATTERN, MAX_TITLE_LENGTH } from '../../shared/protocol'
import { getYRecords, type PlainRecord, readAllRecords, writeRecord } from '../../shared/ydocLayout'
import type { ActivityLog } from '../activity/ActivityLog'
import { requestActor } from '../activity/requestActor'
import { type CreatePolicy, requireCreator } from '../auth/requireCreator'
import { accessOf, requireRole } from '../auth/requireRole'
import type { AuthDeps } from '../auth/resolveAccess'
import { importInWorker } from '../import/importInWorker'
import { type ImportJob, type ImportOutcome, refusal } from '../import/importJob'
import type { BoardRow } from '../storage/Storage'
import type { RoomManager } from '../sync/RoomManager'
import { WorkerBusyError, WorkerCrashedError, WorkerOutOfMemoryError, WorkerTimeoutError } from '../workers/WorkerPool'
import { createBoardWithCreatorLink, newBoardId } from './boardsRouter'
import { HttpError, parseOrThrow } from './httpError'

/** The largest file an import accepts. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024

/** The content type of an xlsx workbook. */
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

const CSV_CONTENT_TYPES = ['text/csv', 'application/csv', 'text/comma-separated-values', 'text/plain']

/** The title a board imported from a file without one gets. */
const DEFAULT_IMPORTED_TITLE = '导入的白板'

/** Transaction origin of an import's write into a live room. */
export const IMPORT_ORIGIN = Symbol('niudai-import')

const listQuery = z.object({
	list: z.enum(IMPORT_LISTS, { error: `list must be one of: ${IMPORT_LISTS.join(', ')}` }).optional(),
})

const newBoardQuery = z.object({
	title: z
		.string({ error: 'title must be a string' })
		.trim()
		.min(1, 'title must not be empty')
		.max(MAX_TITLE_LENGTH, `title must be at most ${MAX_TITLE_LENGTH} characters`)
		.refine((t) => !/[\u0000-\u001f\u007f]/.test(t), 'title must not contain control characters')
		.optional(),
})

function mimeOf(req: Request): string {
	return (req.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
}

function bodyOf(req: Request): Buffer {
	const data = req.body as unknown
	if (!Buffer.isBuffer(data) || data.length === 0) {
		throw new HttpError(400, 'empty_body', 'The request body must be the file to import')
	}
	return data
}

function isZip(data: Uint8Array): boolean {
	return data.length > 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04
}

function where(p: ImportProblem | BoardFileProblem): string {
	if ('record' in p) return p.record ? `${p.record}: ` : ''
	const parts = [p.sheet, p.row > 0 ? `row ${p.row}` : '', p.column].filter((s) => s !== '')
	return parts.length > 0 ? `${parts.join(', ')}: ` : ''
}

/**
 * Answers 422 with the first problems (at most 100, `problemCount` the total) and a
 * summary naming the first three; nothing was written.
 */
function refuse(
	res: Response,
	refused: readonly (ImportProblem | BoardFileProblem)[] | Extract<ImportOutcome, { ok: false }>,
): void {
	const { code, problems, problemCount } = Array.isArray(refused)
		? refusal(refused)
		: (refused as Extract<ImportOutcome, { ok: false }>)
	const shown = problems.slice(0, 3).map((p) => `${where(p)}${p.message.en}`)
	const more = problemCount > shown.length ? ` (and ${problemCount - shown.length} more)` : ''
	// A file past a limit is one problem that says it all.
	const summary =
		code === 'import_too_large' && problems.length === 1
			? problems[0].message.en
			: `${problemCount} problem${problemCount === 1 ? '' : 's'}. ${shown.join('; ')}${more}`
	const body: ImportErrorBody = {
		error: { code, message: `The file was not imported: ${summary}`, problems, problemCount },
	}
	res.status(422).json(body)
}

/** Seconds a client should wait before sending a file again when the import worker is busy. */
const BUSY_RETRY_AFTER_S = 5

/**
 * Reads a file in the import worker thread (never on the event loop). What stops the
 * worker becomes a JSON error: too slow → 503 `import_timeout`, out of memory → 413
 * `import_too_large`, crashed → 503 `import_failed`, too many files waiting → 503
 * `import_busy` with Retry-After.
 */
async function readImport(res: Response, job: ImportJob): Promise<ImportOutcome> {
	try {
		return await importInWorker(job)
	} catch (err) {
		const split = 'split it into smaller files'
		if (err instanceof WorkerTimeoutError) {
			throw new HttpError(
				503,
				'import_timeout',
				`${err.message}: the file is too large or too complex to read; ${split}`,
			)
		}
		if (err instanceof WorkerOutOfMemoryError) throw new HttpError(413, 'import_too_large', `${err.message}; ${split}`)
		if (err instanceof WorkerCrashedError) throw new HttpError(503, 'import_failed', err.message)
		if (err instanceof WorkerBusyError) {
			res.setHeader('Retry-After', String(BUSY_RETRY_AFTER_S))
			throw new HttpError(503, 'import_busy', err.message)
		}
		throw err
	}
}

/**
 * `/api/boards/…/import`: files into boards.
 *
 * - `POST /api/boards/:id/import` — the raw file as the body: an xlsx workbook
 *   (`application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`; sheets
 *   需求清单 / 资源清单 / 项目清单 / 匹配表 / 主体) or one csv list (`text/csv` with
 *   `?list=needs|resources|projects|matches|actors`), at most 20 MB. The cards and
 *   links are added to the live board in one transaction, so everyone on the board sees
 *   them at once → `200 { added: { needs, resources, projects, actors, links } }`.
 *   A file with any problem is refused as a whole → `422 { error: { code:
 *   'import_invalid', message, problems: [{ sheet, row, column, message: { zh, en } }],
 *   problemCount } }` (the first 100 problems); a file past IMPORT_LIMITS (rows, columns,
 *   cells, characters) → `422` `import_too_large` with one problem naming the limit.
 * - `POST /api/boards/import?title=…` — a Niudai json export or a tldraw .tldr file as
 *   the body → `201` a new board holding its records (problems by record id otherwise);
 *   who may do this is the creation policy's (`CREATE_POLICY`: anyone, or the admin
 *   token only), and the response's `url` carries the creator's facilitator token.
 *   Importing into an existing board needs an editor link.
 *
 * Files are read in a worker thread (importInWorker.ts) with a memory and a time limit.
 *
 * Mounted at `/api/boards` before the JSON body parser, so a large json file reaches it whole.
 */
export function importRouter(
	deps: { rooms: RoomManager; createPolicy?: CreatePolicy; activity?: ActivityLog } & AuthDeps,
): Router {
	const { storage, rooms } = deps
	const router = express.Router()
	const raw = express.raw({ type: () => true, limit: MAX_IMPORT_BYTES })

	const boardOr404 = async (id: string): Promise<BoardRow> => {
		const row = BOARD_ID_PATTERN.test(id) ? await storage.getBoard(id) : null
		if (!row || row.deletedAt !== null) throw new HttpError(404, 'board_not_found', `Board not found: ${id}`)
		return row
	}

	// The creation policy is checked before the body is read.
	router.post('/import', requireCreator(deps), raw, async (req, res) => {
		const q = parseOrThrow(newBoardQuery, req.query, 'query')
		const parsed = await readImport(res, { kind: 'board', data: bodyOf(req) })
		if (!parsed.ok) {
			refuse(res, parsed)
			return
		}
		if (parsed.kind !== 'board') throw new Error('the import worker answered a board file with a list')
		const title = q.title ?? parsed.title?.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, MAX_TITLE_LENGTH) ?? ''
		const now = Date.now()
		const row: BoardRow = {
			id: newBoardId(),
			title: title.trim() || DEFAULT_IMPORTED_TITLE,
			createdAt: now,
			updatedAt: now,
			deletedAt: null,
		}
		res.status(201).json(await createBoardWithCreatorLink(storage, row, parsed.docs))
	})

	// The token is checked before the body is read.
	router.post('/:id/import', requireRole(deps, 'editor'), raw, async (req, res) => {
		const board = await boardOr404(accessOf(res).boardId)
		const q = parseOrThrow(listQuery, req.query, 'query')
		// The cards and links added are logged as the caller's (activity log).
		const actor = requestActor(req, accessOf(res))
		const data = bodyOf(req)
		const mime = mimeOf(req)
		let job: ImportJob
		if (mime === XLSX_CONTENT_TYPE || (mime === 'application/octet-stream' && isZip(data))) {
			job = { kind: 'xlsx', data }
		} else if (CSV_CONTENT_TYPES.includes(mime)) {
			if (!q.list) {
				throw new HttpError(400, 'invalid_query', `A csv import needs ?list=, one of: ${IMPORT_LISTS.join(', ')}`)
			}
			job = { kind: 'csv', list: q.list, data }
		} else {
			throw new HttpError(
				415,
				'unsupported_type',
				`Unsupported content type "${mime || '(none)'}"; send ${XLSX_CONTENT_TYPE} or text/csv with ?list=`,
			)
		}
		const outcome = await readImport(res, job)
		if (!outcome.ok) {
			refuse(res, outcome)
			return
		}
		if (outcome.kind !== 'list') throw new Error('the import worker answered a list with a board')
		const parsed: ParsedImport = outcome.parsed

		const room = await rooms.acquire(board.id)
		const privateRoom = await rooms.acquire(board.id, 'private')
		try {
			// From reading the board to writing it, nothing else runs: the import sees the board as it is.
			const planned = planImport(parsed, readAllRecords(room.doc), { lang: 'zh' })
			if (planned.problems.length > 0) {
				refuse(res, planned.problems)
				return
			}
			// Contacts (private fields) go to the private document, the rest to the board's records.
			const split = splitAllPrivateProps(planned.records as unknown as PlainRecord[])
			if (split.privateProps.size > 0) {
				privateRoom.doc.transact(() => {
					const yPrivate = getYPrivate(privateRoom.doc)
					for (const [id, props] of split.privateProps) writePrivateProps(yPrivate, id, props)
				}, IMPORT_ORIGIN)
				await privateRoom.flush()
			}
			room.doc.transact(() => {
				const yRecords = getYRecords(room.doc)
				for (const rec of split.records) writeRecord(yRecords, rec)
			}, deps.activity?.originFor(actor) ?? IMPORT_ORIGIN)
			await room.flush()
			await storage.updateBoard(board.id, { updatedAt: Date.now() })
			const result: ImportResult = { added: planned.added }
			res.json(result)
		} finally {
			rooms.release(room)
			rooms.release(privateRoom)
		}
	})

	return router
}
