import { useEffect } from 'react'
import type * as Y from 'yjs'
import {
	type Attendee,
	getYAttendance,
	getYMeetings,
	getYMinutes,
	getYVotesKept,
} from '../../shared/meeting/minutesLayout'
import { parseAttendee } from '../../shared/meeting/minutesParse'
import { actionItemsByProject, readMeetings, readMinutesItems } from '../../shared/meeting/minutesRead'
import { readKeptVotes } from '../../shared/meeting/minutesVotes'
import { $actionsByProject, $attendance, $meetings, $minutesItems, $votesKept, resetMinutesStore } from './minutesStore'

/** Calls `update` now and after every change inside `map`; returns the unsubscribe. */
function watch<T>(map: Y.Map<T>, update: () => void): () => void {
	update()
	map.observeDeep(update)
	return () => map.unobserveDeep(update)
}

function readAttendance(doc: Y.Doc): Attendee[] {
	const out: Attendee[] = []
	for (const [key, value] of getYAttendance(doc).entries()) {
		const attendee = parseAttendee(key, value)
		if (attendee) out.push(attendee)
	}
	return out
}

/** Keeps the minutes signals (minutesStore.ts) in step with the board's four record maps, local and remote changes alike. */
export function useMinutesSync(doc: Y.Doc | null): void {
	useEffect(() => {
		if (!doc) return
		const stops = [
			watch(getYMeetings(doc), () => $meetings.set(readMeetings(doc))),
			watch(getYMinutes(doc), () => {
				$minutesItems.set(readMinutesItems(doc))
				$actionsByProject.set(actionItemsByProject(doc))
			}),
			watch(getYAttendance(doc), () => $attendance.set(readAttendance(doc))),
			watch(getYVotesKept(doc), () => $votesKept.set(readKeptVotes(doc))),
		]
		return () => {
			for (const stop of stops) stop()
			resetMinutesStore()
		}
	}, [doc])
}
