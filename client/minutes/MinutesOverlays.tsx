import { useValue } from '@tldraw/tldraw'
import { useEffect } from 'react'
import { useBoardContext } from '../board/BoardContext'
import { useNarrowScreen } from '../board/useNarrowScreen'
import { CheckInPrompt } from './CheckInPrompt'
import { loadCheckInMemory } from './checkInMemory'
import { checkInPromptShown } from './checkInPromptShown'
import { EndedDialog } from './EndedDialog'
import { EndMeetingDialog } from './EndMeetingDialog'
import { MinutesPanel } from './MinutesPanel'
import { $openMeeting } from './minutesStore'
import { $checkInMemory, $checkInOpen, $minutesDialog } from './minutesUi'
import { StartMeetingDialog } from './StartMeetingDialog'
import { useMinutesSync } from './useMinutesSync'
import './minutes.css'

/**
 * The meeting record over the canvas: keeps the minutes signals in step with the board
 * (always mounted, so project cards show their 待办), the 会议纪要 panel when open, the
 * start / end dialogs, and the 签到 prompt while a meeting this browser has not checked
 * in to (nor put off) is open.
 */
export function MinutesOverlays() {
	const { board, doc, panel, setPanel } = useBoardContext()
	useMinutesSync(doc)
	useEffect(() => {
		$checkInMemory.set(loadCheckInMemory(board.id))
		return () => {
			$checkInOpen.set(false)
		}
	}, [board.id])
	const meeting = useValue('open meeting', () => $openMeeting.get(), [])
	const dialog = useValue('minutes dialog', () => $minutesDialog.get(), [])
	const narrow = useNarrowScreen()
	const asked = useValue('check-in asked', () => $checkInOpen.get(), [])
	const memory = useValue('check-in memory', () => $checkInMemory.get(), [])
	const prompt = checkInPromptShown({
		meetingId: meeting?.id ?? null,
		memory,
		asked,
		narrow,
		panelOpen: panel !== null,
	})
	const closeDialog = () => $minutesDialog.set(null)
	return (
		<>
			{panel === 'minutes' && <MinutesPanel onClose={() => setPanel(null)} />}
			{meeting && prompt && <CheckInPrompt key={meeting.id} meeting={meeting} />}
			{dialog && (
				// tldraw's overlay layer lets pointers through to the canvas; dialogs take them.
				<div className="nd-minutes-layer">
					{dialog.kind === 'start' && <StartMeetingDialog onClose={closeDialog} />}
					{dialog.kind === 'end' && <EndMeetingDialog />}
					{dialog.kind === 'ended' && (
						<EndedDialog meetingId={dialog.meetingId} version={dialog.version} onClose={closeDialog} />
					)}
				</div>
			)}
		</>
	)
}
