import type { NextFunction, Request, RequestHandler, Response } from 'express'
import { HttpError } from '../rest/httpError'
import { type AuthDeps, isAdminToken } from './resolveAccess'
import { tokenFromRequest } from './tokens'

/** Who may create boards (plain and by import): `open` anyone, `token` only the admin token. */
export const CREATE_POLICIES = ['open', 'token'] as const

/** One of `CREATE_POLICIES`. */
export type CreatePolicy = (typeof CREATE_POLICIES)[number]

/** The policy when none is set: a community centre's closed LAN. */
export const DEFAULT_CREATE_POLICY: CreatePolicy = 'open'

/** The error code of a creation refused by the `token` policy (the client shows its own text for it). */
export const CREATION_RESTRICTED = 'creation_restricted'

/** `CREATE_POLICY` from the environment (unset or empty: the default); throws for anything else. */
export function createPolicyFromEnv(raw: string | undefined): CreatePolicy {
	if (raw === undefined || raw === '') return DEFAULT_CREATE_POLICY
	if ((CREATE_POLICIES as readonly string[]).includes(raw)) return raw as CreatePolicy
	throw new Error(`CREATE_POLICY must be one of ${CREATE_POLICIES.join(', ')}, got "${raw}"`)
}

/**
 * Middleware of the routes that create boards. With the `token` policy the request must
 * carry the admin token (`Authorization: Bearer` or `?t=`): none → 401, another token
 * → 403, both `creation_restricted`. With `open` (the default) anyone may create.
 * Runs before the body is read.
 */
export function requireCreator(deps: AuthDeps & { createPolicy?: CreatePolicy }): RequestHandler {
	return (req: Request, _res: Response, next: NextFunction) => {
		if ((deps.createPolicy ?? DEFAULT_CREATE_POLICY) === 'open') {
			next()
			return
		}
		const token = tokenFromRequest(req.headers, req.originalUrl)
		if (!token) {
			throw new HttpError(
				401,
				CREATION_RESTRICTED,
				'Creating boards on this server needs the admin token (CREATE_POLICY=token); send it as Authorization: Bearer <token>',
			)
		}
		if (!isAdminToken(deps, token)) {
			throw new HttpError(
				403,
				CREATION_RESTRICTED,
				'Creating boards on this server needs the admin token (CREATE_POLICY=token); the token sent is not it',
			)
		}
		next()
	}
}
