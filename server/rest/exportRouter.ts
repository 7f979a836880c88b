import type { SerializedSchema } from '@tldraw/store'
import type { TLSchema } from '@tldraw/tlschema'
import express, { type Request, type Response, type Router } from 'express'
import { z } from 'zod'
import { roleAtLeast } from '../../shared/auth/permissions'
import { createBoardSchema } from '../../shared/boardSchema'
import { boardToTldrawFile } from '../../shared/export/boardToTldrawFile'
import { LIST_NAMES, LIST_SHEET_NAMES, LIST_SHEET_NAMES_EN } from '../../shared/export/listColumns'
import { listToCsv } from '../../shared/export/listsToCsv'
import { word } from '../../shared/export/planText'
import { planToMarkdown } from '../../shared/export/planToMarkdown'
import { derivePlan } from '../../shared/plan/derivePlan'
import { PLAN_INFO_PRIVATE_RECORD } from '../../shared/plan/planInfo'
import type { Plan } from '../../shared/plan/planTypes'
import { BOARD_ID_PATTERN } from '../../shared/protocol'
import type { PlainRecord } from '../../shared/ydocLayout'
import { accessOf, requireRole } from '../auth/requireRole'
import type { AuthDeps } from '../auth/resolveAccess'
import { loadBoardPrivateProps, loadBoardRecords } from '../boards/loadBoardRecords'
import { withoutPrivateProps } from '../boards/withoutPrivateProps'
import { DocxTimeoutError, docxInWorker } from '../export/docxInWorker'
import type { DocxPicture } from '../export/fitPictures'
import { planToXlsx } from '../export/planToXlsx'
import type { ServerMetrics } from '../metrics/ServerMetrics'
import type { BoardRow, Storage } from '../storage/Storage'
import type { RoomManager } from '../sync/RoomManager'
import { attachmentDisposition, safeFileName } from './contentDisposition'
import { HttpError, parseOrThrow } from './httpError'

/** The formats of `GET /api/boards/:id/export`. */
export const EXPORT_FORMATS = ['md', 'csv', 'json', 'tldr', 'docx', 'xlsx'] as const

/** One of `EXPORT_FORMATS`. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** The extension of the lossless Niudai board file (the json export), told apart from other JSON. */
export const BOARD_FILE_EXTENSION = 'niudai.json'

/** The most bytes of the canvas picture (or of the JSON body with the pictures) a docx export accepts. */
export const MAX_CANVAS_PNG_BYTES = 20 * 1024 * 1024

/**
 * The content type of the pictures as JSON (`{ pictures: [...] }`). Not `application/json`,
 * which the API's JSON parser reads (up to 1 MB) before this router sees it.
 */
export const PICTURES_CONTENT_TYPE = 'application/vnd.niudai.pictures+json'

/** The most pictures one docx export accepts (the canvas stages and a chart or two). */
export const MAX_EXPORT_PICTURES = 8

/** The body of `POST /export?format=docx` as JSON: the pictures, each a base64 PNG. */
const picturesBody = z.object({
	pictures: z
		.array(
			z.object({
				ref: z.string().regex(/^(canvas|chart):[A-Za-z0-9_-]{1,40}$/, 'ref must be canvas:<name> or chart:<name>'),
				title: z.string().max(100),
				png: z.string().max(MAX_CANVAS_PNG_BYTES * 2),
			}),
		)
		.max(MAX_EXPORT_PICTURES),
})

