import { useEffect, useRef } from 'react'
import type { TimerState } from '../../shared/meeting/meetingLayout'
import { playChime } from './chime'
import { shouldChime, timerRunKey } from './timeUpRun'

/** Chimes once when a run of the countdown this client watched reaches zero. */
export function useTimeUpChime(state: TimerState | null, timeUp: boolean): void {
	const runKey = timerRunKey(state)
	const seen = useRef<string | null>(null)
	const chimed = useRef<string | null>(null)
	useEffect(() => {
		if (runKey !== null && !timeUp) seen.current = runKey
		if (shouldChime(runKey, timeUp, seen.current, chimed.current)) {
			chimed.current = runKey
			playChime()
		}
	}, [runKey, timeUp])
}
