import { competitionRanks } from '../plan/competitionRanks'
import { compareTitles } from '../plan/sortPlanRows'
import { type Ballot, ballotKey, type VoteResult, type VoteSession } from './meetingLayout'

/** Fewest and most dots a facilitator may give each voter. */
export const MIN_DOTS_PER_VOTER = 1
export const MAX_DOTS_PER_VOTER = 20
/** Default dots per voter in the start form. */
export const DEFAULT_DOTS_PER_VOTER = 3
/** Most needs a closed vote's result keeps, and the longest title it keeps of each. */
export const MAX_RESULT_NEEDS = 5000
export const MAX_RESULT_TITLE_LENGTH = 200
/** Longest vote id, voter id, shape id and voter name accepted from the doc, in characters. */
export const MAX_VOTE_ID_LENGTH = 64
export const MAX_VOTER_ID_LENGTH = 128
export const MAX_SHAPE_ID_LENGTH = 128
export const MAX_VOTER_NAME_LENGTH = 64

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function boundedString(value: unknown, max: number): value is string {
	return typeof value === 'string' && value.length > 0 && value.length <= max
}

function isTime(value: unknown): value is number {
	return typeof value === 'number' && Number.isFinite(value) && value >= 0
}

/**
 * The vote session read from the meeting map, or null when it is missing or malformed
 * (wrong types, an empty or over-long id, dots per voter outside 1–20 or not whole, a
 * time that is not a finite non-negative number). Only the known fields are kept.
 */
export function parseVoteSession(value: unknown): VoteSession | null {
	if (!isRecord(value)) return null
	const { id, status, dotsPerVoter, anonymous, frameId, startedAt, endedAt } = value
	if (!boundedString(id, MAX_VOTE_ID_LENGTH)) return null
	if (status !== 'open' && status !== 'closed') return null
	if (
		typeof dotsPerVoter !== 'number' ||
		!Number.isInteger(dotsPerVoter) ||
		dotsPerVoter < MIN_DOTS_PER_VOTER ||
		dotsPerVoter > MAX_DOTS_PER_VOTER
	)
		return null
	if (typeof anonymous !== 'boolean') return null
	if (frameId !== null && !boundedString(frameId, MAX_SHAPE_ID_LENGTH)) return null
	if (!isTime(startedAt)) return null
	if (endedAt !== null && !isTime(endedAt)) return null
	if (status === 'closed' && endedAt === null) return null
	const session: VoteSession = { id, status, dotsPerVoter, anonymous, frameId, startedAt, endedAt }
	const result = status === 'closed' ? parseVoteResult(value.result) : null
	return result ? { ...session, result } : session
}

/** A closed vote's kept result, or null when missing or malformed (the tally is then recounted). */
function parseVoteResult(value: unknown): VoteResult | null {
	if (!isRecord(value) || !Array.isArray(value.needs) || value.needs.length > MAX_RESULT_NEEDS) return null
	const { voters } = value
	if (typeof voters !== 'number' || !Number.isInteger(voters) || voters < 0) return null
	const needs: VoteResult['needs'] = []
	for (const n of value.needs) {
		if (!isRecord(n) || !boundedString(n.id, MAX_SHAPE_ID_LENGTH)) return null
		if (typeof n.votes !== 'number' || !Number.isInteger(n.votes) || n.votes < 0) return null
		const title = typeof n.title === 'string' ? n.title.slice(0, MAX_RESULT_TITLE_LENGTH) : ''
		needs.push({ id: n.id, title, votes: n.votes })
	}
	return { needs, voters }
}

/**
 * A ballot read from the ballots map, or null when malformed (empty or over-long ids, a
 * name that is neither null nor a short string, dots that are not an array). Dots that
 * are not non-empty short strings are dropped and at most `MAX_DOTS_PER_VOTER` are kept,
 * so a forged ballot stays small; the vote's own `dotsPerVoter` is applied by `tallyVotes`.
 */
export function parseBallot(value: unknown): Ballot | null {
	if (!isRecord(value)) return null
	const { voteId, voterId, name, dots } = value
	if (!boundedString(voteId, MAX_VOTE_ID_LENGTH) || !boundedString(voterId, MAX_VOTER_ID_LENGTH)) return null
	if (name !== null && !(typeof name === 'string' && name.length <= MAX_VOTER_NAME_LENGTH)) return null
	if (!Array.isArray(dots)) return null
	const kept: string[] = []
	for (const dot of dots) {
		if (kept.length >= MAX_DOTS_PER_VOTER) break
		if (boundedString(dot, MAX_SHAPE_ID_LENGTH)) kept.push(dot)
	}
	return { voteId, voterId, name, dots: kept }
}

/** The ballots that count in `session`: of its id, stored under their own key, one per voter. */
export function ballotsOfVote(session: VoteSession, ballots: ReadonlyMap<string, Ballot>): Ballot[] {
	const out: Ballot[] = []
	const seen = new Set<string>()
	for (const [key, ballot] of ballots) {
		if (ballot.voteId !== session.id || key !== ballotKey(ballot.voteId, ballot.voterId)) continue
		if (seen.has(ballot.voterId)) continue
		seen.add(ballot.voterId)
		out.push(ballot)
	}
	return out
}

/** The dots of a ballot that count: its first `dotsPerVoter`, then only those on eligible needs. */
export function countedDots(session: VoteSession, ballot: Ballot, eligibleNeedIds: ReadonlySet<string>): string[] {
	return ballot.dots.slice(0, session.dotsPerVoter).filter((id) => eligibleNeedIds.has(id))
}

