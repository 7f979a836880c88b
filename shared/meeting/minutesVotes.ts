import type * as Y from 'yjs'
import { MEETING_VOTE_KEY, readMeetingValue, type VoteSession } from './meetingLayout'
import { getYVotesKept, type MeetingSession } from './minutesLayout'
import { parseVoteSession, type RankedNeed, rankNeeds, voteTallyOf } from './vote'

/** A closed vote as the minutes show it: the session and its ranking, as the vote panel ranks it. */
export interface MeetingVote {
	session: VoteSession
	/** Every need of the vote, most dots first, with competition ranks (1, 2, 2, 4). */
	ranking: RankedNeed[]
	/** People who placed at least one dot that counted. */
	voters: number
}

/** Every well-formed closed vote kept in "votesKept", in the order they started (ties by id). */
export function readKeptVotes(doc: Y.Doc): VoteSession[] {
	const out: VoteSession[] = []
	for (const [key, value] of getYVotesKept(doc).entries()) {
		const session = parseVoteSession(value)
		if (session && session.id === key && session.status === 'closed') out.push(session)
	}
	return out.sort((a, b) => a.startedAt - b.startedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/**
 * Every closed vote the board knows: those kept in "votesKept", and the meeting map's
 * last vote when it is closed but was not kept (closed by a client from before votes were
 * kept), in the order they started.
 */
export function readClosedVotes(doc: Y.Doc): VoteSession[] {
	const kept = readKeptVotes(doc)
	const last = parseVoteSession(readMeetingValue(doc, MEETING_VOTE_KEY))
	if (last?.status !== 'closed' || kept.some((v) => v.id === last.id)) return kept
	return [...kept, last].sort((a, b) => a.startedAt - b.startedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/**
 * The ranking of a closed vote from its kept result (never recounted: a need deleted
 * since keeps its line, under the title it had). A vote kept without a result ranks nothing.
 */
export function meetingVoteOf(session: VoteSession): MeetingVote {
	if (!session.result) return { session, ranking: [], voters: 0 }
	const tally = voteTallyOf(session, new Map(), new Set())
	return { session, ranking: rankNeeds(tally.counts, tally.keptTitles), voters: tally.voters }
}

/**
 * True when a closed vote took place during `meeting`: it ran at some time between the
 * meeting's start and its end (or now, while it runs). A vote started just before the
 * meeting and ended in it counts; one ended before the meeting started does not.
 */
export function voteDuringMeeting(session: VoteSession, meeting: MeetingSession, now: number): boolean {
	const end = meeting.endedAt ?? now
	const voteEnd = session.endedAt ?? session.startedAt
	return voteEnd >= meeting.startedAt && session.startedAt <= end
}

/** The closed votes of a meeting (see readClosedVotes), with their rankings, in the order they started. */
export function votesOfMeeting(doc: Y.Doc, meeting: MeetingSession, now: number): MeetingVote[] {
	return readClosedVotes(doc)
		.filter((s) => voteDuringMeeting(s, meeting, now))
		.map(meetingVoteOf)
}

/** The needs a vote put first: every need ranked `maxRank` or better that got at least one dot. */
export function topOfVote(vote: MeetingVote, maxRank = 3): RankedNeed[] {
	return vote.ranking.filter((r) => r.rank <= maxRank && r.count > 0)
}
