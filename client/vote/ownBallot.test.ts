import { describe, expect, it } from 'vitest'
import type { BallotBody, BallotResult } from '../../shared/apiTypes'
import { type Ballot, ballotKey } from '../../shared/meeting/meetingLayout'
import { createVoteSession } from '../../shared/meeting/vote'
import { ApiError } from '../api/apiClient'
import { $ownBallot, ballotProblem, myDots, resetOwnBallot, setMyDots } from './ownBallot'
import { forgetVoterIdentity, participantSecret, savedVoterId } from './voterIdentity'

const session = createVoteSession({ id: 'vote-1', dotsPerVoter: 3, anonymous: false, frameId: null, now: 0 })
const anonymous = { ...session, id: 'vote-2', anonymous: true }

/** A fake server: answers in order when told to, keeping every body it got. */
function fakeServer() {
	const bodies: BallotBody[] = []
	const waiting: (() => void)[] = []
	const put = (_board: string, voteId: string, body: BallotBody) =>
		new Promise<BallotResult>((resolve) => {
			bodies.push(body)
			waiting.push(() =>
				resolve({
					voterId: 'voter_abc',
					ballot: { voteId, voterId: 'voter_abc', name: body.name ?? null, dots: body.dots },
				}),
			)
		})
	const answer = async () => {
		waiting.shift()?.()
		await new Promise((r) => setTimeout(r, 0))
	}
	return { bodies, put, answer }
}

describe('this browser’s ballot', () => {
	it('shows quick taps at once and sends them one request at a time, the latest dots last', async () => {
		resetOwnBallot()
		const server = fakeServer()
		const ballots = new Map<string, Ballot>()
		const ctx = { boardId: 'board-1', session, userName: ' 王阿姨 ' }
		const done = setMyDots(ctx, ['shape:a'], () => ballots, server.put)
		void setMyDots(ctx, ['shape:a', 'shape:b'], () => ballots, server.put)
		void setMyDots(ctx, ['shape:a', 'shape:b', 'shape:b'], () => ballots, server.put)
		expect(myDots(ballots, 'board-1', session)).toEqual(['shape:a', 'shape:b', 'shape:b'])
		await server.answer()
		await server.answer()
		await done
		// Two requests: the first tap, then the latest; never the one in between.
		expect(server.bodies.map((b) => b.dots)).toEqual([['shape:a'], ['shape:a', 'shape:b', 'shape:b']])
		expect(server.bodies[0]).toMatchObject({ name: '王阿姨', participant: participantSecret('board-1') })
		expect(participantSecret('board-1')).toMatch(/^[A-Za-z0-9_-]{32}$/)
		expect(savedVoterId('board-1', 'vote-1')).toBe('voter_abc')
		const secret = participantSecret('board-1')
		// The answer shows until the document has the ballot, then the document wins.
		expect(myDots(ballots, 'board-1', session)).toEqual(['shape:a', 'shape:b', 'shape:b'])
		ballots.set(ballotKey('vote-1', 'voter_abc'), {
			voteId: 'vote-1',
			voterId: 'voter_abc',
			name: null,
			dots: ['shape:c'],
		})
		expect(myDots(ballots, 'board-1', session)).toEqual(['shape:c'])
		// Signing out of the board on this device: a new participant next time.
		forgetVoterIdentity('board-1')
		expect(savedVoterId('board-1', 'vote-1')).toBeNull()
		expect(participantSecret('board-1')).not.toBe(secret)
	})

	it('sends no name in an anonymous vote', async () => {
		resetOwnBallot()
		const server = fakeServer()
		const done = setMyDots(
			{ boardId: 'board-1', session: anonymous, userName: '王阿姨' },
			[],
			() => new Map(),
			server.put,
		)
		await server.answer()
		await done
		expect(server.bodies[0]).not.toHaveProperty('name')
	})

	it.each([
		[new ApiError(0, 'network', 'network error'), 'offline'],
		[new ApiError(409, 'vote_closed', 'closed'), 'closed'],
		[new ApiError(409, 'too_many_ballots', 'cap'), 'limit'],
		[new ApiError(403, 'forbidden', 'viewer'), 'forbidden'],
		[new ApiError(503, 'storage_unavailable', 'full'), 'storage'],
		[new Error('boom'), 'failed'],
	])('a refused ballot (%s) puts the dots back and says why', async (err, problem) => {
		resetOwnBallot()
		const ballots = new Map<string, Ballot>()
		await setMyDots(
			{ boardId: 'board-9', session, userName: null },
			['shape:a'],
			() => ballots,
			() => Promise.reject(err),
		)
		expect(myDots(ballots, 'board-9', session)).toEqual([])
		expect(ballotProblem('board-9', session)).toBe(problem)
		expect($ownBallot.get()?.wanted).toBeNull()
	})
})
