import type { PreviewBox } from '../../shared/preview/boardPreviewTypes'
import type { StoredCamera } from '../firstRun/storedCamera'

/** tldraw's camera: the page point at the screen's top-left is (-x, -y); z is the zoom. */
export type PreviewCamera = StoredCamera

/** tldraw's zoom steps: the smallest and largest zoom of the canvas. */
const MIN_ZOOM = 0.05
const MAX_ZOOM = 8
/** tldraw's `zoomToFitPadding` (screen px, at most 28 % of the width). */
const FIT_PADDING = 128
/** The canvas never fits a board above 100 % (registerInitialCamera's target zoom). */
const FIT_TARGET_ZOOM = 1

/**
 * The camera the canvas opens a board with (registerInitialCamera): the one remembered on
 * this device, else the content zoomed to fit the viewport — tldraw's `zoomToBounds` with
 * its padding, between its smallest and largest zoom and never above 100 % — so the
 * preview lies where the canvas will draw the same board.
 */
export function fitPreview(
	bounds: PreviewBox | null,
	viewport: { w: number; h: number },
	stored: StoredCamera | null,
): PreviewCamera {
	if (stored) return stored
	if (!bounds || bounds.w <= 0 || bounds.h <= 0) return { x: 0, y: 0, z: 1 }
	const inset = Math.min(FIT_PADDING, viewport.w * 0.28)
	const fit = Math.min((viewport.w - inset) / bounds.w, (viewport.h - inset) / bounds.h)
	const z = Math.min(FIT_TARGET_ZOOM, Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, fit)))
	return {
		x: -bounds.x + (viewport.w - bounds.w * z) / 2 / z,
		y: -bounds.y + (viewport.h - bounds.h * z) / 2 / z,
		z,
	}
}

/** How much a card's title grows when zoomed out, as on the canvas (`--nd-zoom-boost` of `.nd-card`). */
export function zoomBoost(z: number): number {
	return Math.min(3, Math.max(1, 0.75 / z))
}

/** The CSS transform that draws page coordinates on the screen through `camera`. */
export function cameraTransform(camera: PreviewCamera): string {
	return `scale(${camera.z}) translate(${camera.x}px, ${camera.y}px)`
}
