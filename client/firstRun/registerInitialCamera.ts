import type { Editor } from '@tldraw/tldraw'
import { parseStoredCamera, type StoredCamera, cameraStorageKey as storageKey } from './storedCamera'

/** Leave a little room around the content when fitting it (screen px on each side, before tldraw's own inset). */
const FIT_TARGET_ZOOM = 1

/**
 * Where the board opens on this device: where this person left it last time, or — the
 * first time this device opens the board — zoomed to fit all its content (never above
 * 100 %), instead of the top-left corner at 100 %. Done once when the board opens: it
 * never moves the camera again, so it fights neither the person nor following. The
 * camera is remembered per board on this device as the person moves around.
 */
export function registerInitialCamera(editor: Editor, boardId: string): () => void {
	const storage = globalThis.localStorage
	const saved = parseStoredCamera(storage?.getItem(storageKey(boardId)) ?? null)
	if (saved) editor.setCamera(saved, { immediate: true })
	else {
		const content = editor.getCurrentPageBounds()
		if (content) editor.zoomToBounds(content, { targetZoom: FIT_TARGET_ZOOM, immediate: true })
	}
	let timer: ReturnType<typeof setTimeout> | null = null
	const save = () => {
		timer = null
		const { x, y, z } = editor.getCamera()
		const camera: StoredCamera = { x, y, z }
		try {
			storage?.setItem(storageKey(boardId), JSON.stringify(camera))
		} catch {
			// A full or disabled storage only costs the remembered view.
		}
	}
	const stop = editor.store.listen(
		() => {
			if (timer === null) timer = setTimeout(save, 500)
		},
		{ source: 'user', scope: 'session' },
	)
	// An empty board (nothing fitted) stays unremembered until the person moves or adds something.
	if (saved || editor.getCurrentPageBounds()) save()
	return () => {
		stop()
		if (timer !== null) {
			clearTimeout(timer)
			save()
		}
	}
}
