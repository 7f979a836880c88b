import { type CardKind, isCardKind } from '../domain/cardProps'
import type { PlainRecord } from '../ydocLayout'
import type { BoardPreview, PreviewBox, PreviewCard, PreviewFrame, PreviewLink, PreviewNote } from './boardPreviewTypes'
import { boxCentre, linkSegment, type Point } from './linkSegment'

/** The longest title a preview carries (characters); the card shows two or three lines of it at most. */
export const PREVIEW_TITLE_MAX = 80

/** A shape's place on the page: its origin and rotation. */
interface Placement {
	x: number
	y: number
	r: number
}

type Shape = PlainRecord & { type: string; parentId: string; x: number; y: number; rotation?: number; props?: unknown }

const num = (v: unknown, fallback = 0): number => (typeof v === 'number' && Number.isFinite(v) ? v : fallback)
const propsOf = (s: PlainRecord): Record<string, unknown> =>
	typeof s.props === 'object' && s.props !== null ? (s.props as Record<string, unknown>) : {}

function rotate(p: Point, r: number): Point {
	if (r === 0) return p
	const c = Math.cos(r)
	const s = Math.sin(r)
	return { x: p.x * c - p.y * s, y: p.x * s + p.y * c }
}

/** The axis-aligned page box of a w×h rectangle placed at `at`. */
function pageBox(at: Placement, w: number, h: number): PreviewBox {
	const corners = [
		{ x: 0, y: 0 },
		{ x: w, y: 0 },
		{ x: 0, y: h },
		{ x: w, y: h },
	].map((c) => rotate(c, at.r))
	const xs = corners.map((c) => at.x + c.x)
	const ys = corners.map((c) => at.y + c.y)
	const x = Math.min(...xs)
	const y = Math.min(...ys)
	return { x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y }
}

function union(a: PreviewBox | null, b: PreviewBox): PreviewBox {
	if (!a) return b
	const x = Math.min(a.x, b.x)
	const y = Math.min(a.y, b.y)
	return { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y }
}

/** A shape's own size: its w and h props, a sticky note's square, or null (arrows, lines, drawings). */
function sizeOf(s: Shape): { w: number; h: number } | null {
	const p = propsOf(s)
	if (s.type === 'note') {
		const scale = num(p.scale, 1)
		return { w: 200 * scale, h: (200 + num(p.growY)) * scale }
	}
	if (typeof p.w === 'number' && typeof p.h === 'number') return { w: num(p.w), h: num(p.h) }
	return null
}

const rounded = (n: number) => Math.round(n)
const roundBox = (b: PreviewBox): PreviewBox => ({ x: rounded(b.x), y: rounded(b.y), w: rounded(b.w), h: rounded(b.h) })
const withRotation = <T extends object>(o: T, r: number): T & { r?: number } =>
	r === 0 ? o : { ...o, r: Math.round(r * 1000) / 1000 }

/** The first page by tldraw's order (where a board opens), or null when there is none. */
function firstPageId(records: readonly PlainRecord[]): string | null {
	const pages = records
		.filter((r) => r.typeName === 'page')
		.map((r) => ({ id: r.id, index: String(r.index ?? '') }))
		.sort((a, b) => (a.index < b.index ? -1 : a.index > b.index ? 1 : a.id < b.id ? -1 : 1))
	return pages[0]?.id ?? null
}

/**
 * What the preview of a board shows: the frames, cards, sticky notes and links of its first page in
 * page coordinates (shapes inside frames placed through their parents), and the bounds of
 * every shape on the page (what the canvas fits when the board first opens). Only titles,
 * colours and geometry are read: no other prop of a card, and no note's text, leaves the board.
 */
