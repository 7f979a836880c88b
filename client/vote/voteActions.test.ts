import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { getYBallots, MEETING_VOTE_KEY, readMeetingValue } from '../../shared/meeting/meetingLayout'
import { getYVotesKept } from '../../shared/meeting/minutesLayout'
import { parseVoteSession } from '../../shared/meeting/vote'
import { clearVote, closeAndKeepVote, startVote } from './voteActions'

const opts = { dotsPerVoter: 3, anonymous: false, frameId: null, eligibleCount: 2 }

describe('vote actions on a board doc', () => {
	it('starts a vote, and refuses a second one while it is open', () => {
		const doc = new Y.Doc()
		const first = startVote(doc, opts)
		expect(first.ok).toBe(true)
		const second = startVote(doc, { ...opts, dotsPerVoter: 5 })
		expect(second).toEqual({ ok: false, problem: 'alreadyOpen' })
		expect(parseVoteSession(readMeetingValue(doc, MEETING_VOTE_KEY))?.dotsPerVoter).toBe(3)
	})

	it('refuses a vote with no need in scope', () => {
		expect(startVote(new Y.Doc(), { ...opts, eligibleCount: 0 })).toEqual({ ok: false, problem: 'noNeeds' })
	})

	it('clears a closed vote and starts the next one without touching ballots (the server’s map)', () => {
		const doc = new Y.Doc()
		const started = startVote(doc, opts)
		if (!started.ok) throw new Error('not started')
		const { session } = started
		// A ballot the server wrote earlier: a facilitator's client never deletes it (it may not write the map).
		getYBallots(doc).set(`${session.id}:voter_x`, { voteId: session.id, voterId: 'voter_x', name: null, dots: [] })
		let ballotWrites = 0
		getYBallots(doc).observe(() => ballotWrites++)
		doc.transact(() => doc.getMap('meeting').set(MEETING_VOTE_KEY, { ...session, status: 'closed', endedAt: 1 }))
		clearVote(doc)
		expect(readMeetingValue(doc, MEETING_VOTE_KEY)).toBeNull()
		const next = startVote(doc, opts)
		expect(next.ok).toBe(true)
		expect(ballotWrites).toBe(0)
	})

	it('does not clear an open vote', () => {
		const doc = new Y.Doc()
		startVote(doc, opts)
		clearVote(doc)
		expect(parseVoteSession(readMeetingValue(doc, MEETING_VOTE_KEY))?.status).toBe('open')
	})
})

describe('closing a vote keeps it for the minutes', () => {
	it('closes the vote and keeps it with its result in votesKept, in one transaction', () => {
		const doc = new Y.Doc()
		const started = startVote(doc, opts)
		if (!started.ok) throw new Error('not started')
		let transactions = 0
		doc.on('afterTransaction', () => transactions++)
		const closed = closeAndKeepVote(
			doc,
			started.session,
			{ counts: new Map([['shape:n1', 2]]), voters: 1 },
			new Map([['shape:n1', '助餐']]),
			5000,
		)
		expect(transactions).toBe(1)
		expect(closed).toMatchObject({ status: 'closed', endedAt: 5000 })
		expect(parseVoteSession(readMeetingValue(doc, MEETING_VOTE_KEY))).toEqual(closed)
		expect(getYVotesKept(doc).get(started.session.id)).toEqual({
			...closed,
			result: { needs: [{ id: 'shape:n1', title: '助餐', votes: 2 }], voters: 1 },
		})
	})
})