/**
 * Dots per eligible need (every eligible need is present, with 0 when it got none).
 * Only ballots of this vote count (see `ballotsOfVote`); each ballot counts at most
 * `dotsPerVoter` dots — its first ones — and dots on needs that are not eligible (gone
 * from the board, outside the vote's frame) are ignored.
 */
export function tallyVotes(
	session: VoteSession,
	ballots: ReadonlyMap<string, Ballot>,
	eligibleNeedIds: ReadonlySet<string>,
): Map<string, number> {
	const counts = new Map<string, number>()
	for (const id of eligibleNeedIds) counts.set(id, 0)
	for (const ballot of ballotsOfVote(session, ballots)) {
		for (const id of countedDots(session, ballot, eligibleNeedIds)) counts.set(id, (counts.get(id) ?? 0) + 1)
	}
	return counts
}

/** How many people placed at least one dot that counts in this vote. */
export function voterCount(
	session: VoteSession,
	ballots: ReadonlyMap<string, Ballot>,
	eligibleNeedIds: ReadonlySet<string>,
): number {
	return ballotsOfVote(session, ballots).filter((b) => countedDots(session, b, eligibleNeedIds).length > 0).length
}

/** One line of a vote's ranking. */
export interface RankedNeed {
	id: string
	title: string
	count: number
	/** Competition rank: 1, 2, 2, 4 … (ties share a rank). */
	rank: number
}

/**
 * The needs of `counts` ranked by dots (most first), with competition ranks; ties are
 * listed by title (as a Chinese reader sorts), then id, so every client shows one order.
 */
export function rankNeeds(counts: ReadonlyMap<string, number>, titles: ReadonlyMap<string, string>): RankedNeed[] {
	const rows = [...counts].map(([id, count]) => ({ id, title: titles.get(id) ?? '', count, rank: 0 }))
	rows.sort((a, b) => b.count - a.count || compareTitles(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
	const ranks = competitionRanks(rows, (a, b) => a.count === b.count)
	return rows.map((r, i) => ({ ...r, rank: ranks[i] }))
}

/** A new open vote. `dotsPerVoter` is clamped to 1–20 and made whole. */
export function createVoteSession(opts: {
	id: string
	dotsPerVoter: number
	anonymous: boolean
	frameId: string | null
	now: number
}): VoteSession {
	const dots = Number.isFinite(opts.dotsPerVoter) ? Math.round(opts.dotsPerVoter) : DEFAULT_DOTS_PER_VOTER
	return {
		id: opts.id,
		status: 'open',
		dotsPerVoter: Math.min(MAX_DOTS_PER_VOTER, Math.max(MIN_DOTS_PER_VOTER, dots)),
		anonymous: opts.anonymous,
		frameId: opts.frameId,
		startedAt: opts.now,
		endedAt: null,
	}
}

/**
 * The session once ended, keeping its result when given (a closed session is returned
 * unchanged): from then on the ranking is the kept result, whatever happens to the cards.
 */
export function closeVoteSession(session: VoteSession, now: number, result?: VoteResult): VoteSession {
	if (session.status === 'closed') return session
	return { ...session, status: 'closed', endedAt: now, ...(result ? { result } : {}) }
}

/** A vote's result to keep: each need's dots now, with its title, and the voters. */
export function voteResult(
	counts: ReadonlyMap<string, number>,
	titles: ReadonlyMap<string, string>,
	voters: number,
): VoteResult {
	return {
		needs: [...counts].map(([id, votes]) => ({
			id,
			title: (titles.get(id) ?? '').slice(0, MAX_RESULT_TITLE_LENGTH),
			votes,
		})),
		voters,
	}
}

/** A vote's tally: while open, counted from the ballots; once closed with a kept result, that result. */
export interface VoteTallyCounts {
	/** Dots per need in the vote (0 included). */
	counts: Map<string, number>
	/** People with at least one dot that counts. */
	voters: number
	/** Titles the result kept (for needs deleted since); empty while the vote is open. */
	keptTitles: Map<string, string>
}

/**
 * The tally to show for `session`: a closed vote with a kept result shows that result —
 * a need card deleted or moved out of the frame later changes nothing — and any other
 * vote is counted from the ballots on the needs eligible now.
 */
export function voteTallyOf(
	session: VoteSession,
	ballots: ReadonlyMap<string, Ballot>,
	eligibleNeedIds: ReadonlySet<string>,
): VoteTallyCounts {
	if (session.status === 'closed' && session.result) {
		return {
			counts: new Map(session.result.needs.map((n) => [n.id, n.votes])),
			voters: session.result.voters,
			keptTitles: new Map(session.result.needs.map((n) => [n.id, n.title])),
		}
	}
	return {
		counts: tallyVotes(session, ballots, eligibleNeedIds),
		voters: voterCount(session, ballots, eligibleNeedIds),
		keptTitles: new Map(),
	}
}

/**
 * A voter's dots after adding one on `needId`, or null when refused: the vote is closed,
 * the need is not eligible, or the voter has no dots left. Dots on needs that are no
 * longer eligible (deleted, moved out of the frame) are dropped first, so they come back.
 */
export function addDot(
	session: VoteSession,
	dots: readonly string[],
	needId: string,
	eligibleNeedIds: ReadonlySet<string>,
): string[] | null {
	if (session.status !== 'open' || !eligibleNeedIds.has(needId)) return null
	const kept = dots.filter((id) => eligibleNeedIds.has(id))
	if (kept.length >= session.dotsPerVoter) return null
	return [...kept, needId]
}

/** `dots` without their last dot on `needId`, or null when there is none. */
export function removeDot(session: VoteSession, dots: readonly string[], needId: string): string[] | null {
	if (session.status !== 'open') return null
	const i = dots.lastIndexOf(needId)
	if (i < 0) return null
	return [...dots.slice(0, i), ...dots.slice(i + 1)]
}
