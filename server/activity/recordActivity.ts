import { LINK_TYPES, type LinkMeta } from '../../shared/domain/cardProps'
import { jsonEqual } from '../../shared/jsonEqual'
import type { ActivityDraft } from './ActivityDraft'
import type { BindingSummary, CardSummary, RecordSummary } from './summarizeRecord'

/** One record a transaction changed: its summary before and after (null: absent, or not followed). */
export interface RecordChange {
	id: string
	before: RecordSummary | null
	after: RecordSummary | null
}

/** The board as it was before, or is after, a transaction. */
export interface BoardView {
	summaryOf(id: string): RecordSummary | null
	/** The arrow bindings of an arrow. */
	bindingsOf(arrowId: string): BindingSummary[]
}

/** Target type of a link entry (a card entry's is its kind: need, resource, actor, project). */
export const LINK_TARGET_TYPE = 'link'

/** Prop keys reported under another name: a resize is one `size` change. */
const FIELD_NAMES: Readonly<Record<string, string>> = { w: 'size', h: 'size' }

const LINK_FIELDS: readonly (keyof LinkMeta)[] = ['type', 'mechanism', 'strategy', 'quantity', 'unit', 'note']

/** The fields that differ between two states of a card: prop keys, `size`, `position`, `isLocked`. */
export function cardChangedFields(before: CardSummary, after: CardSummary): string[] {
	const fields = new Set<string>()
	if (before.type !== after.type) fields.add('type')
	const keys = new Set([...Object.keys(after.props), ...Object.keys(before.props)])
	for (const key of keys) {
		if (!jsonEqual(before.props[key], after.props[key])) fields.add(FIELD_NAMES[key] ?? key)
	}
	if (!jsonEqual(before.position, after.position)) fields.add('position')
	if (!jsonEqual(before.isLocked, after.isLocked)) fields.add('isLocked')
	return [...fields]
}

/** The fields of a link's match data (`meta.link`) that differ. */
export function linkChangedFields(before: LinkMeta, after: LinkMeta): string[] {
	return LINK_FIELDS.filter((f) => !jsonEqual(before[f], after[f]))
}

/** "需求 A → 资源 B": the titles of the cards a link's arrow is bound to, as the view has them. */
export function linkTitle(view: BoardView, arrowId: string): string {
	const end = (terminal: 'start' | 'end') => {
		const binding = view.bindingsOf(arrowId).find((b) => b.terminal === terminal)
		const card = binding ? view.summaryOf(binding.shapeId) : null
		return card?.kind === 'card' ? card.title : ''
	}
	const from = end('start')
	const to = end('end')
	return from === '' && to === '' ? '' : `${from} → ${to}`
}

const cardOf = (s: RecordSummary | null): CardSummary | null => (s?.kind === 'card' ? s : null)
const linkOf = (s: RecordSummary | null): LinkMeta | null =>
	s?.kind === 'arrow' && s.link && (LINK_TYPES as readonly string[]).includes(s.link.type) ? s.link : null

/**
 * What a transaction did to cards and links, from the summaries of the records it changed
 * (pure): cards created, edited (which fields) or deleted, links made (an arrow's
 * `meta.link` appears), edited (its fields) or deleted (it goes, or its arrow does). A
 * record rewritten with the values it had produces nothing; moving a link's arrow does not
 * count (it follows its cards). A deleted card or link keeps its title from `before`.
 */
export function recordActivity(changes: readonly RecordChange[], before: BoardView, after: BoardView): ActivityDraft[] {
	const out: ActivityDraft[] = []
	for (const { id, before: was, after: is } of changes) {
		const cardBefore = cardOf(was)
		const cardAfter = cardOf(is)
		if (cardAfter && !cardBefore) {
			out.push({
				kind: 'card_created',
				targetId: id,
				targetType: cardAfter.type,
				targetTitle: cardAfter.title,
				fields: [],
			})
		} else if (cardBefore && !cardAfter) {
			out.push({
				kind: 'card_deleted',
				targetId: id,
				targetType: cardBefore.type,
				targetTitle: cardBefore.title,
				fields: [],
			})
		} else if (cardBefore && cardAfter) {
			const fields = cardChangedFields(cardBefore, cardAfter)
			if (fields.length > 0) {
				out.push({
					kind: 'card_edited',
					targetId: id,
					targetType: cardAfter.type,
					targetTitle: cardAfter.title,
					fields,
				})
			}
		}
		const linkBefore = linkOf(was)
		const linkAfter = linkOf(is)
		if (linkAfter && !linkBefore) {
			out.push({
				kind: 'link_made',
				targetId: id,
				targetType: LINK_TARGET_TYPE,
				targetTitle: linkTitle(after, id),
				fields: [],
			})
		} else if (linkBefore && !linkAfter) {
			out.push({
				kind: 'link_deleted',
				targetId: id,
				targetType: LINK_TARGET_TYPE,
				targetTitle: linkTitle(before, id),
				fields: [],
			})
		} else if (linkBefore && linkAfter) {
			const fields = linkChangedFields(linkBefore, linkAfter)
			if (fields.length > 0) {
				out.push({
					kind: 'link_edited',
					targetId: id,
					targetType: LINK_TARGET_TYPE,
					targetTitle: linkTitle(after, id),
					fields,
				})
			}
		}
	}
	return out
}
