import crypto from 'node:crypto'
import type { Role } from '../../shared/protocol'
import type { Storage } from '../storage/Storage'
import { hashToken, tokensEqual } from './tokens'

/** Who a caller is on one board. */
export interface Access {
	boardId: string
	role: Role
	/** The share link the token belongs to; null for the admin token. */
	linkId: string | null
	/** When the link stops working, or null. */
	expiresAt: number | null
}

/** Why a token does not open a board. */
export type AccessDenied =
	| { reason: 'unauthorized'; message: string }
	| { reason: 'forbidden'; message: string }
	| { reason: 'link_revoked'; message: string }
	| { reason: 'link_expired'; message: string }

export type AccessResult = { ok: true; access: Access } | ({ ok: false } & AccessDenied)

export interface AuthDeps {
	storage: Storage
	/** The server's admin token: facilitator on every board. */
	adminToken?: string
	/** Or only its SHA-256 (hex): the admin token of a cluster, recorded in its database. */
	adminTokenHash?: string
}

/** True when `token` is the admin token of `deps` (compared in constant time). */
function matchesAdmin(deps: AuthDeps, token: string): boolean {
	if (deps.adminTokenHash) {
		const expected = Buffer.from(deps.adminTokenHash, 'hex')
		const given = Buffer.from(hashToken(token), 'hex')
		return expected.length === given.length && crypto.timingSafeEqual(expected, given)
	}
	return Boolean(deps.adminToken && tokensEqual(token, deps.adminToken))
}

/**
 * What `token` may do on `boardId`: the admin token is facilitator everywhere; a share
 * link's token opens only its own board with its role, until it is revoked or expires.
 * Does not check that the board exists.
 */
export async function resolveAccess(
	deps: AuthDeps,
	boardId: string,
	token: string | null,
	now = Date.now(),
): Promise<AccessResult> {
	if (!token) return { ok: false, reason: 'unauthorized', message: 'A link token is required' }
	if (matchesAdmin(deps, token)) {
		return { ok: true, access: { boardId, role: 'facilitator', linkId: null, expiresAt: null } }
	}
	const link = await deps.storage.findLinkByTokenHash(hashToken(token))
	if (!link) return { ok: false, reason: 'unauthorized', message: 'Unknown link token' }
	if (link.revokedAt !== null) return { ok: false, reason: 'link_revoked', message: 'This link was revoked' }
	if (link.expiresAt !== null && link.expiresAt <= now) {
		return { ok: false, reason: 'link_expired', message: 'This link has expired' }
	}
	if (link.boardId !== boardId) {
		return { ok: false, reason: 'forbidden', message: 'This link belongs to another board' }
	}
	await deps.storage.touchLink(link.id, now)
	return { ok: true, access: { boardId, role: link.role, linkId: link.id, expiresAt: link.expiresAt } }
}

/** True when `token` is the admin token. */
export function isAdminToken(deps: AuthDeps, token: string | null): boolean {
	return Boolean(token && matchesAdmin(deps, token))
}
