import type { LinkType } from '../../shared/domain/cardProps'
import { deriveLinkType } from '../../shared/domain/deriveLink'

/** A card as the 连接到… list needs it. */
export interface CandidateCard<Id extends string = string> {
	readonly id: Id
	readonly kind: string
	readonly title: string
}

/** A card the selected card can be linked to, the arrow's direction and the link it makes. */
export interface LinkCandidate<Id extends string = string> {
	readonly card: CandidateCard<Id>
	readonly fromId: Id
	readonly toId: Id
	readonly type: LinkType
	/** A link between the two cards already exists (either way). */
	readonly linked: boolean
}

/**
 * The cards `selected` can be linked to, by the same rule a drawn arrow follows
 * (`deriveLinkType`): resource → need or project, project → need, actor → resource, in
 * whichever direction makes a link; cards of kinds that make none are left out. Ordered
 * by kind as the rule lists them, then by title; `query` keeps the cards whose title
 * contains it (case-insensitive).
 */
export function linkCandidates<Id extends string>(
	selected: CandidateCard<Id>,
	cards: readonly CandidateCard<Id>[],
	linkedPairs: ReadonlySet<string>,
	query = '',
): LinkCandidate<Id>[] {
	const q = query.trim().toLowerCase()
	const out: LinkCandidate<Id>[] = []
	for (const card of cards) {
		if (card.id === selected.id) continue
		if (q && !card.title.toLowerCase().includes(q)) continue
		const forward = deriveLinkType(selected.kind, card.kind)
		const backward = forward ? null : deriveLinkType(card.kind, selected.kind)
		const type = forward ?? backward
		if (!type) continue
		const [fromId, toId] = forward ? [selected.id, card.id] : [card.id, selected.id]
		out.push({ card, fromId, toId, type, linked: linkedPairs.has(pairKey(fromId, toId)) })
	}
	const order = ['need', 'resource', 'project', 'actor']
	return out.sort(
		(a, b) => order.indexOf(a.card.kind) - order.indexOf(b.card.kind) || a.card.title.localeCompare(b.card.title, 'zh'),
	)
}

/** The key of a link between two cards, the same in both directions. */
export function pairKey(a: string, b: string): string {
	return a < b ? `${a}|${b}` : `${b}|${a}`
}
