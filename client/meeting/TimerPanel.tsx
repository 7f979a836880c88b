import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TimerState } from '../../shared/meeting/meetingLayout'
import { MEETING_TIMER_KEY } from '../../shared/meeting/meetingLayout'
import {
	addTime,
	formatClock,
	isTimeUp,
	pauseTimer,
	remainingMs,
	resetTimer,
	resumeTimer,
	startTimer,
} from '../../shared/meeting/timer'
import { useBoardContext } from '../board/BoardContext'
import { parseDurationInput } from './parseDurationInput'
import { serverNow } from './serverClock'
import { useServerNow } from './useServerNow'
import { useTimerState } from './useTimerState'
import { writeMeetingAsFacilitator } from './writeMeetingAsFacilitator'

const PRESET_MINUTES = [1, 3, 5, 10] as const
const MINUTE = 60_000

/** The shared countdown's controls, for a facilitator: presets, a custom length, start/pause/resume/reset, +1 min. */
export function TimerPanel() {
	const { t } = useTranslation()
	const { doc, role } = useBoardContext()
	const state = useTimerState()
	const [minutes, setMinutes] = useState('5')
	const inputId = useId()
	const running = state?.status === 'running' && state.endsAt > serverNow()
	const now = useServerNow(running)

	const write = (next: TimerState) => writeMeetingAsFacilitator(doc, role, MEETING_TIMER_KEY, next)
	const customMs = parseDurationInput(minutes)
	const active = state !== null && state.status !== 'idle'
	const timeUp = state !== null && isTimeUp(state, now)
	const clock = formatClock(state ? remainingMs(state, now) : 5 * MINUTE)

	return (
		<section className="nd-timer-panel" aria-label={t('meeting.timerTitle')} data-testid="timer-panel">
			<div className="nd-timer-panel__head">
				<strong>{t('meeting.timerTitle')}</strong>
				<span className="nd-timer-panel__clock">
					{clock}
					{timeUp ? ` · ${t('meeting.timeUp')}` : state?.status === 'paused' ? ` · ${t('meeting.timerPaused')}` : ''}
				</span>
			</div>
			<div className="nd-timer-panel__presets">
				{PRESET_MINUTES.map((m) => (
					<button
						key={m}
						type="button"
						className="nd-button"
						aria-label={t('meeting.presetHint', { minutes: m })}
						data-testid={`timer-preset-${m}`}
						onClick={() => write(startTimer(m * MINUTE, serverNow()))}
					>
						{t('meeting.preset', { minutes: m })}
					</button>
				))}
			</div>
			<form
				className="nd-timer-panel__custom"
				onSubmit={(e) => {
					e.preventDefault()
					if (customMs !== null) write(startTimer(customMs, serverNow()))
				}}
			>
				<label htmlFor={inputId}>{t('meeting.customMinutes')}</label>
				<input
					id={inputId}
					className="nd-input"
					type="text"
					inputMode="decimal"
					autoComplete="off"
					placeholder={t('meeting.customPlaceholder')}
					value={minutes}
					aria-invalid={customMs === null}
					data-testid="timer-minutes"
					onChange={(e) => setMinutes(e.target.value)}
				/>
				<button
					type="submit"
					className="nd-button nd-button--primary"
					disabled={customMs === null}
					data-testid="timer-start"
				>
					{t('meeting.start')}
				</button>
			</form>
			{customMs === null && <p className="nd-error nd-timer-panel__problem">{t('meeting.minutesRange')}</p>}
			{active && state && (
				<div className="nd-timer-panel__actions">
					{state.status === 'running' && !timeUp && (
						<button
							type="button"
							className="nd-button"
							data-testid="timer-pause"
							onClick={() => write(pauseTimer(state, serverNow()))}
						>
							{t('meeting.pause')}
						</button>
					)}
					{state.status === 'paused' && state.remainingMs > 0 && (
						<button
							type="button"
							className="nd-button"
							data-testid="timer-resume"
							onClick={() => write(resumeTimer(state, serverNow()))}
						>
							{t('meeting.resume')}
						</button>
					)}
					<button
						type="button"
						className="nd-button"
						title={t('meeting.addMinuteHint')}
						data-testid="timer-add-minute"
						onClick={() => write(addTime(state, MINUTE, serverNow()))}
					>
						{t('meeting.addMinute')}
					</button>
					<button
						type="button"
						className="nd-button"
						data-testid="timer-reset"
						onClick={() => write(resetTimer(state))}
					>
						{t('meeting.reset')}
					</button>
				</div>
			)}
		</section>
	)
}
