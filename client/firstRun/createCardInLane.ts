import { createShapeId, type Editor, type TLShapeId } from '@tldraw/tldraw'
import { CARD_SIZE } from '../../shared/domain/cardDefaults'
import type { CardKind } from '../../shared/domain/cardProps'
import { type Box, centreBoxIn, clampBoxInto } from './boxGeometry'
import { laneAreas } from './laneAreas'
import { revealCardSoon } from './revealCard'

/** Space kept between a new card and the edges of its lane (page units). */
export const LANE_PADDING = 12

/** The innermost lane for `kind` cards holding `point`, or null. */
function laneForKindAt(editor: Editor, kind: CardKind, point: { x: number; y: number }): Box | null {
	let best: Box | null = null
	for (const lane of laneAreas(editor)) {
		const b = lane.box
		if (lane.kind !== kind || point.x < b.x || point.x > b.x + b.w || point.y < b.y || point.y > b.y + b.h) continue
		if (!best || b.w * b.h < best.w * best.h) best = b
	}
	return best
}

/**
 * Adds a card without a pointer drag: centred in `lane` when one is given (an empty
 * lane's 点这里添加… hint), else in the middle of the view, kept inside the lane of its
 * kind found there. The card is selected, its inspector opens beside it (never over it),
 * and — like a card drawn with the tool — it takes the lane's meaning.
 */
export function createCardAt(editor: Editor, kind: CardKind, lane: Box | null): TLShapeId {
	const size = CARD_SIZE[kind]
	let position: { x: number; y: number }
	if (lane) position = centreBoxIn(size, lane, LANE_PADDING)
	else {
		const centre = editor.getViewportPageBounds().center
		const box = { x: centre.x - size.w / 2, y: centre.y - size.h / 2, ...size }
		const there = laneForKindAt(editor, kind, centre)
		position = there ? clampBoxInto(box, there, LANE_PADDING) : box
	}
	const id = createShapeId()
	// Back to selecting first: the card is not a tool's click (its lane meaning comes from where it lands).
	editor.setCurrentTool('select')
	editor.markHistoryStoppingPoint(`add card:${id}`)
	editor.createShape({ id, type: kind, x: position.x, y: position.y })
	editor.select(id)
	revealCardSoon(editor, id)
	return id
}
