import * as Y from 'yjs'
import { ACTOR_SECTORS } from '../domain/enums'
import { ROLES, type Role } from '../protocol'
import {
	type ActionItem,
	type Attendee,
	type AttendeeSector,
	type Decision,
	MAX_ACTION_WHAT_LENGTH,
	MAX_ACTION_WHO_LENGTH,
	MAX_AGENDA_ITEM_LENGTH,
	MAX_AGENDA_ITEMS,
	MAX_ATTENDEE_LINK_LABEL_LENGTH,
	MAX_ATTENDEE_NAME_LENGTH,
	MAX_CHECK_IN_ORGANISATION_LENGTH,
	MAX_DECISION_CARDS,
	MAX_DECISION_TEXT_LENGTH,
	MAX_MEETING_PLACE_LENGTH,
	MAX_MEETING_TITLE_LENGTH,
	MAX_MINUTES_ID_LENGTH,
	type MeetingSession,
	type MinutesItem,
} from './minutesLayout'
import { MAX_SHAPE_ID_LENGTH } from './vote'

/*
 * Readers of the meeting record's values (shared/meeting/minutesLayout.ts). Anyone with
 * the right role may write these maps, and an older or a hostile client may write them
 * wrong: every value is checked here. What identifies a value (ids, times) must be right
 * or the value is left out; text is cut to its longest allowed length; a field of the
 * wrong type reads as empty.
 */

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A non-empty string of at most `max` characters. */
export function isBoundedId(value: unknown, max = MAX_MINUTES_ID_LENGTH): value is string {
	return typeof value === 'string' && value.length > 0 && value.length <= max
}

function isTime(value: unknown): value is number {
	return typeof value === 'number' && Number.isFinite(value) && value >= 0
}

/** `value` as text of at most `max` characters ('' when it is not a string). */
function text(value: unknown, max: number): string {
	return typeof value === 'string' ? value.slice(0, max) : ''
}

const SECTOR_VALUES: ReadonlySet<string> = new Set(ACTOR_SECTORS.map((s) => s.value))

/** An 签到 sector, or null when `value` is not one. */
export function parseSector(value: unknown): AttendeeSector | null {
	return typeof value === 'string' && SECTOR_VALUES.has(value) ? (value as AttendeeSector) : null
}

function parseRole(value: unknown): Role | null {
	return typeof value === 'string' && (ROLES as readonly string[]).includes(value) ? (value as Role) : null
}

/**
 * A meeting read from "meetings", or null when its id or start is missing or malformed
 * (or it ends before it starts). Title and place are cut to their longest length, the
 * agenda keeps its first MAX_AGENDA_ITEMS texts.
 */
export function parseMeeting(value: unknown): MeetingSession | null {
	if (!isRecord(value) || !isBoundedId(value.id) || !isTime(value.startedAt)) return null
	const endedAt = isTime(value.endedAt) && value.endedAt >= value.startedAt ? value.endedAt : null
	if (value.endedAt !== null && value.endedAt !== undefined && endedAt === null) return null
	const agenda = Array.isArray(value.agenda)
		? value.agenda
				.filter((a): a is string => typeof a === 'string')
				.slice(0, MAX_AGENDA_ITEMS)
				.map((a) => a.slice(0, MAX_AGENDA_ITEM_LENGTH))
		: []
	return {
		id: value.id,
		title: text(value.title, MAX_MEETING_TITLE_LENGTH),
		place: text(value.place, MAX_MEETING_PLACE_LENGTH),
		agenda,
		facilitatorName: text(value.facilitatorName, MAX_ATTENDEE_NAME_LENGTH),
		startedAt: value.startedAt,
		endedAt,
		versionId: isBoundedId(value.versionId, 128) ? value.versionId : null,
	}
}

/**
 * A 决议 or 待办 read from its map in "minutes" (the map's key is its id), or null when
 * the id, kind, meeting or creation time is missing or malformed. A 决议's cards keep
 * their first MAX_DECISION_CARDS distinct shape ids; a 待办's due date is `YYYY-MM-DD` or ''.
 */
export function parseMinutesItem(id: string, map: unknown): MinutesItem | null {
	if (!(map instanceof Y.Map) || !isBoundedId(id)) return null
	const meetingId = map.get('meetingId')
	const createdAt = map.get('createdAt')
	if (!isBoundedId(meetingId) || !isTime(createdAt)) return null
	const kind = map.get('kind')
	if (kind === 'decision') {
		const raw = map.get('cardIds')
		const cardIds = Array.isArray(raw)
			? [...new Set(raw.filter((c): c is string => isBoundedId(c, MAX_SHAPE_ID_LENGTH)))].slice(0, MAX_DECISION_CARDS)
			: []
		const voteId = map.get('voteId')
		const decision: Decision = {
			id,
			kind,
			meetingId,
			text: text(map.get('text'), MAX_DECISION_TEXT_LENGTH),
			cardIds,
			voteId: isBoundedId(voteId) ? voteId : null,
			createdAt,
		}
		return decision
	}
	if (kind === 'action') {
		const due = map.get('due')
		const projectId = map.get('projectId')
		const action: ActionItem = {
			id,
			kind,
			meetingId,
			who: text(map.get('who'), MAX_ACTION_WHO_LENGTH),
			what: text(map.get('what'), MAX_ACTION_WHAT_LENGTH),
			due: typeof due === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(due) ? due : '',
			projectId: isBoundedId(projectId, MAX_SHAPE_ID_LENGTH) ? projectId : null,
			done: map.get('done') === true,
			createdAt,
		}
		return action
	}
	return null
}

/**
 * An entry of "attendance" read under `key`, or null when malformed or stored under
 * another key than `${meetingId}:${personId}` (so one person is one entry).
 */
export function parseAttendee(key: string, value: unknown): Attendee | null {
	if (!isRecord(value)) return null
	const { meetingId, personId, firstSeenAt } = value
	if (!isBoundedId(meetingId) || !isBoundedId(personId, 128) || !isTime(firstSeenAt)) return null
	if (key !== `${meetingId}:${personId}`) return null
	const role = parseRole(value.role)
	if (!role) return null
	return {
		meetingId,
		personId,
		name: text(value.name, MAX_ATTENDEE_NAME_LENGTH),
		organisation: text(value.organisation, MAX_CHECK_IN_ORGANISATION_LENGTH),
		sector: parseSector(value.sector),
		linkLabel: text(value.linkLabel, MAX_ATTENDEE_LINK_LABEL_LENGTH),
		role,
		firstSeenAt,
		checkedInAt: isTime(value.checkedInAt) ? value.checkedInAt : null,
	}
}