export function buildBoardPreview(records: readonly PlainRecord[]): BoardPreview {
	const pageId = firstPageId(records)
	const shapes = new Map<string, Shape>()
	for (const r of records) if (r.typeName === 'shape') shapes.set(r.id, r as Shape)

	// Placement on the page, through the parents; null for shapes not on the first page (or in a cycle).
	const placements = new Map<string, Placement | null>()
	const placementOf = (id: string, depth = 0): Placement | null => {
		const known = placements.get(id)
		if (known !== undefined) return known
		const s = shapes.get(id)
		let at: Placement | null = null
		if (s && depth < 100) {
			const own = { x: num(s.x), y: num(s.y), r: num(s.rotation) }
			if (s.parentId === pageId) at = own
			else {
				const parent = shapes.has(s.parentId) ? placementOf(s.parentId, depth + 1) : null
				if (parent) {
					const p = rotate(own, parent.r)
					at = { x: parent.x + p.x, y: parent.y + p.y, r: parent.r + own.r }
				}
			}
		}
		placements.set(id, at)
		return at
	}

	const frames: PreviewFrame[] = []
	const cards: PreviewCard[] = []
	const notes: PreviewNote[] = []
	const boxes = new Map<string, PreviewBox>()
	let bounds: PreviewBox | null = null
	const arrows: Shape[] = []
	for (const s of shapes.values()) {
		const at = placementOf(s.id)
		if (!at) continue
		if (s.type === 'arrow') {
			arrows.push(s)
			continue
		}
		const size = sizeOf(s)
		if (!size) continue
		const box = pageBox(at, size.w, size.h)
		boxes.set(s.id, box)
		bounds = union(bounds, box)
		const own = roundBox({ x: at.x, y: at.y, ...size })
		if (s.type === 'frame') {
			frames.push(withRotation({ id: s.id, ...own, name: String(propsOf(s).name ?? '') }, at.r))
		} else if (isCardKind(s.type)) {
			const title = String(propsOf(s).title ?? '').slice(0, PREVIEW_TITLE_MAX)
			cards.push(withRotation({ id: s.id, kind: s.type as CardKind, ...own, title }, at.r))
		} else if (s.type === 'note') {
			const color = propsOf(s).color
			notes.push(withRotation({ id: s.id, ...own, color: typeof color === 'string' ? color : 'yellow' }, at.r))
		}
	}
	// Outer frames first, so lanes draw over their stage.
	const depth = (id: string): number => {
		let d = 0
		for (let s = shapes.get(id); s && shapes.has(s.parentId) && d < 100; s = shapes.get(s.parentId)) d++
		return d
	}
	frames.sort((a, b) => depth(a.id) - depth(b.id))

	// Each arrow's two ends: the bound shape (its centre, or its anchor when precise), else its own point.
	const bindings = new Map<string, { toId: string; anchor: Point | null }>()
	for (const r of records) {
		if (r.typeName !== 'binding' || r.type !== 'arrow') continue
		const p = propsOf(r)
		const a = p.normalizedAnchor as Partial<Point> | undefined
		const anchor = p.isPrecise === true && a ? { x: num(a.x, 0.5), y: num(a.y, 0.5) } : null
		bindings.set(`${String(r.fromId)}:${String(p.terminal)}`, { toId: String(r.toId), anchor })
	}
	const links: PreviewLink[] = []
	for (const arrow of arrows) {
		const at = placementOf(arrow.id) as Placement
		const p = propsOf(arrow)
		const end = (terminal: 'start' | 'end'): { point: Point; box: PreviewBox | null } => {
			const bound = bindings.get(`${arrow.id}:${terminal}`)
			const box = bound ? boxes.get(bound.toId) : undefined
			if (bound && box) {
				const point = bound.anchor
					? { x: box.x + box.w * bound.anchor.x, y: box.y + box.h * bound.anchor.y }
					: boxCentre(box)
				return { point, box }
			}
			const own = p[terminal] as Partial<Point> | undefined
			const local = rotate({ x: num(own?.x), y: num(own?.y) }, at.r)
			return { point: { x: at.x + local.x, y: at.y + local.y }, box: null }
		}
		const a = end('start')
		const b = end('end')
		const segment = linkSegment(a.point, b.point, a.box, b.box)
		if (!segment) continue
		const line = {
			x1: rounded(segment.x1),
			y1: rounded(segment.y1),
			x2: rounded(segment.x2),
			y2: rounded(segment.y2),
		}
		bounds = union(bounds, {
			x: Math.min(line.x1, line.x2),
			y: Math.min(line.y1, line.y2),
			w: Math.abs(line.x2 - line.x1),
			h: Math.abs(line.y2 - line.y1),
		})
		links.push({ ...line, color: typeof p.color === 'string' ? p.color : 'black' })
	}
	return { bounds: bounds ? roundBox(bounds) : null, frames, cards, notes, links }
}
