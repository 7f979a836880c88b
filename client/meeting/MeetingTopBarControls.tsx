import { useBoardContext } from '../board/BoardContext'
import { MeetingMenu } from './MeetingMenu'
import { canRunMeeting } from './writeMeetingAsFacilitator'
import './meeting.css'

/** The facilitator's meeting controls in the top bar (follow me, timer, in one menu); nothing for anyone else. */
export function MeetingTopBarControls() {
	const { role } = useBoardContext()
	if (!canRunMeeting(role)) return null
	return <MeetingMenu />
}
