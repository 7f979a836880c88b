import type { TimerState } from '../../shared/meeting/meetingLayout'

/** Identifies one run of the countdown (a start, a resume or added time makes a new one); null when not running. */
export function timerRunKey(state: TimerState | null): string | null {
	return state?.status === 'running' ? `${state.endsAt}` : null
}

/**
 * Whether to chime now: the run reached zero, this client saw the same run before it
 * reached zero (a late joiner whose timer already ended gets no chime), and it has not
 * chimed for this run yet.
 */
export function shouldChime(
	runKey: string | null,
	timeUp: boolean,
	seenRunningKey: string | null,
	chimedKey: string | null,
): boolean {
	return runKey !== null && timeUp && seenRunningKey === runKey && chimedKey !== runKey
}
