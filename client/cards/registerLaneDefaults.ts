import type { Editor, TLShape } from '@tldraw/tldraw'
import { isCardKind } from '../../shared/domain/cardProps'
import { laneDefaults } from '../../shared/templates/laneDefaults'
import { readLaneMeta } from '../../shared/templates/laneMeta'

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
 */
export function registerLaneDefaults(editor: Editor): () => void {
	return editor.sideEffects.registerAfterCreateHandler('shape', (shape, source) => {
		if (source !== 'user' || !isCardKind(shape.type)) return
		const center = editor.getShapePageBounds(shape)?.center
		if (!center) return
		const lane = laneAt(editor, center)
		if (!lane) return
		const { kind, ...props } = laneDefaults(lane.meta) as { kind?: string } & Record<string, unknown>
		if (kind !== shape.type || Object.keys(props).length === 0) return
		editor.updateShape({ id: shape.id, type: shape.type, props } as never)
	})
}
