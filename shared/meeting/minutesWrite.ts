import * as Y from 'yjs'
import type { VoteSession } from './meetingLayout'
import {
	type ActionItem,
	type Decision,
	getYMeetings,
	getYMinutes,
	getYVotesKept,
	MAX_ACTION_WHAT_LENGTH,
	MAX_ACTION_WHO_LENGTH,
	MAX_AGENDA_ITEM_LENGTH,
	MAX_AGENDA_ITEMS,
	MAX_ATTENDEE_NAME_LENGTH,
	MAX_DECISION_CARDS,
	MAX_DECISION_TEXT_LENGTH,
	MAX_MEETING_PLACE_LENGTH,
	MAX_MEETING_TITLE_LENGTH,
	type MeetingSession,
} from './minutesLayout'
import { isBoundedId, parseMinutesItem } from './minutesParse'
import { meetingById, openMeeting } from './minutesRead'
import { MAX_SHAPE_ID_LENGTH, parseVoteSession } from './vote'

/*
 * Writers of the meeting record. Each is one Yjs transaction with the caller's origin,
 * so one action is one update for everyone; times are the caller's server-clock `now`.
 * Values are cut to their longest allowed length, as the readers would cut them.
 */

/** The transaction origin and the server-clock time of a write. */
export interface MinutesWriteContext {
	origin?: unknown
	/** Server-clock ms (clients: serverNow()). */
	now: number
}

/** A fresh id for a meeting (`m…`), a 决议 (`d…`) or a 待办 (`a…`): time, then 64 random bits. */
export function newMinutesId(prefix: 'm' | 'd' | 'a'): string {
	const bytes = new Uint8Array(8)
	crypto.getRandomValues(bytes)
	return `${prefix}${Date.now().toString(36)}${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`
}

function cleanAgenda(agenda: readonly string[]): string[] {
	return agenda
		.map((a) => a.trim().slice(0, MAX_AGENDA_ITEM_LENGTH))
		.filter((a) => a !== '')
		.slice(0, MAX_AGENDA_ITEMS)
}

/** What the facilitator types to start a meeting. */
export interface MeetingFacts {
	title: string
	place: string
	agenda: readonly string[]
}

/** Why a meeting was not started. */
export type StartMeetingProblem = 'alreadyOpen' | 'noTitle'

/**
 * Starts a meeting (facilitator): refused while another is open (read from the doc, so
 * a second facilitator's meeting is never overwritten) and without a title. Empty 议题
 * are dropped.
 */
export function startMeeting(
	doc: Y.Doc,
	facts: MeetingFacts & { facilitatorName: string; id?: string },
	ctx: MinutesWriteContext,
): { ok: true; meeting: MeetingSession } | { ok: false; problem: StartMeetingProblem } {
	if (openMeeting(doc)) return { ok: false, problem: 'alreadyOpen' }
	const title = facts.title.trim().slice(0, MAX_MEETING_TITLE_LENGTH)
	if (title === '') return { ok: false, problem: 'noTitle' }
	const meeting: MeetingSession = {
		id: facts.id ?? newMinutesId('m'),
		title,
		place: facts.place.trim().slice(0, MAX_MEETING_PLACE_LENGTH),
		agenda: cleanAgenda(facts.agenda),
		facilitatorName: facts.facilitatorName.trim().slice(0, MAX_ATTENDEE_NAME_LENGTH),
		startedAt: ctx.now,
		endedAt: null,
		versionId: null,
	}
	doc.transact(() => getYMeetings(doc).set(meeting.id, meeting), ctx.origin)
	return { ok: true, meeting }
}

/**
 * Changes a meeting's title, place or 议题 (facilitator); an empty title keeps the old
 * one. Returns the meeting as written, or null when there is no such meeting.
 */
