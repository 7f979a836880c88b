import type { BoardPreview } from '../../shared/preview/boardPreviewTypes'
import { authHeaders, captureTokenFromUrl } from '../auth/boardTokens'
import { parseBoardPreview } from './parseBoardPreview'

declare global {
	interface Window {
		/** The preview request index.html's boardPreviewStart.js started before the app's code arrived. */
		__niudaiPreviewStart?: { boardId: string; response: Promise<Response | null> }
	}
}

/** The preview of each board this page asked for: null when it could not be had. */
const previews = new Map<string, Promise<BoardPreview | null>>()
const loaded = new Map<string, BoardPreview | null>()
/** Boards whose canvas has drawn its shapes, and who waits for that. */
const readyBoards = new Set<string>()
const readyListeners = new Map<string, Set<() => void>>()

/**
 * Starts fetching a board's preview (once per page load) and resolves with it, or with
 * null when it cannot be had — offline, refused, an old server: never rejects. Takes over
 * the request index.html's boardPreviewStart.js made for this board, if any. The token of
 * a share link (`?t=`) is kept first, as the board page would, so the very first request
 * of a new link is allowed.
 */
export function loadBoardPreview(boardId: string): Promise<BoardPreview | null> {
	const started = previews.get(boardId)
	if (started) return started
	const promise = (async () => {
		if (globalThis.navigator?.onLine === false) return null
		try {
			captureTokenFromUrl(boardId)
			// Taken over once: a later visit of the board in this page fetches a fresh one.
			const early = globalThis.window?.__niudaiPreviewStart
			if (early) window.__niudaiPreviewStart = undefined
			const res =
				early?.boardId === boardId
					? await early.response
					: await fetch(`/api/boards/${encodeURIComponent(boardId)}/preview`, { headers: authHeaders(boardId) })
			return res?.ok ? parseBoardPreview(await res.json()) : null
		} catch {
			return null
		}
	})().then((preview) => {
		loaded.set(boardId, preview)
		return preview
	})
	previews.set(boardId, promise)
	return promise
}

/** The preview if it has arrived (null when it failed), undefined while it is on its way or not asked for. */
export function loadedBoardPreview(boardId: string): BoardPreview | null | undefined {
	return loaded.get(boardId)
}

/** Says that the board's canvas has drawn its shapes: its preview goes. */
export function markCanvasReady(boardId: string): void {
	readyBoards.add(boardId)
	for (const listener of readyListeners.get(boardId) ?? []) listener()
}

/** True once the board's canvas has drawn its shapes on this page. */
export function isCanvasReady(boardId: string): boolean {
	return readyBoards.has(boardId)
}

/** Calls `listener` when the board's canvas has drawn its shapes; returns the unsubscribe. */
export function onCanvasReady(boardId: string, listener: () => void): () => void {
	let set = readyListeners.get(boardId)
	if (!set) {
		set = new Set()
		readyListeners.set(boardId, set)
	}
	set.add(listener)
	return () => set.delete(listener)
}

/** Forgets a board that was left: coming back fetches a fresh preview and shows it until the canvas is drawn again. */
export function forgetBoardPreview(boardId: string): void {
	readyBoards.delete(boardId)
	previews.delete(boardId)
	loaded.delete(boardId)
}
