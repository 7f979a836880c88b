import type { Request } from 'express'
import { DISPLAY_NAME_HEADER } from '../../shared/activity/activityTypes'
import type { Access } from '../auth/resolveAccess'
import { HttpError } from '../rest/httpError'
import type { ActivityActorRef } from './ActivityLog'
import { nameFromHeader } from './displayName'

/**
 * Who makes a REST call, for the activity log: the link of its token (label read from
 * storage when written; the admin token has none) and the display name in
 * DISPLAY_NAME_HEADER (URI-encoded, self-declared; cut to MAX_ACTIVITY_NAME_LENGTH).
 * A header that cannot be decoded or holds control characters → 400 invalid_display_name.
 */
export function requestActor(req: Request, access: Access, fallbackName = ''): ActivityActorRef {
	const header = nameFromHeader(req.headers[DISPLAY_NAME_HEADER])
	if ('problem' in header) {
		throw new HttpError(400, 'invalid_display_name', `Header ${DISPLAY_NAME_HEADER} ${header.problem}`)
	}
	return {
		linkId: access.linkId,
		...(access.linkId === null ? { linkLabel: '' } : {}),
		role: access.role,
		name: header.name || fallbackName,
	}
}
