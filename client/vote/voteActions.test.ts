import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { getYBallots, MEETING_VOTE_KEY, readMeetingValue } from '../../shared/meeting/meetingLayout'
import { parseBallot, parseVoteSession, tallyVotes } from '../../shared/meeting/vote'
import { clearVote, myDots, startVote, writeBallot } from './voteActions'

const opts = { dotsPerVoter: 3, anonymous: false, frameId: null, eligibleCount: 2 }

function ballotsOf(doc: Y.Doc) {
	const out = new Map()
	for (const [k, v] of getYBallots(doc).entries()) {
		const b = parseBallot(v)
		if (b) out.set(k, b)
	}
	return out
}

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

	it('writes ballots under the voter’s key, counted by the tally; a new vote drops old ballots', () => {
		const doc = new Y.Doc()
		const started = startVote(doc, opts)
		if (!started.ok) throw new Error('not started')
		const { session } = started
		const alice = { voterId: 'user:alice', name: '王社工' }
		writeBallot(doc, session, alice, ['shape:a', 'shape:a'])
		writeBallot(doc, session, { voterId: 'user:bob', name: null }, ['shape:b'])
		expect(myDots(ballotsOf(doc), session, alice)).toEqual(['shape:a', 'shape:a'])
		const counts = tallyVotes(session, ballotsOf(doc), new Set(['shape:a', 'shape:b']))
		expect(Object.fromEntries(counts)).toEqual({ 'shape:a': 2, 'shape:b': 1 })

		// Closing and clearing; then a new vote starts with no ballots.
		doc.transact(() => doc.getMap('meeting').set(MEETING_VOTE_KEY, { ...session, status: 'closed', endedAt: 1 }))
		clearVote(doc)
		expect(readMeetingValue(doc, MEETING_VOTE_KEY)).toBeNull()
		const next = startVote(doc, opts)
		expect(next.ok).toBe(true)
		expect(getYBallots(doc).size).toBe(0)
	})

	it('does not clear an open vote', () => {
		const doc = new Y.Doc()
		startVote(doc, opts)
		clearVote(doc)
		expect(parseVoteSession(readMeetingValue(doc, MEETING_VOTE_KEY))?.status).toBe('open')
	})
})
