import { createShapeId, type Editor, type TLArrowBinding, type TLShapeId } from '@tldraw/tldraw'
import { isCardKind } from '../../shared/domain/cardProps'
import { type CandidateCard, pairKey } from './linkCandidates'

/** The cards on the current page, with their titles, for the 连接到… list. */
export function pageCards(editor: Editor): CandidateCard<TLShapeId>[] {
	return editor
		.getCurrentPageShapes()
		.filter((s) => isCardKind(s.type))
		.map((s) => ({ id: s.id, kind: s.type, title: String((s.props as { title?: unknown }).title ?? '') }))
}

/** Every pair of cards an arrow already joins (either way). */
export function linkedPairs(editor: Editor): Set<string> {
	const pairs = new Set<string>()
	for (const shape of editor.getCurrentPageShapes()) {
		if (shape.type !== 'arrow') continue
		const bindings = editor.getBindingsFromShape<TLArrowBinding>(shape, 'arrow')
		const start = bindings.find((b) => b.props.terminal === 'start')?.toId
		const end = bindings.find((b) => b.props.terminal === 'end')?.toId
		if (start && end) pairs.add(pairKey(start, end))
	}
	return pairs
}

/**
 * Links two cards without dragging: the arrow a drag from `fromId` to `toId` makes, bound
 * to both cards' centres, as one undoable change. The link's meaning, label and colour
 * follow from the two kinds through the same side effect as a drawn arrow.
 */
export function connectCards(editor: Editor, fromId: TLShapeId, toId: TLShapeId): TLShapeId | null {
	const from = editor.getShapePageBounds(fromId)?.center
	const to = editor.getShapePageBounds(toId)?.center
	if (!from || !to) return null
	const arrowId = createShapeId()
	editor.markHistoryStoppingPoint(`connect:${arrowId}`)
	editor.run(() => {
		editor.createShape({
			id: arrowId,
			type: 'arrow',
			x: from.x,
			y: from.y,
			props: { start: { x: 0, y: 0 }, end: { x: to.x - from.x, y: to.y - from.y } },
		})
		const anchor = { normalizedAnchor: { x: 0.5, y: 0.5 }, isExact: false, isPrecise: false, snap: 'none' as const }
		editor.createBindings([
			{ type: 'arrow', fromId: arrowId, toId: fromId, props: { terminal: 'start', ...anchor } },
			{ type: 'arrow', fromId: arrowId, toId: toId, props: { terminal: 'end', ...anchor } },
		])
	})
	return arrowId
}
