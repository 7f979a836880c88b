import type * as Y from 'yjs'
import { roleAtLeast } from '../auth/permissions'
import type { Role } from '../protocol'

/**
 * Meeting state in a board's Y.Doc, beside `records` and `meta`:
 *
 * ```
 * Y.Doc
 * ├─ "meeting": Y.Map<key, JSON>   facilitator-only (the server refuses anyone else's write)
 * │     ├─ "follow": FollowRequest | null   "everyone follow my view"
 * │     ├─ "timer":  TimerState             the shared countdown
 * │     └─ "vote":   VoteSession | null     the current (or last) dot vote
 * └─ "ballots": Y.Map<`${voteId}:${voterId}`, Ballot>   one entry per voter and vote,
 *        written by the server only (`PUT /api/boards/:id/votes/:voteId/ballot`): no
 *        client may write this map, so nobody can forge, change or delete another's ballot
 * ```
 *
 * Values are plain JSON (one item per key): a change replaces the whole value, which is
 * what these small records want (the last facilitator action wins).
 * Times are server-clock epoch milliseconds (clients correct their clock with
 * `GET /api/time`), so a countdown reads the same on every device.
 */
export const Y_MEETING_KEY = 'meeting'
export const Y_BALLOTS_KEY = 'ballots'

export const MEETING_FOLLOW_KEY = 'follow'
export const MEETING_TIMER_KEY = 'timer'
export const MEETING_VOTE_KEY = 'vote'

/** The facilitator asks everyone to follow their view. */
export interface FollowRequest {
	/** A fresh id per request, so a participant who stopped following is not pulled back by the same request. */
	id: string
	/** The tldraw user id (presence `userId`) to follow. */
	userId: string
	/** Display name, for the banner. */
	name: string
	/** Server time the request was made. */
	since: number
}

/** The shared countdown. */
export type TimerState =
	| { status: 'idle'; durationMs: number }
	| { status: 'running'; durationMs: number /** Server time it reaches zero. */; endsAt: number }
	| { status: 'paused'; durationMs: number; remainingMs: number }

/** A dot vote on need cards. */
export interface VoteSession {
	id: string
	status: 'open' | 'closed'
	/** Dots each voter may place (several on one need allowed). */
	dotsPerVoter: number
	/** When true, ballots carry no name and the UI never shows who voted for what. */
	anonymous: boolean
	/** Only needs inside this frame may receive dots; null for the whole board. */
	frameId: string | null
	startedAt: number
	endedAt: number | null
	/**
	 * A closed vote's result as it was when the facilitator ended it: dots per need (with the
	 * need's title then, so a card deleted later keeps its line) and the number of voters.
	 * The ranking of a finished vote is read from here, never recounted. Absent while open
	 * and on votes closed before results were kept.
	 */
	result?: VoteResult
}

/** The frozen result of a closed vote. */
export interface VoteResult {
	needs: { id: string; title: string; votes: number }[]
	voters: number
}

/** One voter's dots in one vote. */
export interface Ballot {
	voteId: string
	voterId: string
	/** Voter's display name; null in an anonymous vote. */
	name: string | null
	/** Need shape ids, one entry per dot (a need may appear more than once). */
	dots: string[]
}

/** The facilitator-only meeting map of a board doc. */
export function getYMeeting(doc: Y.Doc): Y.Map<unknown> {
	return doc.getMap<unknown>(Y_MEETING_KEY)
}

/** The ballots map of a board doc. */
export function getYBallots(doc: Y.Doc): Y.Map<unknown> {
	return doc.getMap<unknown>(Y_BALLOTS_KEY)
}

/** The key of a voter's ballot in the ballots map. */
export function ballotKey(voteId: string, voterId: string): string {
	return `${voteId}:${voterId}`
}

/**
 * Root maps of a board doc, and the least role that may write each; `null`: no client
 * may write it (the server writes ballots itself, from an authenticated REST request).
 */
export const DOC_ROOT_WRITE_ROLES = {
	records: 'editor',
	meta: 'editor',
	ballots: null,
	meeting: 'facilitator',
	/** Comments (shared/comments/commentsLayout.ts): 参会 and up; viewers while the facilitator allows it. */
	comments: 'participant',
	/** Meetings and their kept votes (shared/meeting/minutesLayout.ts). */
	meetings: 'facilitator',
	votesKept: 'facilitator',
	/** 决议 and 待办. */
	minutes: 'editor',
	/** Attendance: the server writes it from presence and 签到. */
	attendance: null,
} as const satisfies Record<string, Role | null>

/** Every root map name of the board layout. */
export type DocRootName = keyof typeof DOC_ROOT_WRITE_ROLES

/** True when `name` is a root map of the board layout. */
export function isDocRootName(name: string): name is DocRootName {
	return Object.hasOwn(DOC_ROOT_WRITE_ROLES, name)
}

/**
 * The least role that may write root map `name`, or null when no client may: editors
 * write every map but the facilitator's meeting map and the server's ballots map.
 */
export function rootWriteRole(name: string): Role | null {
	return isDocRootName(name) ? DOC_ROOT_WRITE_ROLES[name] : 'editor'
}

/** True when a connection with `role` may write root map `name` (never the server-only ballots). */
export function mayWriteRoot(role: Role, name: string): boolean {
	const least = rootWriteRole(name)
	return least !== null && roleAtLeast(role, least)
}

/** Reads the meeting map's keys as plain values (no validation: see meetingParse). */
export function readMeetingValue(doc: Y.Doc, key: string): unknown {
	return getYMeeting(doc).get(key) ?? null
}

/** Sets one meeting key as one transaction with `origin`. */
export function writeMeetingValue(doc: Y.Doc, key: string, value: unknown, origin?: unknown): void {
	doc.transact(() => {
		if (value === null || value === undefined) getYMeeting(doc).delete(key)
		else getYMeeting(doc).set(key, value)
	}, origin)
}
