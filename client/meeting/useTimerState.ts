import type { TimerState } from '../../shared/meeting/meetingLayout'
import { MEETING_TIMER_KEY } from '../../shared/meeting/meetingLayout'
import { parseTimerState } from '../../shared/meeting/timer'
import { useMeetingMap } from './useMeetingMap'
import { useYMapValue } from './useYMapValue'

/** The shared countdown as the meeting map holds it, or null before anyone set one. */
export function useTimerState(): TimerState | null {
	return useYMapValue(useMeetingMap(), MEETING_TIMER_KEY, parseTimerState)
}
