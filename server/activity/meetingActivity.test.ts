import { describe, expect, it } from 'vitest'
import { meetingsActivity, voteActivity } from './meetingActivity'

const vote = (id: string, status: 'open' | 'closed', frameId: string | null = null) => ({
	id,
	status,
	frameId,
	dotsPerVoter: 3,
	anonymous: false,
	startedAt: 1,
	endedAt: null,
})
const frameTitle = (id: string) => (id === 'shape:f' ? '第一轮' : '')

describe('voteActivity', () => {
	it('logs a vote started and ended, titled by its frame', () => {
		expect(voteActivity(null, vote('v1', 'open', 'shape:f'), frameTitle)).toEqual([
			{ kind: 'vote_started', targetId: 'v1', targetType: 'vote', targetTitle: '第一轮', fields: [] },
		])
		expect(voteActivity(vote('v1', 'open'), vote('v1', 'closed'), frameTitle)).toEqual([
			{ kind: 'vote_ended', targetId: 'v1', targetType: 'vote', targetTitle: '', fields: [] },
		])
	})

	it('logs the open vote ended when another starts, and nothing when the same open vote is written again', () => {
		expect(voteActivity(vote('v1', 'open'), vote('v2', 'open'), frameTitle).map((d) => [d.kind, d.targetId])).toEqual([
			['vote_ended', 'v1'],
			['vote_started', 'v2'],
		])
		expect(voteActivity(vote('v1', 'open'), vote('v1', 'open'), frameTitle)).toEqual([])
		expect(voteActivity(vote('v1', 'closed'), null, frameTitle)).toEqual([])
	})
})

describe('meetingsActivity', () => {
	it('logs a meeting started and ended', () => {
		const started = { title: '三月联席会议', endedAt: null }
		expect(meetingsActivity([{ id: 'm1', before: null, after: started }])).toEqual([
			{ kind: 'meeting_started', targetId: 'm1', targetType: 'meeting', targetTitle: '三月联席会议', fields: [] },
		])
		expect(
			meetingsActivity([{ id: 'm1', before: started, after: { ...started, endedAt: 5 } }]).map((d) => d.kind),
		).toEqual(['meeting_ended'])
		expect(meetingsActivity([{ id: 'm1', before: started, after: { ...started, title: '改名' } }])).toEqual([])
	})
})
