import type { Attendee } from '../../shared/meeting/minutesLayout'
import type { MeetingMinutesItems } from '../../shared/meeting/minutesRead'

/** What a meeting has recorded: people present, 决议 and 待办 (the end dialog's summary). */
export interface MeetingSummary {
	attendees: number
	decisions: number
	actions: number
}

/** The counts of `meetingId`'s record. */
export function meetingSummary(
	meetingId: string,
	attendees: readonly Attendee[],
	items: MeetingMinutesItems,
): MeetingSummary {
	return {
		attendees: attendees.filter((a) => a.meetingId === meetingId).length,
		decisions: items.decisions.filter((i) => i.meetingId === meetingId).length,
		actions: items.actions.filter((i) => i.meetingId === meetingId).length,
	}
}
