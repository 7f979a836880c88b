import { parseFollowRequest } from '../../shared/meeting/follow'
import type { FollowRequest } from '../../shared/meeting/meetingLayout'
import { MEETING_FOLLOW_KEY } from '../../shared/meeting/meetingLayout'
import { useMeetingMap } from './useMeetingMap'
import { useYMapValue } from './useYMapValue'

/** The facilitator's current "everyone follow me" request, or null. */
export function useFollowRequestValue(): FollowRequest | null {
	return useYMapValue(useMeetingMap(), MEETING_FOLLOW_KEY, parseFollowRequest)
}
