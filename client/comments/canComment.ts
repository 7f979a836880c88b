import type { Role } from '../../shared/protocol'

/** Whether `role` may write comments: 参会 and up always, a viewer only while the facilitator allows it. */
export function canComment(role: Role, viewersAllowed: boolean): boolean {
	return role !== 'viewer' || viewersAllowed
}

/** Whether `role` may edit or delete a comment by `authorUserId` (the author; the facilitator may delete any). */
export function canChangeComment(
	action: 'edit' | 'delete',
	role: Role,
	myUserId: string | null,
	authorUserId: string,
): boolean {
	if (myUserId !== null && myUserId === authorUserId) return true
	return action === 'delete' && role === 'facilitator'
}
