import { useTranslation } from 'react-i18next'
import { formatClock, remainingMs, TIME_UP_SHOWN_MS, timerDisplay } from '../../shared/meeting/timer'
import { serverNow } from './serverClock'
import { useServerNow } from './useServerNow'
import { useTimerState } from './useTimerState'
import { useTimeUpChime } from './useTimeUpChime'

/**
 * The shared countdown everyone sees over the canvas: the remaining time (ticking four
 * times a second while running), "paused", or — at zero — "time's up" with a gentle
 * pulse and, for those who watched it run, a soft chime; "time's up" goes after a minute
 * (timerDisplay), so it never stays on screen, after a reload either. `folded`: the small version in
 * the top bar while a phone's bottom sheet is open.
 */
export function TimerChip({ folded = false }: { folded?: boolean }) {
	const { t } = useTranslation()
	const state = useTimerState()
	// Ticks until "time's up" has been shown for its minute, then stops.
	const ticking = state?.status === 'running' && state.endsAt + TIME_UP_SHOWN_MS > serverNow()
	const now = useServerNow(ticking)
	const status = timerDisplay(state, now)
	useTimeUpChime(state, status === 'timeup')
	if (!state || status === 'hidden') return null
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
