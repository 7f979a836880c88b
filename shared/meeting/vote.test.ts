import { describe, expect, it } from 'vitest'
import { mulberry32 } from '../random/mulberry32'
import { type Ballot, ballotKey, type VoteSession } from './meetingLayout'
import {
	addDot,
	closeVoteSession,
	createVoteSession,
	MAX_DOTS_PER_VOTER,
	parseBallot,
	parseVoteSession,
	rankNeeds,
	removeDot,
	tallyVotes,
	voteResult,
	voterCount,
	voteTallyOf,
} from './vote'

const open: VoteSession = {
	id: 'v1',
	status: 'open',
	dotsPerVoter: 3,
	anonymous: false,
	frameId: null,
	startedAt: 1_700_000_000_000,
	endedAt: null,
}

function ballot(voterId: string, dots: string[], voteId = open.id): Ballot {
	return { voteId, voterId, name: voterId, dots }
}

function ballots(...list: Ballot[]): Map<string, Ballot> {
	return new Map(list.map((b) => [ballotKey(b.voteId, b.voterId), b]))
}

const needs = new Set(['shape:a', 'shape:b', 'shape:c'])

describe('parseVoteSession', () => {
	it('keeps a well-formed session and drops unknown fields', () => {
		expect(parseVoteSession({ ...open, extra: 1 })).toEqual(open)
		const closed = { ...open, status: 'closed', endedAt: open.startedAt + 60_000, frameId: 'shape:frame' }
		expect(parseVoteSession(closed)).toEqual(closed)
	})

	it.each([
		['null', null],
		['an array', [open]],
		['an empty id', { ...open, id: '' }],
		['an over-long id', { ...open, id: 'x'.repeat(65) }],
		['an unknown status', { ...open, status: 'paused' }],
		['0 dots', { ...open, dotsPerVoter: 0 }],
		['too many dots', { ...open, dotsPerVoter: MAX_DOTS_PER_VOTER + 1 }],
		['fractional dots', { ...open, dotsPerVoter: 2.5 }],
		['dots as a string', { ...open, dotsPerVoter: '3' }],
		['anonymous as a string', { ...open, anonymous: 'yes' }],
		['a numeric frame id', { ...open, frameId: 5 }],
		['an empty frame id', { ...open, frameId: '' }],
		['a NaN start', { ...open, startedAt: Number.NaN }],
		['a negative end', { ...open, endedAt: -1 }],
		['a closed vote without an end', { ...open, status: 'closed' }],
	])('refuses %s', (_label, value) => {
		expect(parseVoteSession(value)).toBeNull()
	})
})

describe('parseBallot', () => {
	it('keeps a well-formed ballot, anonymous or named', () => {
		expect(parseBallot(ballot('u1', ['shape:a', 'shape:a']))).toEqual(ballot('u1', ['shape:a', 'shape:a']))
		expect(parseBallot({ ...ballot('anon-1', []), name: null })).toEqual({ ...ballot('anon-1', []), name: null })
	})

	it('drops dots that are not short non-empty strings and keeps at most the cap', () => {
		const forged = {
			...ballot('u1', []),
			dots: ['shape:a', 3, null, '', 'x'.repeat(129), ...Array(100).fill('shape:b')],
		}
		const parsed = parseBallot(forged)
		expect(parsed?.dots[0]).toBe('shape:a')
		expect(parsed?.dots).toHaveLength(MAX_DOTS_PER_VOTER)
		expect(parsed?.dots.slice(1).every((d) => d === 'shape:b')).toBe(true)
	})

	it.each([
		['a string', 'ballot'],
		['no vote id', { ...ballot('u1', []), voteId: undefined }],
		['an empty voter id', ballot('', [])],
		['a numeric voter id', { ...ballot('u1', []), voterId: 1 }],
		['a name that is an object', { ...ballot('u1', []), name: { n: 1 } }],
		['an over-long name', { ...ballot('u1', []), name: '名'.repeat(65) }],
		['dots that are not an array', { ...ballot('u1', []), dots: 'shape:a' }],
	])('refuses %s', (_label, value) => {
		expect(parseBallot(value)).toBeNull()
	})
})

