import { atom, react, type TLUserId, useEditor, useValue } from '@tldraw/tldraw'
import { useEffect } from 'react'
import type { FollowRequest } from '../../shared/meeting/meetingLayout'
import { $currentUser } from '../user/currentUser'
import { type FollowBannerMode, followBannerMode } from './followBannerMode'
import { useFollowRequestValue } from './useFollowRequestValue'

/** Follow request ids this participant stopped following (for this page's life). */
const $dismissed = atom<ReadonlySet<string>>('dismissed follow requests', new Set())

function setDismissed(id: string, dismissed: boolean): void {
	const next = new Set($dismissed.get())
	if (dismissed) next.add(id)
	else next.delete(id)
	$dismissed.set(next)
}

export interface FollowFacilitator {
	request: FollowRequest
	mode: FollowBannerMode
	/** How many participants follow me (when I lead). */
	followers: number
	stop(): void
	followAgain(): void
}

/**
 * Makes this participant's view follow the facilitator who asked everyone to follow,
 * once the facilitator is present; stops when the request ends. A participant who
 * stops (the banner's button, dragging the canvas — tldraw then stops following — or
 * following someone else) is not pulled back by the same request; a facilitator who
 * drops out and comes back is followed again.
 */
export function useFollowFacilitator(): FollowFacilitator | null {
	const editor = useEditor()
	const request = useFollowRequestValue()
	const myUserId = useValue('my user id', () => $currentUser.get()?.id ?? null, [])
	const dismissed = useValue('dismissed', () => (request ? $dismissed.get().has(request.id) : false), [request])
	const followingUserId = useValue('following user', () => editor.getInstanceState().followingUserId, [editor])
	const followers = useValue(
		'my followers',
		() => (myUserId ? editor.getCollaborators().filter((c) => c.followingUserId === myUserId).length : 0),
		[editor, myUserId],
	)
	const isLeader = request !== null && request.userId === myUserId

	useEffect(() => {
		if (!request || isLeader || dismissed || myUserId === null) return
		const leaderId = request.userId as TLUserId
		let engaged = false
		let scheduled = false
		let disposed = false
		const stopReact = react('follow the facilitator', () => {
			const following = editor.getInstanceState().followingUserId
			const present = editor.getCollaborators().some((c) => c.userId === leaderId)
			if (following === leaderId) {
				engaged = true
				return
			}
			if (engaged) {
				engaged = false
				// The leader is still here, so the person moved away themselves.
				if (present) {
					queueMicrotask(() => setDismissed(request.id, true))
					return
				}
			}
			if (!present || scheduled) return
			scheduled = true
			queueMicrotask(() => {
				if (!disposed && editor.getInstanceState().followingUserId !== leaderId) editor.startFollowingUser(leaderId)
				scheduled = false
			})
		})
		return () => {
			disposed = true
			stopReact()
			if (editor.getInstanceState().followingUserId === leaderId) editor.stopFollowingUser()
		}
	}, [editor, request, isLeader, dismissed, myUserId])

	if (!request) return null
	return {
		request,
		mode: followBannerMode({ request, myUserId, followingUserId, dismissed }),
		followers,
		stop: () => setDismissed(request.id, true),
		followAgain: () => setDismissed(request.id, false),
	}
}
