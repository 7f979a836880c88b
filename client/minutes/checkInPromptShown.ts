import type { CheckInMemory } from './checkInMemory'

/**
 * Whether the 签到 prompt shows: always when the person asked for it (from the panel);
 * else while a meeting is open that this browser has neither checked in to nor put off —
 * except on a phone while another sheet has the lower screen (it waits until it closes).
 */
export function checkInPromptShown(opts: {
	meetingId: string | null
	memory: CheckInMemory
	asked: boolean
	narrow: boolean
	panelOpen: boolean
}): boolean {
	const { meetingId, memory, asked, narrow, panelOpen } = opts
	if (meetingId === null) return false
	if (asked) return true
	const due = !memory.meetingIds.includes(meetingId) && !memory.dismissed.includes(meetingId)
	return due && !(narrow && panelOpen)
}
