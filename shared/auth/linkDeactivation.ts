import type { Role } from '../protocol'

/** What deciding on a link's deactivation needs to know of it (a stored link or its REST shape). */
export interface LinkState {
	id: string
	role: Role
	expiresAt: number | null
	revokedAt: number | null
}

/** True when the link opens the board at `now`: not deactivated and not expired. */
export function isLinkActive(link: Pick<LinkState, 'expiresAt' | 'revokedAt'>, now: number): boolean {
	return link.revokedAt === null && (link.expiresAt === null || link.expiresAt > now)
}

/** Why a link may not be deactivated (REST error code `last_facilitator_link`). */
export type DeactivationRefusal = 'lastFacilitatorLink'

/**
 * Whether the link `linkId` of a board with `links` may be deactivated at `now`: never
 * the board's last active facilitator link, or nobody could manage the board any more.
 * Null when it may; a link that is already inactive or unknown is not refused here.
 */
export function deactivationRefusal(
	links: readonly LinkState[],
	linkId: string,
	now: number,
): DeactivationRefusal | null {
	const link = links.find((l) => l.id === linkId)
	if (link?.role !== 'facilitator' || !isLinkActive(link, now)) return null
	const others = links.filter((l) => l.id !== linkId && l.role === 'facilitator' && isLinkActive(l, now))
	return others.length === 0 ? 'lastFacilitatorLink' : null
}
