import { useValue } from '@tldraw/tldraw'
import { useCallback, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatClock, remainingMs } from '../../shared/meeting/timer'
import { useDismiss } from '../app/useDismiss'
import { MeetingMinutesMenuItems } from '../minutes/MeetingMinutesMenuItems'
import { $currentUser } from '../user/currentUser'
import { FollowMeButton } from './FollowMeButton'
import { serverNow } from './serverClock'
import { TimerPanel } from './TimerPanel'
import { useFollowRequestValue } from './useFollowRequestValue'
import { useServerNow } from './useServerNow'
import { useTimerState } from './useTimerState'

/**
 * The facilitator's one meeting button in the (crowded) top bar: it shows whether
 * everyone follows them and the running countdown, and opens the follow-me switch and
 * the timer controls.
 */
export function MeetingMenu() {
	const { t } = useTranslation()
	const [open, setOpen] = useState(false)
	const ref = useRef<HTMLDivElement>(null)
	const request = useFollowRequestValue()
	const myId = useValue('my user id', () => $currentUser.get()?.id ?? null, [])
	const timer = useTimerState()
	const now = useServerNow(timer?.status === 'running' && timer.endsAt > serverNow())
	const leading = request !== null && request.userId === myId
	const clock = timer && timer.status !== 'idle' ? formatClock(remainingMs(timer, now)) : null

	const close = useCallback(() => setOpen(false), [])
	useDismiss(ref, open, close)

	return (
		<div className="nd-menu nd-meeting-menu" ref={ref}>
			<button
				type="button"
				className={`nd-button nd-button--ghost${leading || clock ? ' nd-button--on' : ''}`}
				aria-expanded={open}
				aria-haspopup="dialog"
				title={t('meeting.menuHint')}
				data-testid="meeting-open"
				onClick={() => setOpen(!open)}
			>
				{leading && <span className="nd-meeting-menu__leading" title={t('participants.leading')} />}
				{t('meeting.menu')}
				{clock && <span className="nd-meeting-menu__clock">{clock}</span>}
			</button>
			{open && (
				<div className="nd-menu__popover nd-meeting-popover" role="dialog" aria-label={t('meeting.menu')}>
					<MeetingMinutesMenuItems onChosen={close} />
					<FollowMeButton />
					<TimerPanel />
				</div>
			)}
		</div>
	)
}
