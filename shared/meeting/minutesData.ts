import type * as Y from 'yjs'
import { getYRecords, readRecord } from '../ydocLayout'
import { type ResolvedThread, resolvedThreadsOf } from './minutesComments'
import type { ActionItem, Attendee, Decision, MeetingSession } from './minutesLayout'
import { attendanceOf, meetingById, minutesItemsOf } from './minutesRead'
import { type MeetingVote, meetingVoteOf, readClosedVotes, votesOfMeeting } from './minutesVotes'

/** A shape the minutes name: a card (its title), a frame (its name) or another shape (a link's arrow). */
export interface MinutesShape {
	/** The shape's type: need, resource, actor, project, frame, arrow… */
	kind: string
	/** The card's title or the frame's name ('' when it has none). */
	title: string
}

/** Everything the 会议纪要 of one meeting shows, read from the board's document. */
export interface MinutesData {
	boardTitle: string
	meeting: MeetingSession
	attendees: Attendee[]
	decisions: Decision[]
	actions: ActionItem[]
	/** The closed votes held during the meeting, in the order they started. */
	votes: MeetingVote[]
	/** Every closed vote by id: a 决议 may name a vote of an earlier meeting. */
	votesById: ReadonlyMap<string, MeetingVote>
	resolvedThreads: ResolvedThread[]
	/** The shapes on the board now, by id (a card deleted since is missing). */
	shapes: ReadonlyMap<string, MinutesShape>
}

/** The shapes of a board doc by id, with the title or name each shows. */
export function minutesShapes(doc: Y.Doc): Map<string, MinutesShape> {
	const out = new Map<string, MinutesShape>()
	for (const [id, yrec] of getYRecords(doc).entries()) {
		const rec = readRecord(yrec)
		if (rec?.typeName !== 'shape' || typeof rec.type !== 'string') continue
		const props = (rec.props ?? {}) as Record<string, unknown>
		const title = typeof props.title === 'string' ? props.title : typeof props.name === 'string' ? props.name : ''
		out.set(id, { kind: rec.type, title })
	}
	return out
}

/**
 * The 会议纪要's content of meeting `meetingId` of a board doc, or null when there is no
 * such meeting. `now` (server ms) bounds a meeting still running.
 */
export function minutesData(
	doc: Y.Doc,
	meetingId: string,
	opts: { boardTitle: string; now: number },
): MinutesData | null {
	const meeting = meetingById(doc, meetingId)
	if (!meeting) return null
	const { decisions, actions } = minutesItemsOf(doc, meetingId)
	return {
		boardTitle: opts.boardTitle,
		meeting,
		attendees: attendanceOf(doc, meetingId),
		decisions,
		actions,
		votes: votesOfMeeting(doc, meeting, opts.now),
		votesById: new Map(readClosedVotes(doc).map((s) => [s.id, meetingVoteOf(s)])),
		resolvedThreads: resolvedThreadsOf(doc, meeting, opts.now),
		shapes: minutesShapes(doc),
	}
}
