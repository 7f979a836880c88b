import type { PlainRecord } from '../ydocLayout'
import { eligibleNeedIds, type NeedPlacement, type PageBox, type VoteFrame } from './voteEligibility'

/** Looks a record up by id (null when the board has none). */
export type RecordLookup = (id: string) => PlainRecord | null

/** A 2D affine transform: x' = a·x + c·y + e, y' = b·x + d·y + f. */
interface Affine {
	a: number
	b: number
	c: number
	d: number
	e: number
	f: number
}

const IDENTITY: Affine = { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 }
/** Deepest shape nesting followed; deeper (or cyclic) parent chains have no placement. */
const MAX_DEPTH = 64

function num(value: unknown): number | null {
	return typeof value === 'number' && Number.isFinite(value) ? value : null
}

function compose(p: Affine, q: Affine): Affine {
	return {
		a: p.a * q.a + p.c * q.b,
		b: p.b * q.a + p.d * q.b,
		c: p.a * q.c + p.c * q.d,
		d: p.b * q.c + p.d * q.d,
		e: p.a * q.e + p.c * q.f + p.e,
		f: p.b * q.e + p.d * q.f + p.f,
	}
}

/** A shape's transform in its parent's space: translate to (x, y), then rotate (as tldraw). */
function localTransform(rec: PlainRecord): Affine | null {
	const x = num(rec.x)
	const y = num(rec.y)
	const r = num(rec.rotation) ?? 0
	if (x === null || y === null) return null
	const cos = Math.cos(r)
	const sin = Math.sin(r)
	return { a: cos, b: sin, c: -sin, d: cos, e: x, f: y }
}

/** The page a shape is on and its page transform, following parents up to the page. */
function pageTransform(get: RecordLookup, shape: PlainRecord): { pageId: string; transform: Affine } | null {
	let transform = IDENTITY
	let current: PlainRecord | null = shape
	for (let depth = 0; current && depth < MAX_DEPTH; depth++) {
		if (current.typeName === 'page') return { pageId: current.id, transform }
		if (current.typeName !== 'shape') return null
		const local = localTransform(current)
		if (!local) return null
		transform = compose(local, transform)
		current = typeof current.parentId === 'string' ? get(current.parentId) : null
	}
	return null
}

/** The axis-aligned page bounds of a shape whose props carry `w` and `h` (cards, frames), or null. */
function pageBounds(shape: PlainRecord, transform: Affine): PageBox | null {
	const props = shape.props as Record<string, unknown> | undefined
	const w = num(props?.w)
	const h = num(props?.h)
	if (w === null || h === null || w < 0 || h < 0) return null
	const xs: number[] = []
	const ys: number[] = []
	for (const [px, py] of [
		[0, 0],
		[w, 0],
		[0, h],
		[w, h],
	]) {
		xs.push(transform.a * px + transform.c * py + transform.e)
		ys.push(transform.b * px + transform.d * py + transform.f)
	}
	const x = Math.min(...xs)
	const y = Math.min(...ys)
	return { x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y }
}

function placementOf(get: RecordLookup, shape: PlainRecord): NeedPlacement {
	const placed = pageTransform(get, shape)
	return { id: shape.id, pageId: placed?.pageId ?? '', bounds: placed ? pageBounds(shape, placed.transform) : null }
}

/**
 * The frame a vote is limited to, computed from the board's records as the client's
 * editor does (page transform through the parents, bounds of the rotated box), or null
 * when the vote is board-wide or its frame is gone (the vote then covers the whole board).
 */
export function voteFrameOfRecords(get: RecordLookup, frameId: string | null): VoteFrame | null {
	if (!frameId) return null
	const frame = get(frameId)
	if (frame?.typeName !== 'shape') return null
	const placed = pageTransform(get, frame)
	const bounds = placed && pageBounds(frame, placed.transform)
	return placed && bounds ? { pageId: placed.pageId, bounds } : null
}

/**
 * Which of `ids` may receive dots in a vote limited to `frameId` (null: the whole
 * board): need shapes of the board, inside the frame when there is one (see
 * `eligibleNeedIds`). Reads only the records it needs, so a ballot on a big board costs
 * a handful of lookups.
 */
export function eligibleAmong(get: RecordLookup, frameId: string | null, ids: Iterable<string>): Set<string> {
	const frame = voteFrameOfRecords(get, frameId)
	const placements: NeedPlacement[] = []
	for (const id of new Set(ids)) {
		const rec = get(id)
		if (rec?.typeName !== 'shape' || rec.type !== 'need' || rec.id !== id) continue
		placements.push(frame ? placementOf(get, rec) : { id, pageId: '', bounds: null })
	}
	return eligibleNeedIds(placements, frame)
}
