import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { cameraStorageKey, parseStoredCamera } from '../firstRun/storedCamera'
import { readCachedBoard } from '../offline/boardOfflineCache'
import { BoardPreview } from './BoardPreview'
import { fitPreview } from './fitPreview'
import { isCanvasReady, loadBoardPreview, loadedBoardPreview, onCanvasReady } from './previewStore'
import './boardPreview.css'

/** How long the preview takes to fade once the canvas has drawn the board (ms; the CSS transition's). */
const FADE_MS = 250

const viewportSize = () => ({ w: window.innerWidth, h: window.innerHeight })

function useViewportSize(): { w: number; h: number } {
	const [size, setSize] = useState(viewportSize)
	useEffect(() => {
		const update = () => setSize(viewportSize())
		window.addEventListener('resize', update)
		return () => window.removeEventListener('resize', update)
	}, [])
	return size
}

function storedCamera(boardId: string) {
	try {
		return parseStoredCamera(globalThis.localStorage?.getItem(cameraStorageKey(boardId)) ?? null)
	} catch {
		return null
	}
}

/**
 * The board's preview over the page while the canvas loads (its code, then the board):
 * the board drawn where the canvas will draw it, the top bar and "正在加载画布…". It
 * fades out once the canvas has drawn its shapes (`markCanvasReady`). Nothing is shown
 * while the preview is on its way or when it cannot be had: the loading screen under it
 * stays. Not interactive (touches reach the page under it).
 */
export function BoardPreviewLayer({ boardId }: { boardId: string }) {
	const { t } = useTranslation()
	const [preview, setPreview] = useState(() => loadedBoardPreview(boardId))
	const [phase, setPhase] = useState<'shown' | 'fading' | 'gone'>(() => (isCanvasReady(boardId) ? 'gone' : 'shown'))
	const viewport = useViewportSize()
	const stored = useMemo(() => storedCamera(boardId), [boardId])

	useEffect(() => {
		if (preview !== undefined) return
		let live = true
		void loadBoardPreview(boardId).then((p) => {
			if (live) setPreview(p)
		})
		return () => {
			live = false
		}
	}, [boardId, preview])

	useEffect(() => {
		const fade = () => setPhase((p) => (p === 'shown' ? 'fading' : p))
		if (isCanvasReady(boardId)) fade()
		return onCanvasReady(boardId, fade)
	}, [boardId])

	useEffect(() => {
		if (phase !== 'fading') return
		const timer = setTimeout(() => setPhase('gone'), FADE_MS)
		return () => clearTimeout(timer)
	}, [phase])

	if (!preview || phase === 'gone') return null
	const title = readCachedBoard(boardId)?.board.title
	return (
		<section
			className={`nd-preview${phase === 'fading' ? ' nd-preview--fading' : ''}`}
			data-testid="board-preview"
			aria-busy="true"
			aria-label={t('loading.preview')}
		>
			<BoardPreview preview={preview} camera={fitPreview(preview.bounds, viewport, stored)} />
			<div className="nd-boot__bar nd-preview__bar">
				<span className="nd-boot__brand">{t('app.name')}</span>
				{title ? <span className="nd-boot__title">{title}</span> : <span className="nd-boot__placeholder" />}
			</div>
			<p className="nd-preview__status" role="status">
				{t('loading.canvas')}
			</p>
		</section>
	)
}
