import type { Editor, TLShapeId } from '@tldraw/tldraw'
import type * as Y from 'yjs'
import {
	type Ballot,
	ballotKey,
	getYBallots,
	MEETING_VOTE_KEY,
	readMeetingValue,
	type VoteSession,
	writeMeetingValue,
} from '../../shared/meeting/meetingLayout'
import { closeVoteSession, createVoteSession, parseBallot, parseVoteSession } from '../../shared/meeting/vote'
import type { Voter } from './voterIdentity'

/** Why a facilitator's start was refused. */
export type StartVoteProblem = 'alreadyOpen' | 'noNeeds'

function currentSession(doc: Y.Doc): VoteSession | null {
	return parseVoteSession(readMeetingValue(doc, MEETING_VOTE_KEY))
}

function newVoteId(): string {
	const bytes = new Uint8Array(9)
	crypto.getRandomValues(bytes)
	return `v${Date.now().toString(36)}${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`
}

/**
 * Starts a vote (facilitator). Refused while another vote is open — read from the doc,
 * not from React state, so a second facilitator's fresh vote is never overwritten — or
 * when no need may receive dots. Ballots of earlier votes are removed in a separate
 * transaction (their results already live on the cards).
 */
export function startVote(
	doc: Y.Doc,
	opts: { dotsPerVoter: number; anonymous: boolean; frameId: string | null; eligibleCount: number },
): { ok: true; session: VoteSession } | { ok: false; problem: StartVoteProblem } {
	if (currentSession(doc)?.status === 'open') return { ok: false, problem: 'alreadyOpen' }
	if (opts.eligibleCount === 0) return { ok: false, problem: 'noNeeds' }
	const session = createVoteSession({ id: newVoteId(), ...opts, now: Date.now() })
	writeMeetingValue(doc, MEETING_VOTE_KEY, session)
	const ballots = getYBallots(doc)
	const stale = [...ballots.keys()].filter((key) => !key.startsWith(`${session.id}:`))
	if (stale.length > 0)
		doc.transact(() => {
			for (const key of stale) ballots.delete(key)
		})
	return { ok: true, session }
}

/**
 * Ends the vote (facilitator): each need in the vote gets its count as its `votes` (one
 * change for everyone, so the ranking becomes the needs' priority in the plan; needs
 * outside the vote keep theirs), then the session is closed.
 */
export function endVote(editor: Editor, doc: Y.Doc, session: VoteSession, counts: ReadonlyMap<string, number>): void {
	const updates = [...counts]
		.filter(([id, n]) => {
			const shape = editor.getShape(id as TLShapeId)
			return shape?.type === 'need' && (shape.props as { votes?: number }).votes !== n
		})
		.map(([id, n]) => ({ id: id as TLShapeId, type: 'need' as const, props: { votes: n } }))
	// A locked need card still takes its result.
	if (updates.length > 0) editor.run(() => editor.updateShapes(updates as never), { ignoreShapeLock: true })
	writeMeetingValue(doc, MEETING_VOTE_KEY, closeVoteSession(session, Date.now()))
}

/** Hides the last vote's results from the cards and the panel (facilitator); the cards keep their votes. */
export function clearVote(doc: Y.Doc): void {
	if (currentSession(doc)?.status === 'open') return
	writeMeetingValue(doc, MEETING_VOTE_KEY, null)
}

/** This voter's dots in `session`, as stored. */
export function myDots(ballots: ReadonlyMap<string, Ballot>, session: VoteSession, voter: Voter | null): string[] {
	if (!voter) return []
	const ballot = ballots.get(ballotKey(session.id, voter.voterId))
	return ballot && ballot.voteId === session.id && ballot.voterId === voter.voterId ? ballot.dots : []
}

/** Writes this voter's ballot with `dots` (one transaction). */
export function writeBallot(doc: Y.Doc, session: VoteSession, voter: Voter, dots: readonly string[]): void {
	const ballot: Ballot = { voteId: session.id, voterId: voter.voterId, name: voter.name, dots: [...dots] }
	if (!parseBallot(ballot)) return
	doc.transact(() => getYBallots(doc).set(ballotKey(session.id, voter.voterId), ballot))
}
