import type * as Y from 'yjs'
import type { ActorSector } from '../domain/enums'
import type { Role } from '../protocol'

/**
 * A meeting's record (会议纪要) in a board's main Y.Doc:
 *
 * ```
 * Y.Doc
 * ├─ "meetings":   Y.Map<meetingId, MeetingSession>            facilitator-only, plain JSON per meeting
 * ├─ "votesKept":  Y.Map<voteId, VoteSession>                  facilitator-only: every closed vote with its
 * │                                                              frozen result (the meeting map keeps only the last)
 * ├─ "minutes":    Y.Map<itemId, Y.Map<field, JSON>>           editors and the facilitator: 决议 and 待办,
 * │                                                              one map per item, one key per field
 * └─ "attendance": Y.Map<`${meetingId}:${personId}`, Attendee> written by the server only: from who was
 *                                                                present, and from each person's 签到
 * ```
 *
 * At most one meeting is open (`endedAt === null`) at a time. Times are server-clock ms.
 */
export const Y_MEETINGS_KEY = 'meetings'
export const Y_VOTES_KEPT_KEY = 'votesKept'
export const Y_MINUTES_KEY = 'minutes'
export const Y_ATTENDANCE_KEY = 'attendance'

/** One meeting: its facts and agenda. */
export interface MeetingSession {
	id: string
	/** 会议名称, e.g. "C社区3月联席会议". */
	title: string
	/** 地点. */
	place: string
	/** 议题, in order. */
	agenda: string[]
	/** Display name of the facilitator who started it (主持人). */
	facilitatorName: string
	startedAt: number
	/** null while the meeting runs. */
	endedAt: number | null
	/** The version saved when it ended, once saved. */
	versionId: string | null
}

/** 决议: a decision taken in a meeting. */
export interface Decision {
	id: string
	kind: 'decision'
	meetingId: string
	text: string
	/** Cards the decision is about (shape ids). */
	cardIds: string[]
	/** The vote that decided it, if any (a key of "votesKept"). */
	voteId: string | null
	createdAt: number
}

/** 待办: who does what by when, optionally for a project card. */
export interface ActionItem {
	id: string
	kind: 'action'
	meetingId: string
	/** 负责人. */
	who: string
	/** 事项. */
	what: string
	/** 完成时限, `YYYY-MM-DD`, or "" when none. */
	due: string
	/** The project card it serves (a shape id), or null. */
	projectId: string | null
	done: boolean
	createdAt: number
}

/** A 决议 or a 待办. */
export type MinutesItem = Decision | ActionItem

/** 签到 sectors: 政府 / 市场 / 社会 / 居民. */
export type AttendeeSector = ActorSector

/** One person present at a meeting. */
export interface Attendee {
	meetingId: string
	/** Stable per person and board (derived by the server from the participant secret). */
	personId: string
	/** Self-declared display name (from presence, or typed at 签到). */
	name: string
	/** 单位 / 组织, "" until the person checks in. */
	organisation: string
	/** null until the person checks in. */
	sector: AttendeeSector | null
	/** The link the person came through: label and role (known to the server). */
	linkLabel: string
	role: Role
	/** First seen present / checked in (server ms). */
	firstSeenAt: number
	checkedInAt: number | null
}

/**
 * `PUT /api/boards/:id/meetings/:meetingId/attendance` body (any link that can view): the
 * person's 签到. `participant` is this browser's participant secret — the one its sync socket
 * sends (client/sync/participantSecret.ts), so the check-in lands on the same person the
 * server recorded from presence. The answer is the Attendee as written.
 */
export interface CheckInBody {
	name: string
	organisation: string
	sector: AttendeeSector
	participant: string
}

/** Where a meeting ends up in the REST API: its minutes as Markdown and Word, and 签到. */
export function minutesPath(boardId: string, meetingId: string, format: 'md' | 'docx'): string {
	return `/api/boards/${encodeURIComponent(boardId)}/meetings/${encodeURIComponent(meetingId)}/minutes.${format}`
}

/** The 签到 route of a meeting (PUT, body CheckInBody). */
export function attendancePath(boardId: string, meetingId: string): string {
	return `/api/boards/${encodeURIComponent(boardId)}/meetings/${encodeURIComponent(meetingId)}/attendance`
}

/** The key of a person's entry in "attendance". */
export function attendanceKey(meetingId: string, personId: string): string {
	return `${meetingId}:${personId}`
}

/** Longest id of a meeting or a minutes item, in characters. */
export const MAX_MINUTES_ID_LENGTH = 64
/** Longest meeting title and place. */
export const MAX_MEETING_TITLE_LENGTH = 100
export const MAX_MEETING_PLACE_LENGTH = 100
/** Most 议题 of a meeting, and the longest of each. */
export const MAX_AGENDA_ITEMS = 50
export const MAX_AGENDA_ITEM_LENGTH = 200
/** Longest 决议 text, 待办 事项 and 负责人. */
export const MAX_DECISION_TEXT_LENGTH = 2000
export const MAX_ACTION_WHAT_LENGTH = 500
export const MAX_ACTION_WHO_LENGTH = 60
/** Most cards one 决议 links. */
export const MAX_DECISION_CARDS = 50
/** 签到: name 1–40 characters, organisation 0–60. */
export const MAX_CHECK_IN_NAME_LENGTH = 40
export const MAX_CHECK_IN_ORGANISATION_LENGTH = 60
/** Longest display name kept for a present person before they check in. */
export const MAX_ATTENDEE_NAME_LENGTH = 64
/** Longest link label kept. */
export const MAX_ATTENDEE_LINK_LABEL_LENGTH = 100

export function getYMeetings(doc: Y.Doc): Y.Map<unknown> {
	return doc.getMap<unknown>(Y_MEETINGS_KEY)
}

export function getYVotesKept(doc: Y.Doc): Y.Map<unknown> {
	return doc.getMap<unknown>(Y_VOTES_KEPT_KEY)
}

export function getYMinutes(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
	return doc.getMap<Y.Map<unknown>>(Y_MINUTES_KEY)
}

export function getYAttendance(doc: Y.Doc): Y.Map<unknown> {
	return doc.getMap<unknown>(Y_ATTENDANCE_KEY)
}
