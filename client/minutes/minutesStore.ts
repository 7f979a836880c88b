import { atom, computed } from '@tldraw/tldraw'
import type { VoteSession } from '../../shared/meeting/meetingLayout'
import type { ActionItem, Attendee, MeetingSession } from '../../shared/meeting/minutesLayout'
import type { MeetingMinutesItems } from '../../shared/meeting/minutesRead'

/**
 * The board's meeting record as signals, fed by one set of Y observers (useMinutesSync,
 * mounted once per board by MinutesOverlays): the panel, the 签到 prompt, the project
 * cards' 待办 chips and the inspector read these instead of each observing the doc.
 */

/** Every meeting, oldest first. */
export const $meetings = atom<MeetingSession[]>('meetings', [])
/** Every 决议 and 待办, oldest first. */
export const $minutesItems = atom<MeetingMinutesItems>('minutes items', { decisions: [], actions: [] })
/** Every attendance entry. */
export const $attendance = atom<Attendee[]>('attendance', [])
/** Closed votes kept on the board, in the order they started. */
export const $votesKept = atom<VoteSession[]>('votes kept', [])
/** The 待办 of every meeting by the project card they serve. */
export const $actionsByProject = atom<ReadonlyMap<string, ActionItem[]>>('actions by project', new Map())

/** The meeting in progress (the latest not ended), or null. */
export const $openMeeting = computed<MeetingSession | null>(
	'open meeting',
	() =>
		$meetings
			.get()
			.filter((m) => m.endedAt === null)
			.at(-1) ?? null,
)

/** The 待办 linked to a project card (every meeting's), oldest first. */
export function projectActions(projectId: string): ActionItem[] {
	return $actionsByProject.get().get(projectId) ?? []
}

/** Forgets the board's record (leaving the board). */
export function resetMinutesStore(): void {
	$meetings.set([])
	$minutesItems.set({ decisions: [], actions: [] })
	$attendance.set([])
	$votesKept.set([])
	$actionsByProject.set(new Map())
}
