import type { ShareLink } from '../../shared/apiTypes'
import { BOARD_PATH_PREFIX, type Role, TOKEN_QUERY_PARAM } from '../../shared/protocol'
import type { ShareLinkRow, Storage } from '../storage/Storage'
import { generateToken, hashToken, newLinkId } from './tokens'

/** The label of the facilitator link made for whoever creates a board. */
export const CREATOR_LINK_LABEL = '创建者'

/** Makes a share link; the token is returned once and only its hash is stored. */
export async function createShareLink(
	storage: Storage,
	opts: { boardId: string; role: Role; label?: string; expiresAt?: number | null; now?: number },
): Promise<{ row: ShareLinkRow; token: string }> {
	const token = generateToken()
	const row: ShareLinkRow = {
		id: newLinkId(),
		boardId: opts.boardId,
		role: opts.role,
		label: opts.label ?? '',
		tokenHash: hashToken(token),
		createdAt: opts.now ?? Date.now(),
		expiresAt: opts.expiresAt ?? null,
		revokedAt: null,
		lastUsedAt: null,
	}
	await storage.createLink(row)
	return { row, token }
}

/** The path a browser opens with a token: `/b/<id>?t=<token>`. */
export function boardUrlWithToken(boardId: string, token: string): string {
	return `${BOARD_PATH_PREFIX}${boardId}?${TOKEN_QUERY_PARAM}=${encodeURIComponent(token)}`
}

/** The REST shape of a stored link (never its token or hash). */
export function toShareLink(row: ShareLinkRow): ShareLink {
	return {
		id: row.id,
		role: row.role,
		label: row.label,
		createdAt: row.createdAt,
		expiresAt: row.expiresAt,
		lastUsedAt: row.lastUsedAt,
		revokedAt: row.revokedAt,
	}
}
