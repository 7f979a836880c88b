import type { Editor, TLShape, TLShapeId } from '@tldraw/tldraw'
import { isCardKind } from '../../shared/domain/cardProps'
import { laneDefaults } from '../../shared/templates/laneDefaults'
import { readLaneMeta } from '../../shared/templates/laneMeta'
import { clampBoxInto } from '../firstRun/boxGeometry'
import { LANE_PADDING } from '../firstRun/createCardInLane'
import { revealCardSoon } from '../firstRun/revealCard'

/**
 * The innermost template frame whose area holds `point` (page space) and that says
 * something about cards, or null.
 */
export function laneAt(editor: Editor, point: { x: number; y: number }): TLShape | null {
	let best: { shape: TLShape; area: number } | null = null
	for (const shape of editor.getCurrentPageShapes()) {
		if (shape.type !== 'frame') continue
		const lane = readLaneMeta(shape.meta)
		if (!lane?.laneKind) continue
		const bounds = editor.getShapePageBounds(shape)
		if (!bounds?.containsPoint(point)) continue
		const area = bounds.w * bounds.h
		if (!best || area < best.area) best = { shape, area }
	}
	return best?.shape ?? null
}

/**
 * A card this person creates inside a template lane starts with what the lane implies:
 * a resource in the 政府 lane is a government resource, a project in the 执行 lane is
 * executing, an actor in a stakeholder quadrant gets its influence and interest.
 *
 * A card added with a click of its tool lands wholly inside the lane that was clicked
 * (tldraw centres it on the click, which near an edge hangs it across two lanes), and the
 * view moves so the inspector that opens does not cover it.
 */
export function registerLaneDefaults(editor: Editor): () => void {
	return editor.sideEffects.registerAfterCreateHandler('shape', (shape, source) => {
		if (source !== 'user' || !isCardKind(shape.type)) return
		// While the card tool creates it, the card's corner (not yet its centre) is at the click.
		const byTool = editor.isIn(`${shape.type}.pointing`)
		const point = byTool ? editor.inputs.getOriginPagePoint() : editor.getShapePageBounds(shape)?.center
		if (!point) return
		const lane = laneAt(editor, point)
		if (byTool) queueMicrotask(() => settleClickedCard(editor, shape.id, lane?.id ?? null))
		if (!lane) return
		const { kind, ...props } = laneDefaults(lane.meta) as { kind?: string } & Record<string, unknown>
		if (kind !== shape.type || Object.keys(props).length === 0) return
		editor.updateShape({ id: shape.id, type: shape.type, props } as never)
	})
}

/** After a card tool's click: the card moved inside the clicked lane, and shown beside the inspector. */
function settleClickedCard(editor: Editor, id: TLShapeId, laneId: TLShapeId | null): void {
	const shape = editor.getShape(id)
	// Dragged out to a size of the person's choosing: leave it where they drew it.
	if (!shape || editor.isIn('select.resizing')) return
	const bounds = editor.getShapePageBounds(shape)
	const laneBounds = laneId ? editor.getShapePageBounds(laneId) : undefined
	if (bounds && laneBounds) {
		const to = clampBoxInto(bounds, laneBounds, LANE_PADDING)
		const dx = to.x - bounds.x
		const dy = to.y - bounds.y
		if (dx !== 0 || dy !== 0) editor.updateShape({ id, type: shape.type, x: shape.x + dx, y: shape.y + dy })
	}
	revealCardSoon(editor, id)
}
