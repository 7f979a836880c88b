import type { FollowRequest } from '../../shared/meeting/meetingLayout'

/**
 * What the follow banner shows about a follow request:
 * - `leading`: I made the request (everyone follows me);
 * - `following`: my view follows the requester;
 * - `waiting`: I should follow but the requester's view has not reached me yet;
 * - `stopped`: I stopped following this request (and may follow again).
 */
export type FollowBannerMode = 'leading' | 'following' | 'waiting' | 'stopped'

export interface FollowBannerInput {
	request: FollowRequest
	/** My tldraw user id. */
	myUserId: string | null
	/** Whom tldraw says my view follows now. */
	followingUserId: string | null
	/** True when I stopped following this request id. */
	dismissed: boolean
}

/** The banner's mode; tldraw's own following state wins, so the banner never claims what the camera does not do. */
export function followBannerMode({
	request,
	myUserId,
	followingUserId,
	dismissed,
}: FollowBannerInput): FollowBannerMode {
	if (myUserId !== null && request.userId === myUserId) return 'leading'
	if (followingUserId === request.userId) return 'following'
	return dismissed ? 'stopped' : 'waiting'
}
