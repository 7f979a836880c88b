import type { Editor, TLShapeId } from '@tldraw/tldraw'
import type * as Y from 'yjs'
import {
	MEETING_VOTE_KEY,
	readMeetingValue,
	type VoteSession,
	writeMeetingValue,
} from '../../shared/meeting/meetingLayout'
import { keepClosedVote } from '../../shared/meeting/minutesWrite'
import { closeVoteSession, createVoteSession, parseVoteSession, voteResult } from '../../shared/meeting/vote'

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
 * when no need may receive dots. Ballots are the server's to write: it removes those of
 * earlier votes with the new vote's first ballot (their results already live on the cards).
 */
export function startVote(
	doc: Y.Doc,
	opts: { dotsPerVoter: number; anonymous: boolean; frameId: string | null; eligibleCount: number },
): { ok: true; session: VoteSession } | { ok: false; problem: StartVoteProblem } {
	if (currentSession(doc)?.status === 'open') return { ok: false, problem: 'alreadyOpen' }
	if (opts.eligibleCount === 0) return { ok: false, problem: 'noNeeds' }
	const session = createVoteSession({ id: newVoteId(), ...opts, now: Date.now() })
	writeMeetingValue(doc, MEETING_VOTE_KEY, session)
	return { ok: true, session }
}

/**
 * Ends the vote (facilitator): each need in the vote gets its count as its `votes` (one
 * change for everyone, so the ranking becomes the needs' priority in the plan; needs
 * outside the vote keep theirs), then the session is closed with its result kept (counts,
 * titles, voters), so the finished ranking never changes when cards are deleted later.
 */
export function endVote(
	editor: Editor,
	doc: Y.Doc,
	session: VoteSession,
	tally: { counts: ReadonlyMap<string, number>; voters: number },
	titles: ReadonlyMap<string, string>,
): void {
	const { counts } = tally
	const updates = [...counts]
		.filter(([id, n]) => {
			const shape = editor.getShape(id as TLShapeId)
			return shape?.type === 'need' && (shape.props as { votes?: number }).votes !== n
		})
		.map(([id, n]) => ({ id: id as TLShapeId, type: 'need' as const, props: { votes: n } }))
	// A locked need card still takes its result.
	if (updates.length > 0) editor.run(() => editor.updateShapes(updates as never), { ignoreShapeLock: true })
	closeAndKeepVote(doc, session, tally, titles, Date.now())
}

/**
 * Closes the vote with its result kept, and keeps the closed vote in "votesKept" for the
 * minutes of its meeting — one transaction, so nobody ever sees a closed vote that the
 * record lacks. Returns the closed session.
 */
export function closeAndKeepVote(
	doc: Y.Doc,
	session: VoteSession,
	tally: { counts: ReadonlyMap<string, number>; voters: number },
	titles: ReadonlyMap<string, string>,
	now: number,
): VoteSession {
	const closed = closeVoteSession(session, now, voteResult(tally.counts, titles, tally.voters))
	doc.transact(() => {
		writeMeetingValue(doc, MEETING_VOTE_KEY, closed)
		keepClosedVote(doc, closed)
	})
	return closed
}

/** Hides the last vote's results from the cards and the panel (facilitator); the cards keep their votes. */
export function clearVote(doc: Y.Doc): void {
	if (currentSession(doc)?.status === 'open') return
	writeMeetingValue(doc, MEETING_VOTE_KEY, null)
}
