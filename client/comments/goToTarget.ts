import type { Editor, TLPageId, TLShapeId } from '@tldraw/tldraw'
import type { CommentTarget } from '../../shared/comments/commentsLayout'

/**
 * Moves the camera to what a thread is on — its card or link (selected, on its page) or its
 * point — keeping the zoom. A deleted card's thread moves nothing; returns whether it moved.
 */
export function goToTarget(editor: Editor, target: CommentTarget): boolean {
	const animation = { animation: { duration: editor.options.animationMediumMs } }
	if (target.type === 'point') {
		if (!editor.getPage(target.pageId as TLPageId)) return false
		if (editor.getCurrentPageId() !== target.pageId) editor.setCurrentPage(target.pageId as TLPageId)
		editor.selectNone()
		editor.centerOnPoint({ x: target.x, y: target.y }, animation)
		return true
	}
	const id = target.shapeId as TLShapeId
	const shape = editor.getShape(id)
	if (!shape) return false
	const pageId = editor.getAncestorPageId(shape)
	if (pageId && editor.getCurrentPageId() !== pageId) editor.setCurrentPage(pageId)
	editor.select(id)
	const bounds = editor.getShapePageBounds(id)
	if (bounds) editor.centerOnPoint(bounds.center, animation)
	return true
}
