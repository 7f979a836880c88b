import crypto from 'node:crypto'
import express, { type Router } from 'express'
import { z } from 'zod'
import type { AssetUploadResult } from '../../shared/apiTypes'
import { BOARD_ID_PATTERN, MAX_ASSET_BYTES } from '../../shared/protocol'
import { requireRole } from '../auth/requireRole'
import type { AuthDeps } from '../auth/resolveAccess'
import { HttpError, parseOrThrow } from './httpError'

/** Content types accepted for uploads (what tldraw can place on a canvas). */
export const ALLOWED_ASSET_TYPES = [
	'image/png',
	'image/jpeg',
	'image/gif',
	'image/webp',
	'image/svg+xml',
	'image/avif',
	'video/mp4',
	'video/webm',
	'video/quicktime',
] as const

const uploadQuery = z.object({ name: z.string().max(200).optional() })
const ASSET_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/

/**
 * `/api/boards/:id/assets`: images and videos dropped on the canvas are stored beside
 * the board (the raw file is the request body), never inlined into the document.
 * Uploading needs an editor link; reading (`GET /:assetId?t=…`) any link of the board.
 */
export function assetsRouter(deps: AuthDeps): Router {
	const router = express.Router({ mergeParams: true })
	const raw = express.raw({ type: () => true, limit: MAX_ASSET_BYTES })

	const checkBoard = async (id: string) => {
		const board = BOARD_ID_PATTERN.test(id) ? await deps.storage.getBoard(id) : null
		if (!board || board.deletedAt !== null) throw new HttpError(404, 'board_not_found', `Board not found: ${id}`)
		return board
	}

	// The token is checked before the body is read.
	router.post('/', requireRole(deps, 'editor'), raw, async (req, res) => {
		const board = await checkBoard(String((req.params as Record<string, string>).id))
		const q = parseOrThrow(uploadQuery, req.query, 'query')
		const mime = (req.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
		if (!(ALLOWED_ASSET_TYPES as readonly string[]).includes(mime)) {
			throw new HttpError(
				415,
				'unsupported_type',
				`Unsupported content type "${mime || '(none)'}"; accepted: ${ALLOWED_ASSET_TYPES.join(', ')}`,
			)
		}
		const data = req.body as unknown
		if (!Buffer.isBuffer(data) || data.length === 0) {
			throw new HttpError(400, 'empty_body', 'The request body must be the file to upload')
		}
		const id = crypto.randomBytes(12).toString('base64url')
		await deps.storage.putAsset(board.id, { id, mime, name: q.name ?? id, data })
		const result: AssetUploadResult = { id, url: `/api/boards/${board.id}/assets/${id}` }
		res.status(201).json(result)
	})

	router.get('/:assetId', requireRole(deps, 'viewer'), async (req, res) => {
		const board = await checkBoard(String((req.params as Record<string, string>).id))
		const assetId = String(req.params.assetId)
		const asset = ASSET_ID_PATTERN.test(assetId) ? await deps.storage.getAsset(board.id, assetId) : null
		if (!asset) throw new HttpError(404, 'asset_not_found', `Asset not found: ${assetId}`)
		res.setHeader('Content-Type', asset.mime)
		res.setHeader('X-Content-Type-Options', 'nosniff')
		// Never kept by the browser: the URL carries the link's token, and a copy in the HTTP cache
		// would outlive the link's revocation on that device (and sign-out on a shared computer).
		res.setHeader('Cache-Control', 'private, no-store')
		// An SVG opened directly must not run scripts.
		res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox")
		res.send(Buffer.from(asset.data))
	})

	return router
}
