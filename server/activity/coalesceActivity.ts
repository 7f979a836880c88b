import {
	ACTIVITY_COALESCE_MAX_SPAN_MS,
	ACTIVITY_COALESCE_MS,
	type ActivityKind,
} from '../../shared/activity/activityTypes'
import type { ActivityDraft } from './ActivityDraft'

/** The part of a logged entry coalescing reads and changes. */
export interface CoalescibleEntry {
	kind: ActivityKind
	/** Who (see actorKey). */
	actorKey: string
	at: number
	lastAt: number
	fields: string[]
	targetTitle: string
}

/** The edit kinds, and the creation each may be folded into. */
const EDIT_OF: Partial<Record<ActivityKind, ActivityKind>> = {
	card_edited: 'card_created',
	link_edited: 'link_made',
}

/** Who an actor is for coalescing: link, role and the self-declared name. */
export function actorKey(actor: { linkId: string | null; role: string | null; name: string }): string {
	return JSON.stringify([actor.linkId, actor.role, actor.name])
}

/**
 * True when `draft`, done by `key` at `at`, is merged into `last` — the newest entry of the
 * same target — instead of being a new entry: an edit of a card (link) by the same actor
 * (same link, role and name) following `last` within ACTIVITY_COALESCE_MS, while `last`
 * spans less than ACTIVITY_COALESCE_MAX_SPAN_MS, and `last` is an edit of the same kind or
 * the creation by that actor (creating a card and typing its title is one entry). Anyone
 * else's change of the target in between made a newer entry, so only consecutive edits merge.
 */
export function canCoalesce(last: CoalescibleEntry, draft: ActivityDraft, key: string, at: number): boolean {
	const created = EDIT_OF[draft.kind]
	if (!created || (last.kind !== draft.kind && last.kind !== created)) return false
	return (
		last.actorKey === key && at - last.lastAt <= ACTIVITY_COALESCE_MS && at - last.at <= ACTIVITY_COALESCE_MAX_SPAN_MS
	)
}

/**
 * Merges `draft` (at `at`) into `last`, in place: the fields of both (a creation keeps
 * none), the newest title, the later time.
 */
export function coalesceInto(last: Omit<CoalescibleEntry, 'actorKey'>, draft: ActivityDraft, at: number): void {
	if (last.kind === draft.kind) last.fields = [...new Set([...last.fields, ...draft.fields])]
	last.targetTitle = draft.targetTitle
	last.lastAt = Math.max(last.lastAt, at)
}
