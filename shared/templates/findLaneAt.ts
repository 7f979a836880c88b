import type { TLRecord, TLShape, TLShapeId } from '@tldraw/tlschema'
import { type LaneMeta, readLaneMeta } from './laneMeta'
import type { Point } from './templateTypes'

/** A template frame found under a point. */
export interface LaneHit {
	frameId: TLShapeId
	lane: LaneMeta
}

function isShape(record: TLRecord): record is TLShape {
	return record.typeName === 'shape'
}

/**
 * The innermost template frame (a frame with `meta.niudai`) among `records` whose page
 * bounds contain `point` (page coordinates), or null. Pass the shapes of one page;
 * other records are ignored. Rotation is ignored: template frames are locked upright.
 * Cards lie over their lane rather than inside it (a locked frame locks its children),
 * so this is how a card's lane is found.
 */
export function findLaneAt(records: Iterable<TLRecord>, point: Point): LaneHit | null {
	const shapes = new Map<string, TLShape>()
	for (const r of records) if (isShape(r)) shapes.set(r.id, r)

	const pageOrigin = (shape: TLShape): Point & { depth: number } => {
		let x = shape.x
		let y = shape.y
		let depth = 0
		let parent = shapes.get(shape.parentId)
		while (parent && depth < shapes.size) {
			x += parent.x
			y += parent.y
			depth++
			parent = shapes.get(parent.parentId)
		}
		return { x, y, depth }
	}

	let best: (LaneHit & { depth: number }) | null = null
	for (const shape of shapes.values()) {
		if (shape.type !== 'frame') continue
		const lane = readLaneMeta(shape.meta)
		if (!lane) continue
		const { x, y, depth } = pageOrigin(shape)
		const { w, h } = shape.props
		if (point.x < x || point.y < y || point.x > x + w || point.y > y + h) continue
		if (!best || depth > best.depth) best = { frameId: shape.id, lane, depth }
	}
	return best && { frameId: best.frameId, lane: best.lane }
}
