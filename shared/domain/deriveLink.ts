import type { JsonObject } from '@tldraw/utils'
import { LINK_TYPE_LABELS } from './cardFields'
import type { LinkMeta, LinkType } from './cardProps'
import { linkMetaValidator, validateLinkMeta } from './cardValidators'
import { enumLabel, MECHANISMS } from './enums'

/** The key of an arrow's `meta` that holds its `LinkMeta`. */
export const LINK_META_KEY = 'link'

/**
 * What an arrow from a `fromKind` shape to a `toKind` shape means, or null for a plain
 * arrow. Kinds are shape types; null is an unbound end.
 *
 * | from → to            | link         |
 * | -------------------- | ------------ |
 * | resource → need      | `allocation` |
 * | resource → project   | `allocation` |
 * | project → need       | `serves`     |
 * | actor → resource     | `provides`   |
 * | anything else        | null         |
 */
export function deriveLinkType(fromKind: string | null, toKind: string | null): LinkType | null {
	if (fromKind === 'resource' && (toKind === 'need' || toKind === 'project')) return 'allocation'
	if (fromKind === 'project' && toKind === 'need') return 'serves'
	if (fromKind === 'actor' && toKind === 'resource') return 'provides'
	return null
}

/** The fields of a binding record `linkForArrow` reads; a `TLArrowBinding` is one. */
export interface ArrowBindingLike<Id extends string = string> {
	readonly typeName: string
	readonly type: string
	/** The arrow. */
	readonly fromId: Id
	/** The shape the arrow's end is bound to. */
	readonly toId: Id
	readonly props: { readonly terminal?: unknown }
}

/** The type of the shape with an id, or null/undefined when there is no such shape. */
export type ShapeTypeLookup = ReadonlyMap<string, string> | ((id: string) => string | null | undefined)

/** A link between two cards, as drawn by one arrow. */
export interface ArrowLink<Id extends string = string> {
	readonly type: LinkType
	/** The card at the arrow's start. */
	readonly fromId: Id
	/** The card at the arrow's end. */
	readonly toId: Id
}

function lookup(types: ShapeTypeLookup, id: string): string | null {
	const type = typeof types === 'function' ? types(id) : types.get(id)
	return type ?? null
}

/**
 * The link arrow `arrowId` draws, from its arrow bindings among `bindings` (any
 * bindings; others are ignored) and the types of the bound shapes. Null when an end
 * is unbound, bound to a shape that does not exist, or the kinds make no link.
 */
export function linkForArrow<Id extends string>(
	arrowId: Id,
	bindings: Iterable<ArrowBindingLike<Id>>,
	shapeTypeById: ShapeTypeLookup,
): ArrowLink<Id> | null {
	let fromId: Id | null = null
	let toId: Id | null = null
	for (const b of bindings) {
		if (b.typeName !== 'binding' || b.type !== 'arrow' || b.fromId !== arrowId) continue
		if (b.props.terminal === 'start' && fromId === null) fromId = b.toId
		else if (b.props.terminal === 'end' && toId === null) toId = b.toId
	}
	if (fromId === null || toId === null) return null
	const type = deriveLinkType(lookup(shapeTypeById, fromId), lookup(shapeTypeById, toId))
	return type ? { type, fromId, toId } : null
}

function field<K extends keyof LinkMeta, F>(current: unknown, key: K, fallback: F): LinkMeta[K] | F {
	if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) return fallback
	const value: unknown = (current as Record<string, unknown>)[key]
	try {
		return linkMetaValidator.config[key].validate(value)
	} catch {
		return fallback
	}
}

/**
 * The `meta.link` an arrow should have once its link type is `type`, given its current
 * `meta.link` (any value; invalid fields fall back to empty ones). Null when the arrow
 * is not a link. Quantity, unit and note survive a change of type; the mechanism is
 * kept only while the type stays `allocation`, the one type that has a mechanism.
 */
export function nextLinkMeta(current: unknown, type: LinkType | null): LinkMeta | null {
	if (type === null) return null
	const sameType = field(current, 'type', null) === type
	const mechanism = type === 'allocation' && sameType ? field(current, 'mechanism', '' as const) : ''
	return {
		type,
		mechanism,
		strategy: mechanism === '' ? '' : field(current, 'strategy', '' as const),
		quantity: field(current, 'quantity', null),
		unit: field(current, 'unit', ''),
		note: field(current, 'note', ''),
	}
}

/**
 * True when `current` (an arrow's `meta.link`, any value) already is `next`, so a
 * caller writes only when something changed. An absent or null `current` equals null.
 */
export function linkMetaEquals(current: unknown, next: LinkMeta | null): boolean {
	if (next === null) return current === undefined || current === null
	const valid = validateLinkMeta(current)
	return (
		valid !== null &&
		valid.type === next.type &&
		valid.mechanism === next.mechanism &&
		valid.strategy === next.strategy &&
		valid.quantity === next.quantity &&
		valid.unit === next.unit &&
		valid.note === next.note
	)
}

/** `meta` with its `link` set to `link`, or without `link` when null. Does not mutate `meta`. */
export function withLinkMeta(meta: JsonObject, link: LinkMeta | null): JsonObject {
	const { [LINK_META_KEY]: _old, ...rest } = meta
	if (link === null) return rest
	const { type, mechanism, strategy, quantity, unit, note } = link
	return { ...rest, [LINK_META_KEY]: { type, mechanism, strategy, quantity, unit, note } }
}

function formatNumber(value: number, lang: 'zh' | 'en'): string {
	return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 2 }).format(value)
}

/**
 * The short text an arrow shows for its link: the mechanism of an allocation (or
 * 资源配置 / Allocation before one is chosen), the link type otherwise, then the
 * quantity and unit when set — "行政借力 · 50 人", "服务", "Provides · 2 间".
 */
export function linkLabel(meta: LinkMeta, lang: 'zh' | 'en'): string {
	const name =
		meta.type === 'allocation' && meta.mechanism !== ''
			? enumLabel(MECHANISMS, meta.mechanism, lang)
			: LINK_TYPE_LABELS[meta.type][lang]
	if (meta.quantity === null) return name
	const amount = formatNumber(meta.quantity, lang)
	const unit = meta.unit.trim()
	return `${name} · ${unit ? `${amount} ${unit}` : amount}`
}
