import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
	forgetBoardPreview,
	isCanvasReady,
	loadBoardPreview,
	loadedBoardPreview,
	markCanvasReady,
	onCanvasReady,
} from './previewStore'

const preview = { bounds: null, frames: [], cards: [], notes: [], links: [] }
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status })

let fetched: string[]
beforeEach(() => {
	fetched = []
	vi.stubGlobal('window', {
		location: { search: '', href: 'http://localhost/b/x' },
		history: { replaceState: () => {} },
	})
	vi.stubGlobal('fetch', (url: string) => {
		fetched.push(url)
		return Promise.resolve(json(preview))
	})
})
afterEach(() => vi.unstubAllGlobals())

describe('loadBoardPreview', () => {
	it('takes over the request the early script made for this board, once', async () => {
		window.__niudaiPreviewStart = { boardId: 'board-early-1', response: Promise.resolve(json(preview)) }
		await expect(loadBoardPreview('board-early-1')).resolves.toEqual(preview)
		expect(fetched).toEqual([])
		expect(window.__niudaiPreviewStart).toBeUndefined()
		// Asked again in this page: the same answer, no new request.
		await expect(loadBoardPreview('board-early-1')).resolves.toEqual(preview)
		expect(loadedBoardPreview('board-early-1')).toEqual(preview)
		// Left and opened again: a fresh one.
		forgetBoardPreview('board-early-1')
		await loadBoardPreview('board-early-1')
		expect(fetched).toEqual(['/api/boards/board-early-1/preview'])
	})

	it('resolves null, never rejects, when refused, unreachable or not a preview', async () => {
		vi.stubGlobal('fetch', () => Promise.resolve(json({ error: { code: 'unauthorized', message: 'x' } }, 401)))
		await expect(loadBoardPreview('board-refused-1')).resolves.toBeNull()
		vi.stubGlobal('fetch', () => Promise.reject(new TypeError('network')))
		await expect(loadBoardPreview('board-offline-1')).resolves.toBeNull()
		vi.stubGlobal('fetch', () => Promise.resolve(json({ cards: 'no' })))
		await expect(loadBoardPreview('board-odd-1')).resolves.toBeNull()
		expect(loadedBoardPreview('board-odd-1')).toBeNull()
	})
})

describe('canvas ready', () => {
	it('tells those waiting when the canvas has drawn the board, until the board is left', () => {
		const heard: string[] = []
		const stop = onCanvasReady('board-ready-1', () => heard.push('ready'))
		expect(isCanvasReady('board-ready-1')).toBe(false)
		markCanvasReady('board-ready-1')
		expect(heard).toEqual(['ready'])
		expect(isCanvasReady('board-ready-1')).toBe(true)
		stop()
		markCanvasReady('board-ready-1')
		expect(heard).toEqual(['ready'])
		forgetBoardPreview('board-ready-1')
		expect(isCanvasReady('board-ready-1')).toBe(false)
	})
})
