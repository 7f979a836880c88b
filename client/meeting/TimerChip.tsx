import { useTranslation } from 'react-i18next'
import { formatClock, isTimeUp, remainingMs } from '../../shared/meeting/timer'
import { serverNow } from './serverClock'
import { useServerNow } from './useServerNow'
import { useTimerState } from './useTimerState'
import { useTimeUpChime } from './useTimeUpChime'

/**
 * The shared countdown everyone sees over the canvas: the remaining time (ticking four
 * times a second while running), "paused", or — at zero — "time's up" with a gentle
 * pulse and, for those who watched it run, a soft chime. `folded`: the small version in
 * the top bar while a phone's bottom sheet is open.
 */
export function TimerChip({ folded = false }: { folded?: boolean }) {
	const { t } = useTranslation()
	const state = useTimerState()
	const ticking = state?.status === 'running' && state.endsAt > serverNow()
	const now = useServerNow(ticking)
	const timeUp = state ? isTimeUp(state, now) : false
	useTimeUpChime(state, timeUp)
	if (!state || state.status === 'idle') return null
	const status = timeUp ? 'timeup' : state.status
	const clock = formatClock(remainingMs(state, now))
	return (
		<div
			className={`nd-timer-chip nd-timer-chip--${status}${folded ? ' nd-timer-chip--folded' : ''}`}
			data-testid="meeting-timer"
			data-status={status}
			role="timer"
			aria-label={t('meeting.timerLabel')}
		>
			<svg className="nd-timer-chip__icon" viewBox="0 0 24 24" aria-hidden="true">
				<circle cx="12" cy="13" r="8" fill="none" stroke="currentColor" strokeWidth="2" />
				<path d="M12 9v4l2.5 2.5M9.5 2.5h5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
			</svg>
			<span className="nd-timer-chip__clock" data-testid="meeting-timer-clock">
				{clock}
			</span>
			<span className="nd-timer-chip__status" aria-live="polite">
				{status === 'timeup' ? t('meeting.timeUp') : status === 'paused' ? t('meeting.timerPaused') : ''}
			</span>
		</div>
	)
}
