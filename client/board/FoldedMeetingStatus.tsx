import { FollowBanner } from '../meeting/FollowBanner'
import { TimerChip } from '../meeting/TimerChip'
import { useSheetOpen } from './useSheetOpen'

/** The timer and the follow state, small, in the top bar while a phone's sheet is open. */
export function FoldedMeetingStatus() {
	if (!useSheetOpen()) return null
	return (
		<span className="nd-topbar__folded" data-testid="topbar-folded-meeting">
			<TimerChip folded />
			<FollowBanner folded />
		</span>
	)
}
