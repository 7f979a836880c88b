import { atom } from '@tldraw/tldraw'
import type { BallotBody, BallotResult } from '../../shared/apiTypes'
import { type Ballot, ballotKey, type VoteSession } from '../../shared/meeting/meetingLayout'
import { ApiError, api } from '../api/apiClient'
import { ballotName, participantSecret, savedVoterId, saveVoterId } from './voterIdentity'

/** Why this person's dots could not be placed. */
export type BallotProblem = 'offline' | 'closed' | 'limit' | 'forbidden' | 'storage' | 'failed'

/** This browser's ballot in one vote, as the vote panel and the card buttons show it. */
export interface OwnBallot {
	boardId: string
	voteId: string
	/** The voter id the server gave this browser in the vote (null before its first ballot). */
	voterId: string | null
	/** Dots asked for and not yet answered: shown at once, so quick taps add up. */
	wanted: string[] | null
	/** The dots of the server's last answer. */
	confirmed: string[] | null
	/** The document's dots for this voter when that answer came: once the document moves on, it wins. */
	docAtConfirm: string | null
	problem: BallotProblem | null
}

/** Sends one ballot (the REST call; replaced in tests). */
export type PutBallot = (boardId: string, voteId: string, body: BallotBody) => Promise<BallotResult>

export const $ownBallot = atom<OwnBallot | null>('own ballot', null)

let sending = false

function ownFor(boardId: string, voteId: string): OwnBallot {
	const own = $ownBallot.get()
	if (own && own.boardId === boardId && own.voteId === voteId) return own
	return {
		boardId,
		voteId,
		voterId: savedVoterId(boardId, voteId),
		wanted: null,
		confirmed: null,
		docAtConfirm: null,
		problem: null,
	}
}

function docDots(ballots: ReadonlyMap<string, Ballot>, voteId: string, voterId: string | null): string[] | null {
	if (!voterId) return null
	const ballot = ballots.get(ballotKey(voteId, voterId))
	return ballot && ballot.voteId === voteId && ballot.voterId === voterId ? ballot.dots : null
}

/**
 * This person's dots in `session`: those just asked for while the server has not
 * answered yet, else their ballot in the document (found by the voter id the server
 * gave this browser), or the server's last answer until the document shows the change.
 * Reactive when called inside a tldraw `useValue`/`computed`.
 */
export function myDots(ballots: ReadonlyMap<string, Ballot>, boardId: string, session: VoteSession): string[] {
	const own = ownFor(boardId, session.id)
	if (own.wanted) return own.wanted
	const inDoc = docDots(ballots, session.id, own.voterId)
	if (own.confirmed && JSON.stringify(inDoc) === own.docAtConfirm) return own.confirmed
	return inDoc ?? own.confirmed ?? []
}

/** The problem of the last ballot in `session`, if it failed. */
export function ballotProblem(boardId: string, session: VoteSession | null): BallotProblem | null {
	return session ? ownFor(boardId, session.id).problem : null
}

/** Forgets the problem shown (the person closed the message). */
export function dismissBallotProblem(): void {
	const own = $ownBallot.get()
	if (own?.problem) $ownBallot.set({ ...own, problem: null })
}

function problemOf(err: unknown): BallotProblem {
	if (!(err instanceof ApiError)) return 'failed'
	if (err.status === 0) return 'offline'
	if (err.code === 'vote_closed') return 'closed'
	if (err.code === 'too_many_ballots') return 'limit'
	if (err.status === 401 || err.status === 403) return 'forbidden'
	if (err.status === 503) return 'storage'
	return 'failed'
}

/**
 * Asks the server to make this person's dots in `session` exactly `dots`. They show at
 * once; requests go one at a time, each with the latest dots asked for, so quick taps
 * are never lost. A refusal (offline, the vote ended, …) puts the dots back to what the
 * server holds and sets a problem the panel shows.
 */
export function setMyDots(
	ctx: { boardId: string; session: VoteSession; userName: string | null },
	dots: readonly string[],
	ballots: () => ReadonlyMap<string, Ballot>,
	put: PutBallot = api.putBallot,
): Promise<void> {
	const { boardId, session } = ctx
	$ownBallot.set({ ...ownFor(boardId, session.id), wanted: [...dots], problem: null })
	if (sending) return Promise.resolve()
	sending = true
	return send(boardId, session, ballotName(session, ctx.userName), ballots, put).finally(() => {
		sending = false
	})
}

async function send(
	boardId: string,
	session: VoteSession,
	name: string | undefined,
	ballots: () => ReadonlyMap<string, Ballot>,
	put: PutBallot,
): Promise<void> {
	for (;;) {
		const asked = $ownBallot.get()
		if (!asked || asked.boardId !== boardId || asked.voteId !== session.id || !asked.wanted) return
		const dots = asked.wanted
		const body: BallotBody = { dots, participant: participantSecret(boardId), ...(name ? { name } : {}) }
		try {
			const answer = await put(boardId, session.id, body)
			saveVoterId(boardId, session.id, answer.voterId)
			const now = $ownBallot.get()
			if (!now || now.boardId !== boardId || now.voteId !== session.id) return
			$ownBallot.set({
				...now,
				voterId: answer.voterId,
				confirmed: answer.ballot.dots,
				docAtConfirm: JSON.stringify(docDots(ballots(), session.id, answer.voterId)),
				wanted: now.wanted === dots ? null : now.wanted,
			})
		} catch (err) {
			const now = $ownBallot.get()
			if (now && now.boardId === boardId && now.voteId === session.id) {
				$ownBallot.set({ ...now, wanted: null, problem: problemOf(err) })
			}
			return
		}
	}
}

/** Forgets this page's ballot state (leaving the board). */
export function resetOwnBallot(): void {
	$ownBallot.set(null)
}
