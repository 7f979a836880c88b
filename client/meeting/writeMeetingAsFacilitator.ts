import type * as Y from 'yjs'
import { writeMeetingValue } from '../../shared/meeting/meetingLayout'
import type { Role } from '../../shared/protocol'

/** The Yjs transaction origin of meeting writes. */
export const MEETING_ORIGIN = 'niudai-meeting'

/** True when `role` may run the meeting (follow requests, the timer, votes). */
export function canRunMeeting(role: Role): boolean {
	return role === 'facilitator'
}

/**
 * Sets (or, with null, clears) one key of the meeting map as one transaction — only for
 * a facilitator: anyone else's call writes nothing and returns false. (The server refuses
 * such writes too; this keeps a participant's own doc from diverging meanwhile.)
 */
export function writeMeetingAsFacilitator(doc: Y.Doc | null, role: Role, key: string, value: unknown): boolean {
	if (!doc || !canRunMeeting(role)) return false
	writeMeetingValue(doc, key, value, MEETING_ORIGIN)
	return true
}