describe('tallyVotes', () => {
	it.each<{ name: string; ballots: Map<string, Ballot>; eligible?: Set<string>; counts: Record<string, number> }>([
		{ name: 'no ballots: every eligible need at 0', ballots: ballots(), counts: { a: 0, b: 0, c: 0 } },
		{
			name: 'two voters, several dots on one need',
			ballots: ballots(ballot('u1', ['shape:a', 'shape:a', 'shape:b']), ballot('u2', ['shape:a', 'shape:c'])),
			counts: { a: 3, b: 1, c: 1 },
		},
		{
			name: 'ballots of another vote do not count',
			ballots: ballots(ballot('u1', ['shape:a']), ballot('u2', ['shape:b', 'shape:b'], 'old-vote')),
			counts: { a: 1, b: 0, c: 0 },
		},
		{
			name: 'a forged ballot with 100 dots counts only its first 3',
			ballots: ballots(ballot('u1', ['shape:b', 'shape:c', 'shape:c', ...Array(97).fill('shape:a')])),
			counts: { a: 0, b: 1, c: 2 },
		},
		{
			name: 'dots on needs no longer eligible are ignored (and still use up the first N)',
			ballots: ballots(ballot('u1', ['shape:gone', 'shape:a', 'shape:a', 'shape:b'])),
			counts: { a: 2, b: 0, c: 0 },
		},
		{
			name: 'a ballot stored under another voter’s key does not count',
			ballots: new Map([[ballotKey('v1', 'u2'), ballot('u1', ['shape:a'])]]),
			counts: { a: 0, b: 0, c: 0 },
		},
		{
			name: 'only needs inside the frame are eligible',
			ballots: ballots(ballot('u1', ['shape:a', 'shape:b', 'shape:c'])),
			eligible: new Set(['shape:b']),
			counts: { b: 1 },
		},
	])('$name', ({ ballots: bs, eligible, counts }) => {
		const tally = tallyVotes(open, bs, eligible ?? needs)
		expect(Object.fromEntries([...tally].map(([id, n]) => [id.replace('shape:', ''), n]))).toEqual(counts)
	})

	it('counts voters who placed at least one dot that counts', () => {
		const bs = ballots(
			ballot('u1', ['shape:a']),
			ballot('u2', []),
			ballot('u3', ['shape:gone']),
			ballot('u4', ['shape:c']),
		)
		expect(voterCount(open, bs, needs)).toBe(2)
	})
})

describe('rankNeeds', () => {
	const titles = new Map([
		['shape:a', '助餐'],
		['shape:b', '课业辅导'],
		['shape:c', '加装电梯'],
		['shape:d', '助餐'],
	])

	it.each<{ name: string; counts: [string, number][]; expected: [string, number, number][] }>([
		{
			name: 'most dots first',
			counts: [
				['shape:a', 1],
				['shape:b', 4],
				['shape:c', 2],
			],
			expected: [
				['shape:b', 4, 1],
				['shape:c', 2, 2],
				['shape:a', 1, 3],
			],
		},
		{
			name: 'competition ranks 1, 2, 2, 4; ties by title (pinyin), then id',
			counts: [
				['shape:d', 2],
				['shape:a', 2],
				['shape:b', 5],
				['shape:c', 0],
			],
			expected: [
				['shape:b', 5, 1],
				['shape:a', 2, 2],
				['shape:d', 2, 2],
				['shape:c', 0, 4],
			],
		},
		{
			name: 'everyone at 0 ties at rank 1, by title',
			counts: [
				['shape:b', 0],
				['shape:c', 0],
			],
			expected: [
				['shape:c', 0, 1],
				['shape:b', 0, 1],
			],
		},
	])('$name', ({ counts, expected }) => {
		expect(rankNeeds(new Map(counts), titles).map((r) => [r.id, r.count, r.rank])).toEqual(expected)
	})
})

describe('placing dots', () => {
	it('adds a dot while the voter has some left, never more than dotsPerVoter', () => {
		let dots: string[] = []
		for (const id of ['shape:a', 'shape:a', 'shape:b']) dots = addDot(open, dots, id, needs) ?? dots
		expect(dots).toEqual(['shape:a', 'shape:a', 'shape:b'])
		expect(addDot(open, dots, 'shape:c', needs)).toBeNull()
	})

	it('refuses a dot on a need that is not eligible, or in a closed vote', () => {
		expect(addDot(open, [], 'shape:gone', needs)).toBeNull()
		expect(addDot(closeVoteSession(open, 5), [], 'shape:a', needs)).toBeNull()
	})

	it('gives back dots on needs that are no longer eligible', () => {
		expect(addDot(open, ['shape:gone', 'shape:a', 'shape:a'], 'shape:b', needs)).toEqual([
			'shape:a',
			'shape:a',
			'shape:b',
		])
	})

	it('removes the last dot on a need, or refuses when there is none', () => {
		expect(removeDot(open, ['shape:a', 'shape:b', 'shape:a'], 'shape:a')).toEqual(['shape:a', 'shape:b'])
		expect(removeDot(open, ['shape:b'], 'shape:a')).toBeNull()
	})
})

describe('vote sessions', () => {
	it('creates an open vote with dots clamped to 1–20 that parses back to itself', () => {
		const s = createVoteSession({ id: 'v9', dotsPerVoter: 50, anonymous: true, frameId: 'shape:f', now: 7 })
		expect(s).toEqual({
			id: 'v9',
			status: 'open',
			dotsPerVoter: 20,
			anonymous: true,
			frameId: 'shape:f',
			startedAt: 7,
			endedAt: null,
		})
		expect(parseVoteSession(s)).toEqual(s)
		expect(createVoteSession({ id: 'v', dotsPerVoter: 0, anonymous: false, frameId: null, now: 0 }).dotsPerVoter).toBe(
			1,
		)
	})

	it('closes a vote once, keeping its first end time', () => {
		const closed = closeVoteSession(open, 100)
		expect(closed).toMatchObject({ status: 'closed', endedAt: 100 })
		expect(closeVoteSession(closed, 200)).toBe(closed)
		expect(parseVoteSession(closed)).toEqual(closed)
	})
})

