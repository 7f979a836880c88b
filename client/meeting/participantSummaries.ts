import type { TLInstancePresence, TLUserId } from '@tldraw/tldraw'
import type { Role } from '../../shared/protocol'
import { presenceRole } from './presenceRole'

/** What the participants list shows of one peer. */
export interface ParticipantSummary {
	id: string
	userId: TLUserId
	name: string
	color: string
	role: Role | null
}

const ROLE_ORDER: Record<string, number> = { facilitator: 0, editor: 1, viewer: 2 }

/**
 * The participants list rows from the collaborators' presence records: facilitators
 * first, then editors, viewers and people of unknown role, each group by name. Only
 * what the list shows is kept, so the list does not re-render when someone's cursor moves.
 */
export function participantSummaries(presences: readonly TLInstancePresence[]): ParticipantSummary[] {
	return presences
		.map((p) => ({ id: p.id, userId: p.userId, name: p.userName, color: p.color, role: presenceRole(p.meta) }))
		.sort(
			(a, b) =>
				(ROLE_ORDER[a.role ?? ''] ?? 3) - (ROLE_ORDER[b.role ?? ''] ?? 3) ||
				a.name.localeCompare(b.name, 'zh-CN') ||
				a.userId.localeCompare(b.userId),
		)
}
