import { defaultCardProps } from '../domain/cardDefaults'
import type { CardKind, CardPropsByKind, LinkMeta } from '../domain/cardProps'
import { deriveLinkType } from '../domain/deriveLink'
import type { PlainRecord } from '../ydocLayout'
import { type PlanInfo, planInfoMetaKey } from './planInfo'

/**
 * Record builders for plan tests and benchmarks: cards from `defaultCardProps` plus
 * overrides, and link arrows with their two arrow bindings, as plain records.
 */

/** A card record of `kind` with id `shape:<name>` and props overriding the defaults. */
export function cardRecord<K extends CardKind>(
	kind: K,
	name: string,
	props: Partial<CardPropsByKind[K]> = {},
): PlainRecord & { type: K } {
	return {
		id: `shape:${name}`,
		typeName: 'shape',
		type: kind,
		x: 0,
		y: 0,
		rotation: 0,
		index: 'a1',
		parentId: 'page:page',
		isLocked: false,
		opacity: 1,
		meta: {},
		props: { ...defaultCardProps(kind), ...props },
	}
}

/** An arrow binding record of `arrowId`'s `terminal` end to `cardId`. */
export function arrowBinding(arrowId: string, cardId: string, terminal: 'start' | 'end'): PlainRecord {
	return {
		id: `binding:${arrowId.replace(/^shape:/, '')}-${terminal}`,
		typeName: 'binding',
		type: 'arrow',
		fromId: arrowId,
		toId: cardId,
		meta: {},
		props: { terminal, normalizedAnchor: { x: 0.5, y: 0.5 }, isExact: false, isPrecise: false, snap: 'none' },
	}
}

/** Options of `linkRecords`. */
export interface LinkRecordOptions {
	/** Fields of `meta.link` (the type is derived from the cards' kinds unless given). */
	meta?: Partial<LinkMeta> | null
	/** Which ends get a binding; both by default. */
	ends?: 'both' | 'start' | 'end' | 'none'
}

/**
 * An arrow `shape:<name>` from card `from` to card `to` with `meta.link` (type derived
 * from their kinds; a plain arrow when `meta` is null) and its arrow bindings.
 */
export function linkRecords(
	name: string,
	from: { id: string; type: string },
	to: { id: string; type: string },
	opts: LinkRecordOptions = {},
): PlainRecord[] {
	const id = `shape:${name}`
	const type = deriveLinkType(from.type, to.type) ?? 'allocation'
	const meta =
		opts.meta === null
			? {}
			: { link: { type, mechanism: '', quantity: null, unit: '', note: '', ...(opts.meta ?? {}) } }
	const arrow: PlainRecord = {
		id,
		typeName: 'shape',
		type: 'arrow',
		x: 0,
		y: 0,
		rotation: 0,
		index: 'a2',
		parentId: 'page:page',
		isLocked: false,
		opacity: 1,
		meta,
		props: {},
	}
	const ends = opts.ends ?? 'both'
	const out = [arrow]
	if (ends === 'both' || ends === 'start') out.push(arrowBinding(id, from.id, 'start'))
	if (ends === 'both' || ends === 'end') out.push(arrowBinding(id, to.id, 'end'))
	return out
}

/** tldraw's document record with the plan info `info` in its meta (`plan.<field>` keys). */
export function documentRecord(info: Partial<PlanInfo> = {}): PlainRecord {
	const meta: Record<string, unknown> = {}
	for (const [key, value] of Object.entries(info)) meta[planInfoMetaKey(key as keyof PlanInfo)] = value
	return { id: 'document:document', typeName: 'document', gridSize: 10, name: '', meta }
}