export function updateMeeting(
	doc: Y.Doc,
	meetingId: string,
	patch: Partial<MeetingFacts>,
	ctx: Pick<MinutesWriteContext, 'origin'> = {},
): MeetingSession | null {
	const meeting = meetingById(doc, meetingId)
	if (!meeting) return null
	const title = patch.title?.trim().slice(0, MAX_MEETING_TITLE_LENGTH)
	const next: MeetingSession = {
		...meeting,
		...(title ? { title } : {}),
		...(patch.place !== undefined ? { place: patch.place.trim().slice(0, MAX_MEETING_PLACE_LENGTH) } : {}),
		...(patch.agenda !== undefined ? { agenda: cleanAgenda(patch.agenda) } : {}),
	}
	doc.transact(() => getYMeetings(doc).set(meetingId, next), ctx.origin)
	return next
}

/**
 * Ends a meeting (facilitator) at `now`, with the version saved for it (or null when it
 * could not be saved). A meeting already ended keeps its end, and takes `versionId`
 * only when it has none yet. Returns the meeting as written, or null when there is none.
 */
export function endMeeting(
	doc: Y.Doc,
	meetingId: string,
	versionId: string | null,
	ctx: MinutesWriteContext,
): MeetingSession | null {
	const meeting = meetingById(doc, meetingId)
	if (!meeting) return null
	const next: MeetingSession = {
		...meeting,
		endedAt: meeting.endedAt ?? Math.max(ctx.now, meeting.startedAt),
		versionId: meeting.versionId ?? versionId,
	}
	if (next.endedAt !== meeting.endedAt || next.versionId !== meeting.versionId) {
		doc.transact(() => getYMeetings(doc).set(meetingId, next), ctx.origin)
	}
	return next
}

function cleanCardIds(ids: readonly string[]): string[] {
	return [...new Set(ids.filter((id) => isBoundedId(id, MAX_SHAPE_ID_LENGTH)))].slice(0, MAX_DECISION_CARDS)
}

function cleanDue(due: string): string {
	return /^\d{4}-\d{2}-\d{2}$/.test(due) ? due : ''
}

/** Adds an item as one Y.Map (one key per field; the item's id is its key). */
function addItem(doc: Y.Doc, item: Decision | ActionItem, origin: unknown): void {
	doc.transact(() => {
		const map = new Y.Map<unknown>()
		getYMinutes(doc).set(item.id, map)
		for (const [key, value] of Object.entries(item)) if (key !== 'id') map.set(key, value)
	}, origin)
}

/** Sets the fields of `patch` that differ, in one transaction; false when there is no such item of `kind`. */
function patchItem(
	doc: Y.Doc,
	id: string,
	kind: 'decision' | 'action',
	patch: Record<string, unknown>,
	origin: unknown,
): boolean {
	const map = getYMinutes(doc).get(id)
	if (parseMinutesItem(id, map)?.kind !== kind || !(map instanceof Y.Map)) return false
	const changed = Object.entries(patch).filter(([, value]) => value !== undefined)
	doc.transact(() => {
		for (const [key, value] of changed) {
			if (JSON.stringify(map.get(key)) !== JSON.stringify(value)) map.set(key, value)
		}
	}, origin)
	return true
}

function removeItem(doc: Y.Doc, id: string, kind: 'decision' | 'action', origin: unknown): boolean {
	const minutes = getYMinutes(doc)
	if (parseMinutesItem(id, minutes.get(id))?.kind !== kind) return false
	doc.transact(() => minutes.delete(id), origin)
	return true
}

/** What a 决议 says. */
export interface DecisionFields {
	text: string
	cardIds: readonly string[]
	voteId: string | null
}

/** Adds a 决议 to a meeting (editor and up). */
export function addDecision(
	doc: Y.Doc,
	fields: Partial<DecisionFields> & { meetingId: string; id?: string },
	ctx: MinutesWriteContext,
): Decision {
	const decision: Decision = {
		id: fields.id ?? newMinutesId('d'),
		kind: 'decision',
		meetingId: fields.meetingId,
		text: (fields.text ?? '').slice(0, MAX_DECISION_TEXT_LENGTH),
		cardIds: cleanCardIds(fields.cardIds ?? []),
		voteId: fields.voteId && isBoundedId(fields.voteId) ? fields.voteId : null,
		createdAt: ctx.now,
	}
	addItem(doc, decision, ctx.origin)
	return decision
}

