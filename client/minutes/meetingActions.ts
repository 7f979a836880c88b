import type * as Y from 'yjs'
import type { MeetingSession } from '../../shared/meeting/minutesLayout'
import { endMeeting as writeEnd, startMeeting as writeStart } from '../../shared/meeting/minutesWrite'
import type { Role } from '../../shared/protocol'
import { api } from '../api/apiClient'
import { serverNow } from '../meeting/serverClock'
import { authorName } from '../versions/authorName'

/** The Yjs transaction origin of minutes writes. */
export const MINUTES_ORIGIN = 'niudai-minutes'

/** Starts a meeting (facilitator) at the server's time; null when refused (another is open, no title). */
export function startMeeting(
	doc: Y.Doc,
	role: Role,
	facts: { title: string; place: string; agenda: string[]; facilitatorName: string },
): MeetingSession | null {
	if (role !== 'facilitator') return null
	const started = writeStart(doc, facts, { origin: MINUTES_ORIGIN, now: serverNow() })
	return started.ok ? started.meeting : null
}

/**
 * Ends a meeting (facilitator): saves the board as a version named `versionName` through
 * the versions REST call, then writes the end time and the version's id. A failed save
 * leaves the meeting open (the error is thrown for the dialog to show).
 */
export async function endMeeting(
	doc: Y.Doc,
	boardId: string,
	meeting: MeetingSession,
	versionName: string,
): Promise<{ versionId: string }> {
	const version = await api.saveVersion(boardId, versionName, authorName())
	writeEnd(doc, meeting.id, version.id, { origin: MINUTES_ORIGIN, now: serverNow() })
	return { versionId: version.id }
}
