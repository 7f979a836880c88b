import express, { type Router } from 'express'
import { z } from 'zod'
import type { CreatedShareLink, ShareLinkList } from '../../shared/apiTypes'
import { deactivationRefusal } from '../../shared/auth/linkDeactivation'
import { BOARD_ID_PATTERN, CloseCode, ROLES } from '../../shared/protocol'
import type { ActivityLog } from '../activity/ActivityLog'
import { requestActor } from '../activity/requestActor'
import { accessOf, requireRole } from '../auth/requireRole'
import type { AuthDeps } from '../auth/resolveAccess'
import { boardUrlWithToken, createShareLink, toShareLink } from '../auth/shareLinks'
import type { BoardRow } from '../storage/Storage'
import type { RoomManager } from '../sync/RoomManager'
import { HttpError, parseOrThrow } from './httpError'

/** Longest share-link label, in characters. */
export const MAX_LINK_LABEL_LENGTH = 40

const LINK_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/

const createLinkBody = z.strictObject({
	role: z.enum(ROLES, { error: `role must be one of: ${ROLES.join(', ')}` }),
	label: z
		.string({ error: 'label must be a string' })
		.trim()
		.max(MAX_LINK_LABEL_LENGTH, `label must be at most ${MAX_LINK_LABEL_LENGTH} characters`)
		.refine((t) => !/[\u0000-\u001f\u007f]/.test(t), 'label must not contain control characters')
		.optional(),
	expiresAt: z
		.number({ error: 'expiresAt must be a number (epoch milliseconds)' })
		.int('expiresAt must be an integer (epoch milliseconds)')
		.max(8_640_000_000_000_000, 'expiresAt is too far in the future')
		.refine((t) => t > Date.now(), 'expiresAt must be in the future')
		.optional(),
})

/**
 * `/api/boards/:id/links` (facilitator): share links of a board.
 *
 * - `POST /` `{ role, label?, expiresAt? }` → 201 CreatedShareLink (the token only inside `url`).
 * - `GET /` → ShareLinkList (never tokens; `currentLinkId` is the link the request came with).
 * - `DELETE /:linkId` → 204, the link deactivated (停用); every socket opened with it is
 *   closed with `linkRevoked`. The board's last active facilitator link is never
 *   deactivated: `409 last_facilitator_link` (nobody could manage the board any more).
 */
export function linksRouter(deps: { rooms: RoomManager; activity?: ActivityLog } & AuthDeps): Router {
	const { storage, rooms } = deps
	const router = express.Router({ mergeParams: true })
	router.use(requireRole(deps, 'facilitator'))

	const boardOr404 = async (id: string): Promise<BoardRow> => {
		const row = BOARD_ID_PATTERN.test(id) ? await storage.getBoard(id) : null
		if (!row) throw new HttpError(404, 'board_not_found', `Board not found: ${id}`)
		return row
	}

	router.post('/', async (req, res) => {
		const board = await boardOr404(accessOf(res).boardId)
		const body = parseOrThrow(createLinkBody, req.body ?? undefined, 'body')
		const actor = requestActor(req, accessOf(res))
		const { row, token } = await createShareLink(storage, {
			boardId: board.id,
			role: body.role,
			label: body.label,
			expiresAt: body.expiresAt ?? null,
		})
		const created: CreatedShareLink = {
			id: row.id,
			role: row.role,
			label: row.label,
			url: boardUrlWithToken(board.id, token),
			createdAt: row.createdAt,
			expiresAt: row.expiresAt,
		}
		await deps.activity?.record(
			board.id,
			[{ kind: 'share_link_created', targetId: row.id, targetType: 'share_link', targetTitle: row.label, fields: [] }],
			actor,
		)
		res.status(201).json(created)
	})

	router.get('/', async (_req, res) => {
		const board = await boardOr404(accessOf(res).boardId)
		const list: ShareLinkList = {
			links: (await storage.listLinks(board.id)).map(toShareLink),
			currentLinkId: accessOf(res).linkId ?? null,
		}
		res.setHeader('Cache-Control', 'no-store')
		res.json(list)
	})

	router.delete('/:linkId', async (req, res) => {
		const board = await boardOr404(accessOf(res).boardId)
		const linkId = req.params.linkId
		const actor = requestActor(req, accessOf(res))
		const now = Date.now()
		// Decided and written in one storage transaction: two requests cannot each leave the other's link last.
		const row = LINK_ID_PATTERN.test(linkId)
			? await storage.revokeLinkUnless(
					board.id,
					linkId,
					now,
					(links) => deactivationRefusal(links, linkId, now) !== null,
				)
			: null
		if (row === 'refused') {
			throw new HttpError(
				409,
				'last_facilitator_link',
				'This is the board’s last active facilitator link: make another facilitator link before deactivating it',
			)
		}
		if (!row) throw new HttpError(404, 'link_not_found', `Link not found: ${linkId}`)
		rooms.closeLink(row.id, CloseCode.linkRevoked, 'link revoked')
		// Logged once: deactivating a deactivated link again keeps its first time and changes nothing.
		if (row.revokedAt === now)
			await deps.activity?.record(
				board.id,
				[
					{
						kind: 'share_link_revoked',
						targetId: row.id,
						targetType: 'share_link',
						targetTitle: row.label,
						fields: [],
					},
				],
				actor,
			)
		res.status(204).end()
	})

	return router
}
