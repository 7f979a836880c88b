import { CARD_SIZE } from '../domain/cardDefaults'
import type { CardKind } from '../domain/cardProps'
import { LEVEL_SCORE } from '../templates/laneDefaults'
import { type LaneMeta, readLaneMeta } from '../templates/laneMeta'
import { CELL_GAP, LANE_GAP_Y, LANE_PAD } from '../templates/layoutConstants'

/** A record of the board, read defensively (it comes from the shared document). */
export interface BoardRecordLike {
	readonly id: string
	readonly typeName: string
}

/** A card to place: its kind and the props that choose its lane. */
export interface CardToPlace {
	readonly kind: CardKind
	readonly props: Readonly<Record<string, unknown>>
}

interface Box {
	x: number
	y: number
	w: number
	h: number
}

interface ShapeLike {
	id: string
	type: string
	parentId: string
	x: number
	y: number
	props: Record<string, unknown>
	meta: unknown
}

interface Lane {
	box: Box
	lane: LaneMeta
	/** True when other template frames lie inside it (a stage, the stakeholder grid): never filled itself. */
	hasChildLanes: boolean
}

/** Cards per row in the grid used when the board has no lane for a kind. */
const FREE_GRID_COLUMNS = 5
/** Space between existing content and the free grid. */
const FREE_GRID_GAP = 200
/** The size assumed for a shape without a numeric w/h (notes, text). */
const DEFAULT_SHAPE_SIZE = 200

function num(value: unknown, fallback: number): number {
	return typeof value === 'number' && Number.isFinite(value) ? value : fallback
}

function asShape(rec: BoardRecordLike): ShapeLike | null {
	if (rec.typeName !== 'shape') return null
	const r = rec as unknown as Record<string, unknown>
	if (typeof r.type !== 'string' || typeof r.parentId !== 'string') return null
	const props = typeof r.props === 'object' && r.props !== null ? (r.props as Record<string, unknown>) : {}
	return { id: rec.id, type: r.type, parentId: r.parentId, x: num(r.x, 0), y: num(r.y, 0), props, meta: r.meta }
}

function overlaps(a: Box, b: Box): boolean {
	return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
}

function level(score: unknown): 'high' | 'low' {
	return num(score, 3) >= LEVEL_SCORE.high ? 'high' : 'low'
}

/**
 * The shapes of page `pageId` with their page boxes: top-level shapes and the frames
 * nested in them (template lanes sit inside their stage).
 */
function pageBoxes(records: Iterable<BoardRecordLike>, pageId: string): { shape: ShapeLike; box: Box }[] {
	const shapes = new Map<string, ShapeLike>()
	for (const rec of records) {
		const shape = asShape(rec)
		if (shape) shapes.set(shape.id, shape)
	}
	const out: { shape: ShapeLike; box: Box }[] = []
	for (const shape of shapes.values()) {
		let x = shape.x
		let y = shape.y
		let top = shape
		// Walk up to the outermost shape; its parent is the page. Cycles are cut off.
		for (let depth = 0; depth < shapes.size; depth++) {
			const parent = shapes.get(top.parentId)
			if (!parent) break
			x += parent.x
			y += parent.y
			top = parent
		}
		if (top.parentId !== pageId) continue
		const size = shape.type === 'arrow' ? 0 : DEFAULT_SHAPE_SIZE
		out.push({ shape, box: { x, y, w: num(shape.props.w, size), h: num(shape.props.h, size) } })
	}
	return out
}

/** Side of the squares `GridFiller` files boxes under, in page units. */
const BUCKET = 512
/** A box spanning more squares than this is checked against every cell instead. */
const MAX_BUCKETS_PER_BOX = 4096

/**
 * Finds free cells of a grid for cards, never overlapping a shape already there or
 * placed before. Boxes are filed by the squares they touch, so a cell is checked
 * against its neighbours only; each grid remembers the first cell not known to be
 * taken (boxes are only ever added, so a cell taken once stays taken). Placing 5,000
 * cards costs milliseconds, not the seconds of checking every cell against every box.
 */
class GridFiller {
	private readonly buckets = new Map<string, Box[]>()
	private readonly huge: Box[] = []
	private readonly firstFree = new Map<string, number>()

	constructor(occupied: readonly Box[]) {
		for (const box of occupied) this.add(box)
	}

	private add(box: Box): void {
		const x0 = Math.floor(box.x / BUCKET)
		const x1 = Math.floor((box.x + box.w) / BUCKET)
		const y0 = Math.floor(box.y / BUCKET)
		const y1 = Math.floor((box.y + box.h) / BUCKET)
		const count = (x1 - x0 + 1) * (y1 - y0 + 1)
		if (!(count > 0 && count <= MAX_BUCKETS_PER_BOX)) {
			this.huge.push(box)
			return
		}
		for (let bx = x0; bx <= x1; bx++) {
			for (let by = y0; by <= y1; by++) {
				const key = `${bx},${by}`
				const list = this.buckets.get(key)
				if (list) list.push(box)
				else this.buckets.set(key, [box])
			}
		}
	}

	private isFree(cell: Box): boolean {
		if (this.huge.some((b) => overlaps(b, cell))) return false
		const x0 = Math.floor(cell.x / BUCKET)
		const x1 = Math.floor((cell.x + cell.w) / BUCKET)
		const y0 = Math.floor(cell.y / BUCKET)
		const y1 = Math.floor((cell.y + cell.h) / BUCKET)
		for (let bx = x0; bx <= x1; bx++) {
			for (let by = y0; by <= y1; by++) {
				if (this.buckets.get(`${bx},${by}`)?.some((b) => overlaps(b, cell))) return false
			}
		}
		return true
	}

