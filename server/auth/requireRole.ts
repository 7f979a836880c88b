import type { NextFunction, Request, RequestHandler, Response } from 'express'
import { roleAtLeast } from '../../shared/auth/permissions'
import type { Role } from '../../shared/protocol'
import { HttpError } from '../rest/httpError'
import { type Access, type AuthDeps, resolveAccess } from './resolveAccess'
import { tokenFromRequest } from './tokens'

/** The access `requireRole` put on `res.locals`. */
export function accessOf(res: Response): Access {
	const access = res.locals.access as Access | undefined
	if (!access) throw new Error('accessOf: requireRole did not run for this route')
	return access
}

/**
 * Middleware: the request's token (Bearer header, else `?t=`) must open board
 * `req.params.id` with at least `min`. Puts `{ boardId, role, linkId }` on
 * `res.locals.access`. No or unknown token → 401 `unauthorized`; revoked or expired
 * link → 401 `link_revoked` / `link_expired`; another board or too low a role → 403 `forbidden`.
 */
export function requireRole(deps: AuthDeps, min: Role): RequestHandler {
	return async (req: Request, res: Response, next: NextFunction) => {
		const boardId = String((req.params as Record<string, string>).id ?? '')
		const result = await resolveAccess(deps, boardId, tokenFromRequest(req.headers, req.originalUrl))
		if (!result.ok) {
			throw new HttpError(result.reason === 'forbidden' ? 403 : 401, result.reason, result.message)
		}
		if (!roleAtLeast(result.access.role, min)) {
			throw new HttpError(403, 'forbidden', `This needs a ${min} link; yours is ${result.access.role}`)
		}
		res.locals.access = result.access
		next()
	}
}
