import {
	type TLArrowBinding,
	type TLArrowShape,
	type TLBindingId,
	type TLDefaultColorStyle,
	type TLParentId,
	type TLShapeId,
	toRichText,
} from '@tldraw/tlschema'
import type { IndexKey } from '@tldraw/utils'
import type { LinkMeta } from './cardProps'
import { LINK_META_KEY, linkLabel } from './deriveLink'

/** The key of an arrow's `meta` holding the label text (as the client and the templates write it). */
export const LINK_LABEL_META_KEY = 'linkLabel'

/** Arrow colours, as the templates draw them: by mechanism for allocations, by type otherwise. */
const LINK_COLORS: Readonly<Record<string, TLDefaultColorStyle>> = {
	administrative: 'red',
	social: 'green',
	market: 'blue',
	allocation: 'black',
	serves: 'violet',
	provides: 'grey',
}

/** A card an arrow joins: its id and page box. */
export interface LinkEnd {
	readonly id: TLShapeId
	readonly x: number
	readonly y: number
	readonly w: number
	readonly h: number
}

/** What `buildLinkArrow` needs besides the two ends. */
export interface LinkArrowSpec {
	readonly arrowId: TLShapeId
	readonly startBindingId: TLBindingId
	readonly endBindingId: TLBindingId
	readonly pageId: TLParentId
	readonly index: IndexKey
	readonly link: LinkMeta
	/** The language of the label drawn on the arrow. */
	readonly lang: 'zh' | 'en'
}

function binding(id: TLBindingId, arrowId: TLShapeId, cardId: TLShapeId, terminal: 'start' | 'end'): TLArrowBinding {
	return {
		id,
		typeName: 'binding',
		type: 'arrow',
		fromId: arrowId,
		toId: cardId,
		props: { terminal, normalizedAnchor: { x: 0.5, y: 0.5 }, isExact: false, isPrecise: false, snap: 'none' },
		meta: {},
	}
}

/**
 * A link between two cards as the board draws it: an arrow on the page from the
 * centre of `from` to the centre of `to`, its two arrow bindings, `meta.link` and the
 * label (`linkLabel`) as its text and as `meta.linkLabel` — the records
 * `TemplateBuilder.link` makes.
 */
export function buildLinkArrow(
	from: LinkEnd,
	to: LinkEnd,
	spec: LinkArrowSpec,
): [TLArrowShape, TLArrowBinding, TLArrowBinding] {
	const label = linkLabel(spec.link, spec.lang)
	const start = { x: from.x + from.w / 2, y: from.y + from.h / 2 }
	const end = { x: to.x + to.w / 2, y: to.y + to.h / 2 }
	const { type, mechanism, strategy, quantity, unit, note } = spec.link
	const arrow: TLArrowShape = {
		id: spec.arrowId,
		typeName: 'shape',
		type: 'arrow',
		x: start.x,
		y: start.y,
		rotation: 0,
		index: spec.index,
		parentId: spec.pageId,
		isLocked: false,
		opacity: 1,
		props: {
			kind: 'arc',
			labelColor: 'black',
			color: LINK_COLORS[mechanism || type] ?? 'black',
			fill: 'none',
			dash: 'solid',
			size: 's',
			arrowheadStart: 'none',
			arrowheadEnd: 'arrow',
			font: 'sans',
			start: { x: 0, y: 0 },
			end: { x: end.x - start.x, y: end.y - start.y },
			bend: 0,
			richText: toRichText(label),
			labelPosition: 0.5,
			scale: 1,
			elbowMidPoint: 0.5,
		},
		meta: { [LINK_META_KEY]: { type, mechanism, strategy, quantity, unit, note }, [LINK_LABEL_META_KEY]: label },
	}
	return [
		arrow,
		binding(spec.startBindingId, spec.arrowId, from.id, 'start'),
		binding(spec.endBindingId, spec.arrowId, to.id, 'end'),
	]
}
