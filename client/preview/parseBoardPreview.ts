import { CARD_KINDS, type CardKind } from '../../shared/domain/cardProps'
import type {
	BoardPreview,
	PreviewBox,
	PreviewCard,
	PreviewFrame,
	PreviewLink,
	PreviewNote,
} from '../../shared/preview/boardPreviewTypes'

/** The most cards, frames or links a preview draws (a larger board shows its loading screen instead). */
export const PREVIEW_MAX_ITEMS = 5000

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

function box(v: Record<string, unknown>): PreviewBox | null {
	const { x, y, w, h } = v
	return isNum(x) && isNum(y) && isNum(w) && isNum(h) && w >= 0 && h >= 0 ? { x, y, w, h } : null
}

const rotation = (v: Record<string, unknown>) => (isNum(v.r) && v.r !== 0 ? { r: v.r } : {})

function list<T>(v: unknown, item: (o: Record<string, unknown>) => T | null): T[] | null {
	if (!Array.isArray(v) || v.length > PREVIEW_MAX_ITEMS) return null
	const out: T[] = []
	for (const o of v) {
		const parsed = isObj(o) ? item(o) : null
		if (parsed === null) return null
		out.push(parsed)
	}
	return out
}

/**
 * The preview in a `GET /api/boards/:id/preview` answer, or null when the answer is not a
 * preview (an older or a newer server): the page then shows its plain loading screen.
 */
export function parseBoardPreview(json: unknown): BoardPreview | null {
	if (!isObj(json)) return null
	const bounds = json.bounds === null ? null : isObj(json.bounds) ? box(json.bounds) : undefined
	if (bounds === undefined || (json.bounds !== null && bounds === null)) return null
	const frames = list<PreviewFrame>(json.frames, (o) => {
		const b = box(o)
		return b && typeof o.id === 'string' && typeof o.name === 'string'
			? { id: o.id, name: o.name, ...b, ...rotation(o) }
			: null
	})
	const cards = list<PreviewCard>(json.cards, (o) => {
		const b = box(o)
		const kind = CARD_KINDS.find((k) => k === o.kind) as CardKind | undefined
		return b && kind && typeof o.id === 'string' && typeof o.title === 'string'
			? { id: o.id, kind, title: o.title, ...b, ...rotation(o) }
			: null
	})
	const notes = list<PreviewNote>(json.notes ?? [], (o) => {
		const b = box(o)
		return b && typeof o.id === 'string' && typeof o.color === 'string'
			? { id: o.id, color: o.color, ...b, ...rotation(o) }
			: null
	})
	const links = list<PreviewLink>(json.links, (o) => {
		const { x1, y1, x2, y2, color } = o
		return isNum(x1) && isNum(y1) && isNum(x2) && isNum(y2) && typeof color === 'string'
			? { x1, y1, x2, y2, color }
			: null
	})
	if (!frames || !cards || !notes || !links) return null
	return { bounds, frames, cards, notes, links }
}