/** Changes some fields of a 决议 (others' concurrent edits of other fields survive); false when there is none. */
export function updateDecision(
	doc: Y.Doc,
	id: string,
	patch: Partial<DecisionFields>,
	ctx: Pick<MinutesWriteContext, 'origin'> = {},
): boolean {
	return patchItem(
		doc,
		id,
		'decision',
		{
			text: patch.text?.slice(0, MAX_DECISION_TEXT_LENGTH),
			cardIds: patch.cardIds ? cleanCardIds(patch.cardIds) : undefined,
			voteId: patch.voteId === undefined ? undefined : patch.voteId && isBoundedId(patch.voteId) ? patch.voteId : null,
		},
		ctx.origin,
	)
}

/** Removes a 决议; false when there is none. */
export function removeDecision(doc: Y.Doc, id: string, ctx: Pick<MinutesWriteContext, 'origin'> = {}): boolean {
	return removeItem(doc, id, 'decision', ctx.origin)
}

/** What a 待办 says. */
export interface ActionFields {
	who: string
	what: string
	/** `YYYY-MM-DD`, or '' when none (anything else reads as ''). */
	due: string
	projectId: string | null
	done: boolean
}

/** Adds a 待办 to a meeting (editor and up). */
export function addActionItem(
	doc: Y.Doc,
	fields: Partial<ActionFields> & { meetingId: string; id?: string },
	ctx: MinutesWriteContext,
): ActionItem {
	const action: ActionItem = {
		id: fields.id ?? newMinutesId('a'),
		kind: 'action',
		meetingId: fields.meetingId,
		who: (fields.who ?? '').slice(0, MAX_ACTION_WHO_LENGTH),
		what: (fields.what ?? '').slice(0, MAX_ACTION_WHAT_LENGTH),
		due: cleanDue(fields.due ?? ''),
		projectId: fields.projectId && isBoundedId(fields.projectId, MAX_SHAPE_ID_LENGTH) ? fields.projectId : null,
		done: fields.done ?? false,
		createdAt: ctx.now,
	}
	addItem(doc, action, ctx.origin)
	return action
}

/** Changes some fields of a 待办; false when there is none. */
export function updateActionItem(
	doc: Y.Doc,
	id: string,
	patch: Partial<ActionFields>,
	ctx: Pick<MinutesWriteContext, 'origin'> = {},
): boolean {
	return patchItem(
		doc,
		id,
		'action',
		{
			who: patch.who?.slice(0, MAX_ACTION_WHO_LENGTH),
			what: patch.what?.slice(0, MAX_ACTION_WHAT_LENGTH),
			due: patch.due === undefined ? undefined : cleanDue(patch.due),
			projectId:
				patch.projectId === undefined
					? undefined
					: patch.projectId && isBoundedId(patch.projectId, MAX_SHAPE_ID_LENGTH)
						? patch.projectId
						: null,
			done: patch.done,
		},
		ctx.origin,
	)
}

/** Removes a 待办; false when there is none. */
export function removeActionItem(doc: Y.Doc, id: string, ctx: Pick<MinutesWriteContext, 'origin'> = {}): boolean {
	return removeItem(doc, id, 'action', ctx.origin)
}

/**
 * Keeps a closed vote, with its frozen result, in "votesKept" (facilitator), so the
 * minutes of its meeting show it after the next vote replaced it in the meeting map.
 * Refuses (false) a vote that is not closed or not well-formed. Inside another
 * transaction (the facilitator ending a vote) it joins that one.
 */
export function keepClosedVote(
	doc: Y.Doc,
	session: VoteSession,
	ctx: Pick<MinutesWriteContext, 'origin'> = {},
): boolean {
	const parsed = parseVoteSession(session)
	if (parsed?.status !== 'closed') return false
	doc.transact(() => getYVotesKept(doc).set(parsed.id, parsed), ctx.origin)
	return true
}