const CONTENT_TYPES: Record<ExportFormat, string> = {
	md: 'text/markdown; charset=utf-8',
	csv: 'text/csv; charset=utf-8',
	json: 'application/json; charset=utf-8',
	tldr: 'application/vnd.tldraw+json; charset=utf-8',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

const flag = z.enum(['0', '1'], { error: 'must be 0 or 1' }).default('0')
const lang = z.enum(['zh', 'en'], { error: 'lang must be zh or en' }).default('zh')

const planQuery = z.object({ private: flag })

const exportQuery = z
	.object({
		format: z.enum(EXPORT_FORMATS, { error: `format must be one of: ${EXPORT_FORMATS.join(', ')}` }),
		list: z.enum(LIST_NAMES, { error: `list must be one of: ${LIST_NAMES.join(', ')}` }).optional(),
		lang,
		private: flag,
	})
	.refine((q) => q.format !== 'csv' || q.list !== undefined, {
		path: ['list'],
		message: `format=csv needs list, one of: ${LIST_NAMES.join(', ')}`,
	})

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

function isPng(data: Uint8Array): boolean {
	return data.length > PNG_SIGNATURE.length && PNG_SIGNATURE.every((b, i) => data[i] === b)
}

/** The path of a board's asset, as the assets router serves it. */
const ASSET_SRC = /^\/api\/boards\/([A-Za-z0-9_-]+)\/assets\/([A-Za-z0-9_-]{8,64})$/

/** Asset records with their stored file inlined as a data URL (as tldraw writes .tldr files), so the file stands alone. */
async function withInlinedAssets(
	records: readonly PlainRecord[],
	storage: Storage,
	boardId: string,
): Promise<PlainRecord[]> {
	const inlined: PlainRecord[] = []
	for (const rec of records) inlined.push(await withInlinedAsset(rec, storage, boardId))
	return inlined
}

async function withInlinedAsset(rec: PlainRecord, storage: Storage, boardId: string): Promise<PlainRecord> {
	if (rec.typeName !== 'asset' || typeof rec.props !== 'object' || rec.props === null) return rec
	const props = rec.props as Record<string, unknown>
	const m = typeof props.src === 'string' ? ASSET_SRC.exec(props.src) : null
	if (!m || m[1] !== boardId) return rec
	const asset = await storage.getAsset(boardId, m[2])
	if (!asset) return rec
	const src = `data:${asset.mime};base64,${Buffer.from(asset.data).toString('base64')}`
	return { ...rec, props: { ...props, src } }
}

/** The Word file, built in a worker thread so a large plan does not stall the event loop (and every room's sync). */
async function buildDocx(
	plan: Plan,
	opts: { lang: 'zh' | 'en'; pictures?: DocxPicture[]; contactPhone: string | null },
): Promise<Buffer> {
	try {
		return await docxInWorker(plan, opts)
	} catch (err) {
		if (err instanceof DocxTimeoutError) throw new HttpError(503, 'export_timeout', err.message)
		throw err
	}
}

/**
 * `/api/boards/:id/plan` and `/api/boards/:id/export`: the plan derived from a board
 * and the board's exports, readable by scripts without a browser.
 *
 * - `GET /plan?private=0|1` — the Plan as JSON (enum values as stored, warnings in zh and en).
 * - `GET /export?format=md|csv|json|tldr|docx|xlsx&list=needs|resources|projects|matches|actors&lang=zh|en&private=0|1`
 *   — a file (`Content-Disposition: attachment`, the board's title as its name);
 *   `list` is required for csv. `json` is the lossless Niudai board file (`<title>.niudai.json`,
 *   what `POST /api/boards/import` reads back); `tldr` is a tldraw file with tldraw's own shapes
 *   only, which tldraw.com opens (`boardToTldrawFile`; its card labels in `lang`).
 * - `POST /export?format=docx` with an optional body (≤ 20 MB): an `image/png` (the whole
 *   canvas), or `application/vnd.niudai.pictures+json` (or `application/json` up to 1 MB)
 *   `{ pictures: [{ ref: 'canvas:<stage>' | 'chart:<name>', title, png: <base64 PNG> }] }`
 *   (one picture per stage, ≤ 8), placed in the Word file's
 *   附件 (each scaled down to 300 dpi at its printed size, all within the file's budget).
 *
 * Private fields (联系方式, the plan's 联系电话) are left out unless `private=1`.
 */
export function exportRouter(
	deps: { rooms: RoomManager; schema?: TLSchema; metrics?: ServerMetrics } & AuthDeps,
): Router {
	const { storage, rooms } = deps
	const schema = deps.schema ?? createBoardSchema()
	const router = express.Router({ mergeParams: true })
	const viewer = requireRole(deps, 'viewer')
	const png = express.raw({ type: () => true, limit: MAX_CANVAS_PNG_BYTES })

	const boardOr404 = async (req: Request): Promise<BoardRow> => {
		const id = String((req.params as Record<string, string>).id)
		const row = BOARD_ID_PATTERN.test(id) ? await storage.getBoard(id) : null
		if (!row || row.deletedAt !== null) throw new HttpError(404, 'board_not_found', `Board not found: ${id}`)
		return row
	}

	/** `private=1` needs an editor link: a viewer asking for private fields gets 403. */
	const includePrivate = (res: Response, q: { private: '0' | '1' }): boolean => {
		if (q.private !== '1') return false
		const { role } = accessOf(res)
		if (!roleAtLeast(role, 'editor')) {
			throw new HttpError(403, 'forbidden', `Private fields need an editor link; yours is ${role}`)
		}
		return true
	}

	const planOf = (board: BoardRow, records: readonly PlainRecord[], withPrivate: boolean): Plan =>
		derivePlan(records, { title: board.title, includePrivate: withPrivate })

	router.get('/plan', viewer, async (req, res) => {
		const board = await boardOr404(req)
		const q = parseOrThrow(planQuery, req.query, 'query')
		const withPrivate = includePrivate(res, q)
		const { records } = await loadBoardRecords({ storage, rooms, schema }, board.id, { includePrivate: withPrivate })
		res.setHeader('Cache-Control', 'no-store')
		res.json(planOf(board, records, withPrivate))
	})

	/** The plan's 联系电话, kept in the board's private document. */
	const contactPhoneOf = async (boardId: string): Promise<string> => {
		const props = (await loadBoardPrivateProps({ storage, rooms }, boardId)).get(PLAN_INFO_PRIVATE_RECORD)
		return typeof props?.contactPhone === 'string' ? props.contactPhone : ''
	}

	const exportHandler = async (req: Request, res: Response, pictures?: DocxPicture[]) => {
		const started = performance.now()
		const board = await boardOr404(req)
		const q = parseOrThrow(exportQuery, req.query, 'query')
		const withPrivate = includePrivate(res, q)
		// Private fields are read from the private document only when asked for (and allowed).
		const loaded = await loadBoardRecords({ storage, rooms, schema }, board.id, { includePrivate: withPrivate })
		const records = withPrivate ? loaded.records : withoutPrivateProps(loaded.records)
		const serializedSchema: SerializedSchema = loaded.schema ?? schema.serialize()
		const contactPhone =
			withPrivate && (q.format === 'md' || q.format === 'docx') ? await contactPhoneOf(board.id) : null
		let body: string | Uint8Array
		let fileName = safeFileName(board.title, q.format)
		switch (q.format) {
			case 'md':
				body = planToMarkdown(planOf(board, records, withPrivate), { lang: q.lang, contactPhone })
				break
			case 'csv': {
				const list = q.list ?? 'needs'
				const sheet = (q.lang === 'zh' ? LIST_SHEET_NAMES : LIST_SHEET_NAMES_EN)[list]
				fileName = safeFileName(`${board.title}-${sheet}`, 'csv')
				body = listToCsv(planOf(board, records, withPrivate), list, q.lang)
				break
			}
			case 'json':
				// The lossless board file (cards, links, plan info, pictures inlined): what import reads back.
				fileName = safeFileName(board.title, BOARD_FILE_EXTENSION)
				body = JSON.stringify({
					niudai: 1,
					title: board.title,
					schema: serializedSchema,
					records: await withInlinedAssets(records, storage, board.id),
				})
				break
			case 'tldr': {
				// tldraw's own shapes only, so tldraw.com opens it: cards as labelled rectangles, links as bound arrows.
				const inlined = await withInlinedAssets(records, storage, board.id)
				body = JSON.stringify(boardToTldrawFile(inlined, { lang: q.lang }).file)
				break
			}
			case 'docx':
				body = await buildDocx(planOf(board, records, withPrivate), { lang: q.lang, pictures, contactPhone })
				break
			case 'xlsx':
				body = await planToXlsx(planOf(board, records, withPrivate), { lang: q.lang })
				break
		}
		deps.metrics?.exported(q.format, (performance.now() - started) / 1000)
		res.setHeader('Content-Type', CONTENT_TYPES[q.format])
		res.setHeader('Content-Disposition', attachmentDisposition(fileName))
		res.setHeader('Cache-Control', 'no-store')
		res.setHeader('X-Content-Type-Options', 'nosniff')
		res.send(typeof body === 'string' ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength))
	}

	router.get('/export', viewer, async (req, res) => {
		await exportHandler(req, res)
	})

	router.post('/export', viewer, png, async (req, res) => {
		await boardOr404(req)
		const q = parseOrThrow(exportQuery, req.query, 'query')
		if (q.format !== 'docx') {
			throw new HttpError(
				400,
				'invalid_query',
				'POST /export is only for format=docx (with the canvas picture); use GET',
			)
		}
		const data = req.body as unknown
		const mime = (req.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
		let pictures: DocxPicture[] | undefined
		const fromJson = (json: unknown): DocxPicture[] =>
			parseOrThrow(picturesBody, json, 'body').pictures.map((p, i) => {
				const png = new Uint8Array(Buffer.from(p.png, 'base64'))
				if (!isPng(png)) throw new HttpError(400, 'invalid_png', `Picture ${i + 1} (${p.ref}) is not a PNG image`)
				return { ref: p.ref, title: p.title, png }
			})
		if (mime === 'application/json' && !Buffer.isBuffer(data)) {
			// A small body the API's JSON parser has read already.
			pictures = fromJson(data)
		} else if (Buffer.isBuffer(data) && data.length > 0) {
			if (mime === 'image/png') {
				if (!isPng(data)) throw new HttpError(400, 'invalid_png', 'The request body is not a PNG image')
				const title = word(q.lang, 'wholeBoard')
				pictures = [{ ref: 'canvas:board', title, png: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) }]
			} else if (mime === PICTURES_CONTENT_TYPE || mime === 'application/json') {
				let json: unknown
				try {
					json = JSON.parse(data.toString('utf8'))
				} catch {
					throw new HttpError(400, 'invalid_body', 'The request body is not valid JSON')
				}
				pictures = fromJson(json)
			} else {
				throw new HttpError(
					415,
					'unsupported_type',
					`The canvas picture must be image/png or ${PICTURES_CONTENT_TYPE}, got "${mime || '(none)'}"`,
				)
			}
		}
		await exportHandler(req, res, pictures)
	})

	return router
}