	/**
	 * The first free cell of the grid at `origin`, `columns` to a row, for a card of
	 * `kind`; with `maxBottom`, only cells that end above it (null when none is free).
	 */
	take(
		origin: { x: number; y: number },
		columns: number,
		kind: CardKind,
		maxBottom = Number.POSITIVE_INFINITY,
	): Box | null {
		const { w, h } = CARD_SIZE[kind]
		const grid = `${origin.x},${origin.y},${columns},${w},${h}`
		for (let i = this.firstFree.get(grid) ?? 0; ; i++) {
			const col = i % columns
			const row = Math.floor(i / columns)
			const cell = { x: origin.x + col * (w + CELL_GAP), y: origin.y + row * (h + CELL_GAP), w, h }
			if (cell.y + h > maxBottom) {
				this.firstFree.set(grid, i)
				return null
			}
			if (this.isFree(cell)) {
				this.add(cell)
				this.firstFree.set(grid, i + 1)
				return cell
			}
		}
	}
}

function laneColumns(lane: Box, kind: CardKind): number {
	const { w } = CARD_SIZE[kind]
	return Math.max(1, Math.floor((lane.w - 2 * LANE_PAD + CELL_GAP) / (w + CELL_GAP)))
}

/** The lane a card of `kind` with `props` goes into, or null when the board has none for it. */
function chooseLane(lanes: readonly Lane[], card: CardToPlace): Lane | null {
	const of = lanes.filter((l) => l.lane.laneKind === card.kind && !l.hasChildLanes)
	if (of.length === 0) return null
	const p = card.props
	switch (card.kind) {
		case 'resource':
			return of.find((l) => l.lane.sector === p.sector) ?? of[0]
		case 'project':
			return of.find((l) => l.lane.status === p.status) ?? of[0]
		case 'actor':
			return (
				of.find((l) => l.lane.stage === 'identification') ??
				of.find((l) => l.lane.influence === level(p.influence) && l.lane.interest === level(p.interest)) ??
				of[0]
			)
		default:
			return of.find((l) => l.lane.stage === 'identification') ?? of[0]
	}
}

/**
 * Where each card goes on page `pageId` (page coordinates of its top-left corner, same
 * order as `cards`). When the board has template lanes, a card goes into its lane — a
 * need into the need area, a resource into its sector's lane, a project into its
 * dispatch status's lane, an actor into the actor map (or its stakeholder quadrant) —
 * in the lane's grid, in the first cells not taken by cards already there. A card
 * whose kind has no lane, or whose lane is full, goes into a tidy grid to the right of
 * the existing content, one block per kind. Nothing is placed over an existing shape.
 */
export function placeImportedCards(
	cards: readonly CardToPlace[],
	existing: Iterable<BoardRecordLike>,
	pageId: string,
): { x: number; y: number }[] {
	const boxes = pageBoxes(existing, pageId)
	const frames = boxes.filter((b) => b.shape.type === 'frame')
	const laneFrames = frames.flatMap(({ shape, box }) => {
		const lane = readLaneMeta(shape.meta)
		return lane ? [{ shape, box, lane }] : []
	})
	const lanes: Lane[] = laneFrames
		.map(({ shape, box, lane }) => ({
			box,
			lane,
			hasChildLanes: laneFrames.some((other) => other.shape.parentId === shape.id),
		}))
		.sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x)
	// Cards, notes and other content block cells; frames and arrows do not.
	const occupied = boxes.filter((b) => b.shape.type !== 'frame' && b.shape.type !== 'arrow').map((b) => b.box)
	const filler = new GridFiller(occupied)

	const content = boxes.filter((b) => b.shape.parentId === pageId && b.shape.type !== 'arrow').map((b) => b.box)
	const freeX = content.length > 0 ? Math.max(...content.map((b) => b.x + b.w)) + FREE_GRID_GAP : 0
	let freeY = content.length > 0 ? Math.min(...content.map((b) => b.y)) : 0

	const out: { x: number; y: number }[] = new Array(cards.length)
	const homeless = new Map<CardKind, number[]>()
	cards.forEach((card, i) => {
		const lane = chooseLane(lanes, card)
		const origin = lane && { x: lane.box.x + LANE_PAD, y: lane.box.y + LANE_PAD }
		const cell =
			lane && origin && filler.take(origin, laneColumns(lane.box, card.kind), card.kind, lane.box.y + lane.box.h)
		if (cell) {
			out[i] = { x: cell.x, y: cell.y }
		} else {
			const list = homeless.get(card.kind) ?? []
			list.push(i)
			homeless.set(card.kind, list)
		}
	})
	for (const kind of ['need', 'resource', 'actor', 'project'] as const) {
		const indices = homeless.get(kind)
		if (!indices) continue
		let bottom = freeY
		for (const i of indices) {
			const cell = filler.take({ x: freeX, y: freeY }, FREE_GRID_COLUMNS, kind) as Box
			out[i] = { x: cell.x, y: cell.y }
			bottom = Math.max(bottom, cell.y + cell.h)
		}
		freeY = bottom + LANE_GAP_Y
	}
	return out
}
