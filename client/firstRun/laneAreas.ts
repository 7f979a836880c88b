import type { Editor, TLShapeId } from '@tldraw/tldraw'
import { readLaneMeta } from '../../shared/templates/laneMeta'
import type { LaneArea } from './emptyLanes'

/** The template frames on the current page that say which kind of card belongs in them, with their page boxes. */
export function laneAreas(editor: Editor): LaneArea<TLShapeId>[] {
	const out: LaneArea<TLShapeId>[] = []
	for (const shape of editor.getCurrentPageShapes()) {
		if (shape.type !== 'frame') continue
		const kind = readLaneMeta(shape.meta)?.laneKind
		const bounds = kind ? editor.getShapePageBounds(shape) : undefined
		if (!kind || !bounds) continue
		out.push({ id: shape.id, kind, box: { x: bounds.x, y: bounds.y, w: bounds.w, h: bounds.h } })
	}
	return out
}
