import type { CardKind, LinkMeta } from '../domain/cardProps'
import { validateLinkMeta } from '../domain/cardValidators'
import type { ArrowBindingLike } from '../domain/deriveLink'
import { LINK_META_KEY, linkForArrow } from '../domain/deriveLink'
import type { PlanWarning } from './planTypes'

/** The least a record must have: what tldraw and the Y.Doc layout both guarantee. */
export interface PlanInputRecord {
	readonly id: string
	readonly typeName: string
}

/** A valid link between two existing cards, before titles are attached. */
export interface CollectedLink {
	/** The arrow's id. */
	id: string
	fromId: string
	toId: string
	fromKind: CardKind
	toKind: CardKind
	meta: LinkMeta
}

function field(rec: PlanInputRecord, key: string): unknown {
	return (rec as unknown as Record<string, unknown>)[key]
}

function asBinding(rec: PlanInputRecord): ArrowBindingLike | null {
	if (rec.typeName !== 'binding' || field(rec, 'type') !== 'arrow') return null
	const fromId = field(rec, 'fromId')
	const toId = field(rec, 'toId')
	const props = field(rec, 'props')
	if (typeof fromId !== 'string' || typeof toId !== 'string') return null
	const terminal = typeof props === 'object' && props !== null ? (props as { terminal?: unknown }).terminal : undefined
	return { typeName: 'binding', type: 'arrow', fromId, toId, props: { terminal } }
}

function linkMetaOf(rec: PlanInputRecord): unknown {
	const meta = field(rec, 'meta')
	if (typeof meta !== 'object' || meta === null) return undefined
	return (meta as Record<string, unknown>)[LINK_META_KEY]
}

/**
 * The valid links among `records`: arrows whose `meta.link` is a valid LinkMeta and whose
 * two arrow bindings point to existing cards of kinds that make exactly that link type
 * (re-derived with `linkForArrow`). Arrows with a `meta.link` that fails any of that are
 * left out and reported: `linkDangling` (an end unbound or bound to a missing card) or
 * `linkMismatch` (invalid meta, or a type the cards' kinds disagree with). Plain arrows
 * (no `meta.link`) are ignored silently. `cardKinds` maps every card id to its kind.
 */
export function collectLinks(
	records: Iterable<PlanInputRecord>,
	cardKinds: ReadonlyMap<string, CardKind>,
): { links: CollectedLink[]; warnings: PlanWarning[] } {
	const arrows: PlanInputRecord[] = []
	const bindingsByArrow = new Map<string, ArrowBindingLike[]>()
	for (const rec of records) {
		if (rec.typeName === 'shape' && field(rec, 'type') === 'arrow') {
			const link = linkMetaOf(rec)
			if (link !== undefined && link !== null) arrows.push(rec)
			continue
		}
		const b = asBinding(rec)
		if (!b) continue
		const list = bindingsByArrow.get(b.fromId)
		if (list) list.push(b)
		else bindingsByArrow.set(b.fromId, [b])
	}

	const links: CollectedLink[] = []
	const warnings: PlanWarning[] = []
	for (const arrow of arrows) {
		const bindings = bindingsByArrow.get(arrow.id) ?? []
		const meta = validateLinkMeta(linkMetaOf(arrow))
		const derived = linkForArrow(arrow.id, bindings, cardKinds)
		if (derived === null) {
			const ends = bindings.filter((b) => b.props.terminal === 'start' || b.props.terminal === 'end')
			const bothOnCards =
				ends.some((b) => b.props.terminal === 'start' && cardKinds.has(b.toId)) &&
				ends.some((b) => b.props.terminal === 'end' && cardKinds.has(b.toId))
			warnings.push(
				bothOnCards
					? {
							code: 'linkMismatch',
							severity: 'warning',
							cardId: arrow.id,
							message: {
								zh: '一条连线连接的两张卡片不构成匹配关系，已忽略',
								en: 'A link joins two cards that make no match; it is ignored',
							},
						}
					: {
							code: 'linkDangling',
							severity: 'warning',
							cardId: arrow.id,
							message: {
								zh: '一条连线的端点没有连到卡片（或卡片已删除），已忽略',
								en: 'A link has an end that is not attached to a card (or the card was deleted); it is ignored',
							},
						},
			)
			continue
		}
		if (meta === null || meta.type !== derived.type) {
			warnings.push({
				code: 'linkMismatch',
				severity: 'warning',
				cardId: arrow.id,
				message: {
					zh: '一条连线的匹配数据与所连卡片的类型不符，已忽略',
					en: 'A link’s match data does not fit the kinds of the cards it joins; it is ignored',
				},
			})
			continue
		}
		const fromKind = cardKinds.get(derived.fromId)
		const toKind = cardKinds.get(derived.toId)
		if (!fromKind || !toKind) continue
		links.push({ id: arrow.id, fromId: derived.fromId, toId: derived.toId, fromKind, toKind, meta })
	}
	return { links, warnings }
}
