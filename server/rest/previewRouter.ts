import zlib from 'node:zlib'
import type { TLSchema } from '@tldraw/tlschema'
import express, { type Router } from 'express'
import { toBase64 } from 'lib0/buffer'
import * as Y from 'yjs'
import { createBoardSchema } from '../../shared/boardSchema'
import type { BoardPreview } from '../../shared/preview/boardPreviewTypes'
import { buildBoardPreview } from '../../shared/preview/buildBoardPreview'
import { BOARD_ID_PATTERN } from '../../shared/protocol'
import { requireRole } from '../auth/requireRole'
import type { AuthDeps } from '../auth/resolveAccess'
import { loadBoardRecords } from '../boards/loadBoardRecords'
import { PRECOMPRESSED_ENCODINGS, pickEncoding } from '../static/pickEncoding'
import type { RoomManager } from '../sync/RoomManager'
import { HttpError } from './httpError'

/** How long a board's preview is reused while its document is unchanged (ms). */
export const PREVIEW_CACHE_MS = 5000

/** The most boards whose preview is kept at once. */
const PREVIEW_CACHE_BOARDS = 200

interface Cached {
	/** The document's state (state vector and delete set) the preview was built from; '' when read from storage. */
	state: string
	at: number
	body: string
	/** The body compressed, made when first asked for (a phone shares its bandwidth with the app's code). */
	br?: Buffer
	gzip?: Buffer
}

/**
 * `GET /api/boards/:id/preview` (any link that may view the board): the board's first page
 * as a small read-only drawing — frames, cards (kind and title), links as lines, and the
 * bounds the canvas fits (`BoardPreview`) — for a phone to show while the canvas loads.
 * Read from the live room when the board is open, else from storage; no private field.
 * Reused for `PREVIEW_CACHE_MS` while the document is unchanged (a room full of phones
 * opening the board at once), and sent brotli- or gzip-compressed when the client accepts
 * it (a third of the bytes). Mount at `/boards/:id/preview`.
 */
export function previewRouter(deps: { rooms: RoomManager; schema?: TLSchema; now?: () => number } & AuthDeps): Router {
	const { storage, rooms } = deps
	const schema = deps.schema ?? createBoardSchema()
	const now = deps.now ?? Date.now
	const cache = new Map<string, Cached>()
	const router = express.Router({ mergeParams: true })

	const stateOf = (boardId: string): string => {
		const room = rooms.peek(boardId)
		return room ? toBase64(Y.encodeSnapshot(Y.snapshot(room.doc))) : ''
	}

	router.get('/', requireRole(deps, 'viewer'), async (req, res) => {
		const id = String((req.params as Record<string, string>).id)
		const row = BOARD_ID_PATTERN.test(id) ? await storage.getBoard(id) : null
		if (!row || row.deletedAt !== null) throw new HttpError(404, 'board_not_found', `Board not found: ${id}`)
		const state = stateOf(id)
		let entry = cache.get(id)
		if (!entry || entry.state !== state || now() - entry.at >= PREVIEW_CACHE_MS) {
			const { records } = await loadBoardRecords({ storage, rooms, schema }, id, { includePrivate: false })
			const preview: BoardPreview = buildBoardPreview(records)
			const body = JSON.stringify(preview)
			if (cache.size >= PREVIEW_CACHE_BOARDS) {
				for (const [key, entry] of cache) if (now() - entry.at >= PREVIEW_CACHE_MS) cache.delete(key)
				if (cache.size >= PREVIEW_CACHE_BOARDS) cache.delete(cache.keys().next().value as string)
			}
			// Keyed by the state read before the records: a change meanwhile only misses the next time.
			entry = { state, at: now(), body }
			cache.set(id, entry)
		}
		res.setHeader('Content-Type', 'application/json; charset=utf-8')
		res.setHeader('Cache-Control', 'no-store')
		res.setHeader('Vary', 'Accept-Encoding')
		const encoding = pickEncoding(req.get('accept-encoding'), PRECOMPRESSED_ENCODINGS)
		if (encoding === 'br') {
			entry.br ??= zlib.brotliCompressSync(entry.body, {
				params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 },
			})
			res.setHeader('Content-Encoding', 'br')
			res.send(entry.br)
		} else if (encoding === 'gzip') {
			entry.gzip ??= zlib.gzipSync(entry.body)
			res.setHeader('Content-Encoding', 'gzip')
			res.send(entry.gzip)
		} else res.send(entry.body)
	})
	return router
}
