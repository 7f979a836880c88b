import type { Editor, TLShapeId } from '@tldraw/tldraw'
import { panToUncover } from './boxGeometry'

/** The panels that may lie over the canvas next to a selected card: the inspector (side panel or sheet). */
const COVER_SELECTOR = '[data-testid="inspector"]'

/**
 * Pans the camera so that the card is not under the inspector (which opens as soon as
 * the card is selected): to the inspector's left on a wide screen, above a bottom sheet
 * on a phone. Leaves a person who follows someone alone — their camera is not theirs.
 */
export function revealCard(editor: Editor, id: TLShapeId): void {
	if (editor.getInstanceState().followingUserId) return
	const bounds = editor.getShapePageBounds(id)
	const container = editor.getContainer()
	const cover = container.ownerDocument.querySelector(COVER_SELECTOR)?.getBoundingClientRect()
	if (!bounds || !cover || cover.width === 0) return
	const origin = container.getBoundingClientRect()
	const topLeft = editor.pageToViewport({ x: bounds.x, y: bounds.y })
	const zoom = editor.getZoomLevel()
	const card = { x: origin.x + topLeft.x, y: origin.y + topLeft.y, w: bounds.w * zoom, h: bounds.h * zoom }
	const view = { x: origin.x, y: origin.y, w: origin.width, h: origin.height }
	const pan = panToUncover(card, { x: cover.x, y: cover.y, w: cover.width, h: cover.height }, view)
	if (!pan) return
	const camera = editor.getCamera()
	// At once, not animated: whoever reads the screen next (a person's eye, a test) sees where the card is.
	editor.setCamera({ x: camera.x + pan.dx / zoom, y: camera.y + pan.dy / zoom, z: camera.z }, { immediate: true })
}

/** `revealCard` once the inspector for the newly selected card has been drawn. */
export function revealCardSoon(editor: Editor, id: TLShapeId): void {
	const win = editor.getContainer().ownerDocument.defaultView
	if (!win) return
	win.requestAnimationFrame(() => win.requestAnimationFrame(() => revealCard(editor, id)))
}
