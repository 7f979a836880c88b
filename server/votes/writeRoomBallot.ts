import type * as Y from 'yjs'
import {
	type Ballot,
	ballotKey,
	getYBallots,
	MEETING_VOTE_KEY,
	readMeetingValue,
	type VoteSession,
} from '../../shared/meeting/meetingLayout'
import { eligibleAmong } from '../../shared/meeting/recordVoteEligibility'
import { parseBallot, parseVoteSession } from '../../shared/meeting/vote'
import { getYRecords, readRecord } from '../../shared/ydocLayout'

/** Transaction origin of a ballot the server writes (relayed to every connection, the voter's too). */
export const BALLOT_ORIGIN = Symbol('niudai-ballot')

/** The part of a Room a ballot write needs. */
export interface BallotRoom {
	readonly doc: Y.Doc
	/** Stores pending updates, then relays them. */
	flush(): Promise<void>
}

/** What a participant asks for: their dots in one vote. */
export interface BallotRequest {
	voteId: string
	voterId: string
	/** Self-declared display name; dropped in an anonymous vote. */
	name: string | null
	dots: readonly string[]
	/** Called once the vote is known to be open: false refuses the ballot (too many from one link). */
	admit?: (session: VoteSession) => boolean | Promise<boolean>
}

export type BallotWriteResult =
	| { ok: true; ballot: Ballot; session: VoteSession }
	| { ok: false; problem: 'vote_closed' | 'too_many_ballots' }

function sameBallot(a: Ballot | null, b: Ballot): boolean {
	return (
		a !== null &&
		a.voteId === b.voteId &&
		a.voterId === b.voterId &&
		a.name === b.name &&
		a.dots.length === b.dots.length &&
		a.dots.every((d, i) => d === b.dots[i])
	)
}

/**
 * Writes one voter's ballot into a room's document — the only way a ballot is written.
 * The vote must be the room's open vote (and `admit` must agree); the dots are trimmed to needs that may receive
 * dots (on the board, inside the vote's frame) and then to the vote's dots per voter; an
 * anonymous vote stores no name. Ballots of other (earlier) votes are removed in the
 * same transaction: their results already live on the need cards. The change is stored
 * and relayed (origin BALLOT_ORIGIN) before this returns.
 */
export async function writeRoomBallot(room: BallotRoom, request: BallotRequest): Promise<BallotWriteResult> {
	const { doc } = room
	const openSession = () => {
		const s = parseVoteSession(readMeetingValue(doc, MEETING_VOTE_KEY))
		return s && s.id === request.voteId && s.status === 'open' ? s : null
	}
	const asked = openSession()
	if (!asked) return { ok: false, problem: 'vote_closed' }
	if (request.admit && !(await request.admit(asked))) return { ok: false, problem: 'too_many_ballots' }
	// Admitting may have waited (the count is shared between nodes): the vote may have closed meanwhile.
	const session = openSession()
	if (!session) return { ok: false, problem: 'vote_closed' }
	const records = getYRecords(doc)
	const eligible = eligibleAmong((id) => readRecord(records.get(id)), session.frameId, request.dots)
	const ballot: Ballot = {
		voteId: session.id,
		voterId: request.voterId,
		name: session.anonymous ? null : request.name || null,
		dots: request.dots.filter((id) => eligible.has(id)).slice(0, session.dotsPerVoter),
	}
	const ballots = getYBallots(doc)
	const key = ballotKey(session.id, request.voterId)
	const stale = [...ballots.entries()].filter(([, value]) => parseBallot(value)?.voteId !== session.id).map(([k]) => k)
	if (stale.length > 0 || !sameBallot(parseBallot(ballots.get(key)), ballot)) {
		doc.transact(() => {
			for (const k of stale) ballots.delete(k)
			ballots.set(key, ballot)
		}, BALLOT_ORIGIN)
	}
	await room.flush()
	return { ok: true, ballot, session }
}
