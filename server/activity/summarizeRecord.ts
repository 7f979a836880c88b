import { type CardKind, isCardKind, type LinkMeta } from '../../shared/domain/cardProps'
import { validateLinkMeta } from '../../shared/domain/cardValidators'
import { LINK_META_KEY } from '../../shared/domain/deriveLink'
import type { PlainRecord } from '../../shared/ydocLayout'

/** What the activity log needs to know of a card: its kind, title and the values an edit may change. */
export interface CardSummary {
	kind: 'card'
	type: CardKind
	title: string
	props: Record<string, unknown>
	/** x, y, rotation and the parent (frame or page): where the card is. */
	position: unknown[]
	isLocked: unknown
}

/** An arrow: a link between two cards while its `meta.link` is valid. */
export interface ArrowSummary {
	kind: 'arrow'
	link: LinkMeta | null
}

/** An arrow binding: which card an arrow's end is bound to. */
export interface BindingSummary {
	kind: 'binding'
	arrowId: string
	shapeId: string
	terminal: 'start' | 'end' | null
}

/** A frame (a vote may be limited to one): its name. */
export interface FrameSummary {
	kind: 'frame'
	title: string
}

export type RecordSummary = CardSummary | ArrowSummary | BindingSummary | FrameSummary

function plainObject(v: unknown): Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {}
}

/** The summary of a record the activity log follows (cards, arrows, arrow bindings, frames), or null for any other. */
export function summarizeRecord(rec: PlainRecord | null): RecordSummary | null {
	if (!rec) return null
	if (rec.typeName === 'shape') {
		const props = plainObject(rec.props)
		if (isCardKind(rec.type)) {
			return {
				kind: 'card',
				type: rec.type,
				title: typeof props.title === 'string' ? props.title : '',
				props,
				position: [rec.x, rec.y, rec.rotation, rec.parentId],
				isLocked: rec.isLocked,
			}
		}
		if (rec.type === 'arrow') return { kind: 'arrow', link: validateLinkMeta(plainObject(rec.meta)[LINK_META_KEY]) }
		if (rec.type === 'frame') return { kind: 'frame', title: typeof props.name === 'string' ? props.name : '' }
		return null
	}
	if (rec.typeName === 'binding' && rec.type === 'arrow') {
		const terminal = plainObject(rec.props).terminal
		return {
			kind: 'binding',
			arrowId: String(rec.fromId),
			shapeId: String(rec.toId),
			terminal: terminal === 'start' || terminal === 'end' ? terminal : null,
		}
	}
	return null
}