describe('a finished vote keeps its result', () => {
	const cast = ballots(ballot('p1', ['shape:a', 'shape:a', 'shape:b']), ballot('p2', ['shape:b', 'shape:c']))
	const titles = new Map([
		['shape:a', '老年助餐'],
		['shape:b', '儿童托管'],
		['shape:c', '加装电梯'],
	])
	const openTally = voteTallyOf(open, cast, needs)
	const closed = closeVoteSession(open, 100, voteResult(openTally.counts, titles, openTally.voters))

	it('parses back with its result; a malformed result is dropped (the tally is recounted)', () => {
		expect(parseVoteSession(closed)).toEqual(closed)
		expect(parseVoteSession({ ...closed, result: { needs: [{ id: 'shape:a', votes: -1 }], voters: 1 } })).toEqual(
			closeVoteSession(open, 100),
		)
		expect(parseVoteSession({ ...open, result: closed.result })).toEqual(open)
	})

	it.each([
		['nothing changes', needs],
		['a need card is deleted later', new Set(['shape:a', 'shape:c'])],
		['every need card is deleted', new Set<string>()],
		['a new need card appears', new Set([...needs, 'shape:new'])],
	])('the ranking stays the same when %s', (_what, eligibleNow) => {
		const tally = voteTallyOf(closed, cast, eligibleNow)
		expect([...tally.counts]).toEqual([
			['shape:a', 2],
			['shape:b', 2],
			['shape:c', 1],
		])
		expect(tally.voters).toBe(2)
		expect(rankNeeds(tally.counts, tally.keptTitles).map((r) => [r.title, r.rank])).toEqual([
			['儿童托管', 1],
			['老年助餐', 1],
			['加装电梯', 3],
		])
	})

	it('while open (and for a vote closed without a kept result) the tally follows the cards', () => {
		const without = new Set(['shape:a', 'shape:c'])
		expect([...voteTallyOf(open, cast, without).counts]).toEqual([
			['shape:a', 2],
			['shape:c', 1],
		])
		expect([...voteTallyOf(closeVoteSession(open, 100), cast, without).counts]).toEqual([
			['shape:a', 2],
			['shape:c', 1],
		])
	})
})

describe('tally and ranking properties (seeded random ballots)', () => {
	const SEED = Number(process.env.VOTE_SEED ?? 20240301)
	it(`hold for 500 random votes (seed ${SEED})`, () => {
		const random = mulberry32(SEED)
		const int = (n: number) => Math.floor(random() * n)
		for (let round = 0; round < 500; round++) {
			const session: VoteSession = { ...open, dotsPerVoter: 1 + int(6) }
			const allNeeds = Array.from({ length: 1 + int(8) }, (_, i) => `shape:n${i}`)
			const eligible = new Set(allNeeds.filter(() => random() < 0.8))
			const pool = [...allNeeds, 'shape:deleted']
			const list: Ballot[] = []
			for (let v = 0; v < int(25); v++) {
				const dots = Array.from({ length: int(session.dotsPerVoter * 3) }, () => pool[int(pool.length)])
				list.push(ballot(`u${v}`, dots, random() < 0.9 ? session.id : 'other'))
			}
			const bs = ballots(...list)
			const tally = tallyVotes(session, bs, eligible)
			const voters = voterCount(session, bs, eligible)
			const total = [...tally.values()].reduce((a, b) => a + b, 0)

			// Every eligible need is counted, nothing else.
			expect(new Set(tally.keys())).toEqual(eligible)
			// Nobody counts for more than their dots.
			expect(total).toBeLessThanOrEqual(voters * session.dotsPerVoter)
			// Extra dots appended to a full ballot change nothing (the first N count).
			const padded = ballots(
				...list.map((b) =>
					b.dots.length >= session.dotsPerVoter ? { ...b, dots: [...b.dots, ...Array(10).fill(allNeeds[0])] } : b,
				),
			)
			const capped = ballots(...list.map((b) => ({ ...b, dots: b.dots.slice(0, session.dotsPerVoter) })))
			expect(tallyVotes(session, padded, eligible)).toEqual(tally)
			expect(tallyVotes(session, capped, eligible)).toEqual(tally)
			// The order ballots arrive in does not matter.
			expect(tallyVotes(session, ballots(...[...list].reverse()), eligible)).toEqual(tally)

			// The ranking: counts never increase, a rank is 1 + the number of needs with more dots,
			// and the order does not depend on the order of the counts.
			const titles = new Map(allNeeds.map((id) => [id, `需求${int(3)}`]))
			const ranking = rankNeeds(tally, titles)
			for (let i = 1; i < ranking.length; i++) expect(ranking[i].count).toBeLessThanOrEqual(ranking[i - 1].count)
			for (const r of ranking) expect(r.rank).toBe(1 + ranking.filter((o) => o.count > r.count).length)
			expect(rankNeeds(new Map([...tally].reverse()), titles)).toEqual(ranking)
		}
	})
})
