import { type CSSProperties, useEffect } from 'react'
import { useSheetOpen } from '../board/useSheetOpen'
import { primeChimeOnFirstGesture } from './chime'
import { FollowBanner } from './FollowBanner'
import { TimerChip } from './TimerChip'
import { useElementEdge } from './useElementEdge'
import { usePublishRole } from './usePublishRole'
import { useServerClockSync } from './useServerClockSync'
import './meeting.css'

/**
 * What everyone sees of the meeting over the canvas: the follow banner and the shared
 * timer — below the top bar on a wide screen, above the toolbar on a phone; folded into the
 * top bar (FoldedMeetingStatus) while a phone's sheet is open.
 */
export function MeetingOverlays() {
	usePublishRole()
	useServerClockSync()
	useEffect(() => primeChimeOnFirstGesture(), [])
	const folded = useSheetOpen()
	const top = useElementEdge('.nd-topbar', 'bottom', 56)
	// tldraw's bottom zone: the toolbar, and on a phone the undo row above it.
	const bottomZoneTop = useElementEdge('.tlui-layout__bottom', 'top', window.innerHeight - 60)
	const style = {
		'--nd-meeting-top': `${top + 8}px`,
		'--nd-meeting-bottom': `${Math.max(8, window.innerHeight - bottomZoneTop + 8)}px`,
	} as CSSProperties
	return (
		<div className="nd-meeting-overlays" style={style}>
			{!folded && <FollowBanner />}
			{!folded && <TimerChip />}
		</div>
	)
}
