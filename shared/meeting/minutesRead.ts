import type * as Y from 'yjs'
import { ACTOR_SECTORS } from '../domain/enums'
import {
	type ActionItem,
	type Attendee,
	type AttendeeSector,
	type Decision,
	getYAttendance,
	getYMeetings,
	getYMinutes,
	type MeetingSession,
} from './minutesLayout'
import { parseAttendee, parseMeeting, parseMinutesItem } from './minutesParse'

/** Every well-formed meeting of the board, oldest first (ties by id). */
export function readMeetings(doc: Y.Doc): MeetingSession[] {
	const out: MeetingSession[] = []
	for (const [key, value] of getYMeetings(doc).entries()) {
		const meeting = parseMeeting(value)
		if (meeting && meeting.id === key) out.push(meeting)
	}
	return out.sort((a, b) => a.startedAt - b.startedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** One meeting by id, or null when there is none (or it is malformed). */
export function meetingById(doc: Y.Doc, meetingId: string): MeetingSession | null {
	const meeting = parseMeeting(getYMeetings(doc).get(meetingId))
	return meeting && meeting.id === meetingId ? meeting : null
}

/**
 * The meeting running now: the latest one not ended, or null. At most one should be
 * open; if two facilitators started one at once, the later start wins everywhere.
 */
export function openMeeting(doc: Y.Doc): MeetingSession | null {
	const open = readMeetings(doc).filter((m) => m.endedAt === null)
	return open.at(-1) ?? null
}

/** The 决议 and 待办 of a meeting, each oldest first (ties by id). */
export interface MeetingMinutesItems {
	decisions: Decision[]
	actions: ActionItem[]
}

function byCreation(a: { createdAt: number; id: string }, b: { createdAt: number; id: string }): number {
	return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/** Every well-formed 决议 and 待办 of the board (all meetings), oldest first. */
export function readMinutesItems(doc: Y.Doc): MeetingMinutesItems {
	const decisions: Decision[] = []
	const actions: ActionItem[] = []
	for (const [id, map] of getYMinutes(doc).entries()) {
		const item = parseMinutesItem(id, map)
		if (item?.kind === 'decision') decisions.push(item)
		else if (item?.kind === 'action') actions.push(item)
	}
	return { decisions: decisions.sort(byCreation), actions: actions.sort(byCreation) }
}

/** The 决议 and 待办 of one meeting. */
export function minutesItemsOf(doc: Y.Doc, meetingId: string): MeetingMinutesItems {
	const all = readMinutesItems(doc)
	return {
		decisions: all.decisions.filter((d) => d.meetingId === meetingId),
		actions: all.actions.filter((a) => a.meetingId === meetingId),
	}
}

/**
 * The 待办 of every meeting by the project card they serve (shape id), oldest first:
 * what a project card shows as its chips. Items without a project are left out.
 */
export function actionItemsByProject(doc: Y.Doc): Map<string, ActionItem[]> {
	const out = new Map<string, ActionItem[]>()
	for (const action of readMinutesItems(doc).actions) {
		if (action.projectId === null) continue
		const list = out.get(action.projectId)
		if (list) list.push(action)
		else out.set(action.projectId, [action])
	}
	return out
}

/** The sectors in the order the minutes list them, then null (未填). */
export const ATTENDANCE_SECTOR_ORDER: readonly (AttendeeSector | null)[] = [...ACTOR_SECTORS.map((s) => s.value), null]

function sectorRank(sector: AttendeeSector | null): number {
	return ATTENDANCE_SECTOR_ORDER.indexOf(sector)
}

/**
 * The people present at a meeting, in the order the minutes list them: by sector
 * (政府, 市场, 社会, 居民, then those who did not say), then by who came first.
 */
export function attendanceOf(doc: Y.Doc, meetingId: string): Attendee[] {
	const out: Attendee[] = []
	for (const [key, value] of getYAttendance(doc).entries()) {
		const attendee = parseAttendee(key, value)
		if (attendee && attendee.meetingId === meetingId) out.push(attendee)
	}
	return out.sort(
		(a, b) =>
			sectorRank(a.sector) - sectorRank(b.sector) ||
			a.firstSeenAt - b.firstSeenAt ||
			(a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0),
	)
}

/** How many people of one sector (null: did not say) were present. */
export interface SectorCount {
	sector: AttendeeSector | null
	count: number
}

/**
 * Attendance by sector: one line per sector in ATTENDANCE_SECTOR_ORDER, 0 included, so
 * the minutes always show every kind of actor — and which kinds did not take part.
 */
export function attendanceBySector(attendees: readonly Attendee[]): SectorCount[] {
	return ATTENDANCE_SECTOR_ORDER.map((sector) => ({
		sector,
		count: attendees.filter((a) => a.sector === sector).length,
	}))
}
