import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { getYMeeting, MEETING_VOTE_KEY, type VoteSession } from './meetingLayout'
import { getYVotesKept, type MeetingSession } from './minutesLayout'
import {
	meetingVoteOf,
	readClosedVotes,
	readKeptVotes,
	topOfVote,
	voteDuringMeeting,
	votesOfMeeting,
} from './minutesVotes'

function vote(id: string, startedAt: number, endedAt: number, needs: [string, number][] = []): VoteSession {
	return {
		id,
		status: 'closed',
		dotsPerVoter: 3,
		anonymous: false,
		frameId: null,
		startedAt,
		endedAt,
		result: { needs: needs.map(([title, votes]) => ({ id: `shape:${title}`, title, votes })), voters: 4 },
	}
}

const meeting: MeetingSession = {
	id: 'm1',
	title: 't',
	place: '',
	agenda: [],
	facilitatorName: '',
	startedAt: 1000,
	endedAt: 5000,
	versionId: null,
}

describe('meeting votes', () => {
	it('ranks a kept result with competition ranks (1, 2, 2, 4), from the kept titles', () => {
		const v = meetingVoteOf(
			vote('v1', 1, 2, [
				['停车', 3],
				['助餐', 5],
				['照明', 3],
				['绿化', 1],
			]),
		)
		expect(v.ranking.map((r) => [r.rank, r.title, r.count])).toEqual([
			[1, '助餐', 5],
			[2, '停车', 3],
			[2, '照明', 3],
			[4, '绿化', 1],
		])
		expect(v.voters).toBe(4)
		expect(topOfVote(v, 2).map((r) => r.title)).toEqual(['助餐', '停车', '照明'])
	})

	it('ranks nothing for a vote kept without a result', () => {
		const { result: _, ...bare } = vote('v1', 1, 2)
		expect(meetingVoteOf(bare)).toMatchObject({ ranking: [], voters: 0 })
	})

	it('takes the closed votes that ran during the meeting, in the order they started', () => {
		expect(voteDuringMeeting(vote('a', 900, 1100), meeting, 0)).toBe(true)
		expect(voteDuringMeeting(vote('b', 200, 999), meeting, 0)).toBe(false)
		expect(voteDuringMeeting(vote('c', 5001, 6000), meeting, 0)).toBe(false)
		expect(voteDuringMeeting(vote('d', 5001, 6000), { ...meeting, endedAt: null }, 7000)).toBe(true)
		const doc = new Y.Doc()
		const kept = getYVotesKept(doc)
		for (const v of [vote('late', 3000, 4000), vote('early', 1500, 2000), vote('before', 100, 200)]) kept.set(v.id, v)
		kept.set('open', { ...vote('open', 1500, 2000), status: 'open', endedAt: null })
		kept.set('misfiled', vote('other', 1500, 2000))
		expect(readKeptVotes(doc).map((v) => v.id)).toEqual(['before', 'early', 'late'])
		expect(votesOfMeeting(doc, meeting, 0).map((v) => v.session.id)).toEqual(['early', 'late'])
	})

	it('counts the meeting map’s last closed vote when it was not kept, once', () => {
		const doc = new Y.Doc()
		getYVotesKept(doc).set('kept', vote('kept', 3000, 4000))
		getYMeeting(doc).set(MEETING_VOTE_KEY, vote('unkept', 1500, 2000))
		expect(readClosedVotes(doc).map((v) => v.id)).toEqual(['unkept', 'kept'])
		expect(votesOfMeeting(doc, meeting, 0).map((v) => v.session.id)).toEqual(['unkept', 'kept'])
		getYMeeting(doc).set(MEETING_VOTE_KEY, vote('kept', 3000, 4000))
		expect(readClosedVotes(doc).map((v) => v.id)).toEqual(['kept'])
		getYMeeting(doc).set(MEETING_VOTE_KEY, { ...vote('open', 4500, 4600), status: 'open', endedAt: null })
		expect(readClosedVotes(doc).map((v) => v.id)).toEqual(['kept'])
	})
})
