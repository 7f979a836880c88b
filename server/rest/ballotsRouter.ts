import express, { type Router } from 'express'
import { z } from 'zod'
import type { BallotResult } from '../../shared/apiTypes'
import { ACTION_ROLES } from '../../shared/auth/permissions'
import { MAX_SHAPE_ID_LENGTH, MAX_VOTE_ID_LENGTH } from '../../shared/meeting/vote'
import { BOARD_ID_PATTERN } from '../../shared/protocol'
import { accessOf, requireRole } from '../auth/requireRole'
import type { AuthDeps } from '../auth/resolveAccess'
import type { SharedLimits } from '../cluster/SharedLimits'
import { StorageUnavailableError } from '../storage/StorageUnavailableError'
import type { RoomManager } from '../sync/RoomManager'
import { boardBallotKey, loadOrCreateBallotSecret, voterIdOf } from '../votes/ballotSecret'
import { writeRoomBallot } from '../votes/writeRoomBallot'
import { HttpError, parseOrThrow } from './httpError'

/** Longest self-declared voter name, in characters (as the client's display names). */
export const MAX_BALLOT_NAME_LENGTH = 32
/** Most dots a request may carry (the vote's own dots per voter, at most 20, are kept). */
export const MAX_BALLOT_BODY_DOTS = 100
/** A participant secret: 16–64 URL-safe characters. */
export const PARTICIPANT_PATTERN = /^[A-Za-z0-9_-]{16,64}$/

const CONTROL_CHARS = /[\u0000-\u001f\u007f]/

const ballotBody = z.strictObject({
	dots: z
		.array(z.string({ error: 'each dot must be a need id' }).min(1).max(MAX_SHAPE_ID_LENGTH, 'a need id is too long'), {
			error: 'dots must be an array of need ids',
		})
		.max(MAX_BALLOT_BODY_DOTS, `at most ${MAX_BALLOT_BODY_DOTS} dots`),
	participant: z
		.string({ error: 'participant must be a string' })
		.regex(PARTICIPANT_PATTERN, 'participant must be 16–64 letters, digits, - or _'),
	name: z
		.string({ error: 'name must be a string' })
		.trim()
		.refine((t) => [...t].length <= MAX_BALLOT_NAME_LENGTH, `name must be at most ${MAX_BALLOT_NAME_LENGTH} characters`)
		.refine((t) => !CONTROL_CHARS.test(t), 'name must not contain control characters')
		.optional(),
})

export interface BallotsRouterDeps extends AuthDeps {
	rooms: RoomManager
	/** Where the server's ballot secret is kept (`DATA_DIR/ballot-secret`). */
	dataDir: string
	/** Counts the ballots of each link in each vote (on every node of a cluster together); its cap is `ballotsPerLink`. */
	limits: SharedLimits
	/** The server's ballot secret; read from (or created in) `dataDir` when absent. */
	ballotSecret?: Buffer
}

/**
 * `/api/boards/:id/votes`: ballots of dot votes, written by the server only.
 *
 * - `PUT /:voteId/ballot` `{ dots, participant, name? }` (vote: editor and up) → BallotResult.
 *   The voter id is an HMAC of the board's secret over `voteId|linkId|participant`, so one
 *   link and one participant secret hold exactly one ballot per vote and nobody else can
 *   tell whose it is. The ballot is written into the live room's document (stored and
 *   relayed before the answer). `409 vote_closed` when the vote is not the board's open
 *   vote; `409 too_many_ballots` when the link already cast its cap of ballots in it;
 *   `503 storage_unavailable` while the board cannot be stored (nothing is written).
 */
export function ballotsRouter(deps: BallotsRouterDeps): Router {
	const { storage, rooms } = deps
	const secret = deps.ballotSecret ?? loadOrCreateBallotSecret(deps.dataDir)
	const perLink = deps.limits
	const router = express.Router({ mergeParams: true })

	router.put('/:voteId/ballot', requireRole(deps, ACTION_ROLES.vote), async (req, res) => {
		const access = accessOf(res)
		const board = BOARD_ID_PATTERN.test(access.boardId) ? await storage.getBoard(access.boardId) : null
		if (!board || board.deletedAt !== null) {
			throw new HttpError(404, 'board_not_found', `Board not found: ${access.boardId}`)
		}
		const voteId = String((req.params as Record<string, string>).voteId ?? '')
		if (voteId.length === 0 || voteId.length > MAX_VOTE_ID_LENGTH || CONTROL_CHARS.test(voteId)) {
			throw new HttpError(409, 'vote_closed', 'This vote is not open on this board')
		}
		const body = parseOrThrow(ballotBody, req.body ?? undefined, 'body')
		const linkKey = access.linkId ?? 'admin'
		const voterId = voterIdOf(boardBallotKey(secret, board.id), voteId, access.linkId, body.participant)
		const room = await rooms.acquire(board.id)
		try {
			// A room whose storage refuses writes is read-only: change nothing (503, like every write).
			if (room.storageUnavailable) throw new StorageUnavailableError(board.id, new Error('the room is read-only'))
			const result = await writeRoomBallot(room, {
				voteId,
				voterId,
				name: body.name ?? null,
				dots: body.dots,
				admit: (session) => perLink.admitBallot(board.id, session.id, linkKey, voterId),
			})
			if (!result.ok && result.problem === 'vote_closed') {
				throw new HttpError(409, 'vote_closed', 'This vote is not open on this board')
			}
			if (!result.ok) {
				throw new HttpError(
					409,
					'too_many_ballots',
					`This link has cast its ${perLink.ballotsPerLink} ballots in this vote; vote from another link`,
				)
			}
			const answer: BallotResult = { voterId, ballot: result.ballot }
			res.setHeader('Cache-Control', 'no-store')
			res.json(answer)
		} finally {
			rooms.release(room)
		}
	})

	return router
}
