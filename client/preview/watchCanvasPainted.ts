import type { Editor } from '@tldraw/tldraw'
import { forgetBoardPreview, markCanvasReady } from './previewStore'

/**
 * Marks the board's canvas ready (its preview fades) once the editor has its shapes in the
 * DOM and a frame has been painted with them — at once after a frame for an empty page.
 * Returns the cleanup for the editor's unmount, which also forgets the preview, so coming
 * back to the board shows a fresh one.
 */
export function watchCanvasPainted(editor: Editor, boardId: string): () => void {
	const container = editor.getContainer()
	let stopped = false
	let frame = 0
	const drawn = () => editor.getCurrentPageShapeIds().size === 0 || container.querySelector('.tl-shape') !== null
	const ready = () => {
		observer.disconnect()
		// After the frame that paints the shapes.
		frame = requestAnimationFrame(() => {
			setTimeout(() => {
				if (!stopped) markCanvasReady(boardId)
			}, 0)
		})
	}
	const observer = new MutationObserver(() => {
		if (drawn()) ready()
	})
	if (drawn()) ready()
	else observer.observe(container, { childList: true, subtree: true })
	return () => {
		stopped = true
		observer.disconnect()
		cancelAnimationFrame(frame)
		forgetBoardPreview(boardId)
	}
}
