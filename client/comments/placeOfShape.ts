import type { Editor, TLArrowBinding, TLShapeId } from '@tldraw/tldraw'
import { type CardKind, isCardKind } from '../../shared/domain/cardProps'

/** What a shape is for comments: a card kind, 'link' for an arrow, null when it is gone (or neither). */
export function placeOfShape(editor: Editor, shapeId: string): CardKind | 'link' | null {
	const shape = editor.getShape(shapeId as TLShapeId)
	if (!shape) return null
	if (isCardKind(shape.type)) return shape.type
	return shape.type === 'arrow' ? 'link' : null
}

const titleOf = (editor: Editor, id: string) =>
	String((editor.getShape(id as TLShapeId)?.props as { title?: unknown } | undefined)?.title ?? '')

/** A card's title, or a link's "from → to" card titles ('' when untitled or gone). */
export function titleOfShape(editor: Editor, shapeId: string): string {
	const shape = editor.getShape(shapeId as TLShapeId)
	if (!shape) return ''
	if (shape.type !== 'arrow') return titleOf(editor, shapeId)
	const bindings = editor.getBindingsFromShape<TLArrowBinding>(shape, 'arrow')
	const start = bindings.find((b) => b.props.terminal === 'start')?.toId
	const end = bindings.find((b) => b.props.terminal === 'end')?.toId
	return start && end ? `${titleOf(editor, start)} → ${titleOf(editor, end)}` : ''
}
