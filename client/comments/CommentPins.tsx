import { type Editor, stopEventPropagation, type TLShapeId, useEditor, useValue } from '@tldraw/tldraw'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import type { CommentTarget } from '../../shared/comments/commentsLayout'
import { liveCommentCount } from '../../shared/comments/commentThreads'
import { CommentIcon } from './CommentIcon'
import { $commentCounts, $commentThreads, $pinMode, $threadView } from './commentsStore'

interface Pin {
	key: string
	target: CommentTarget
	threadId: string | null
	x: number
	y: number
	count: number
	text: string
	resolved: boolean
}

/** The pins to draw in viewport coordinates: open point threads (and the one being viewed) on this page, and links' counts. */
function pinsOf(editor: Editor): Pin[] {
	const pageId = editor.getCurrentPageId()
	const viewing = $threadView.get()?.threadId ?? null
	const pins: Pin[] = []
	for (const thread of $commentThreads.get()) {
		if (thread.target.type !== 'point' || thread.target.pageId !== pageId) continue
		if (thread.resolved && thread.id !== viewing) continue
		const at = editor.pageToViewport({ x: thread.target.x, y: thread.target.y })
		pins.push({
			key: thread.id,
			target: thread.target,
			threadId: thread.id,
			x: at.x,
			y: at.y,
			count: liveCommentCount(thread),
			text: thread.first.deleted ? '' : thread.first.body,
			resolved: thread.resolved !== null,
		})
	}
	// Links' arrows have no card body to hold a badge: their count floats at the arrow's middle.
	for (const [shapeId, count] of $commentCounts.get()) {
		const shape = editor.getShape(shapeId as TLShapeId)
		if (shape?.type !== 'arrow' || editor.getAncestorPageId(shape) !== pageId) continue
		const bounds = editor.getShapePageBounds(shape)
		if (!bounds) continue
		const at = editor.pageToViewport(bounds.center)
		pins.push({
			key: shapeId,
			target: { type: 'shape', shapeId },
			threadId: null,
			x: at.x,
			y: at.y,
			count,
			text: '',
			resolved: false,
		})
	}
	return pins
}

/**
 * Over the canvas, following the camera: a pin for each open thread pinned to a point of this
 * page and a count on each commented link, each opening its thread(s); and, in 评论 mode, a
 * layer that takes the next click (or touch) as the place of a new thread.
 */
export function CommentPins({ onOpen }: { onOpen(target: CommentTarget, threadId: string | null): void }) {
	const { t } = useTranslation()
	const editor = useEditor()
	const pins = useValue('comment pins', () => pinsOf(editor), [editor])
	const pinMode = useValue('comment pin mode', () => $pinMode.get(), [])
	// A selection's 详情 and 评论 buttons would stand over the place being chosen.
	// Without a pointer (WCAG 2.1.1): Enter pins the thread at the middle of the view.
	useEffect(() => {
		if (!pinMode) return
		editor.selectNone()
		const onKeyDown = (event: KeyboardEvent) => {
			if (event.key !== 'Enter' || (event.target as HTMLElement | null)?.closest?.('button, input, textarea, select'))
				return
			event.preventDefault()
			const center = editor.getViewportPageBounds().center
			$pinMode.set(false)
			onOpen(
				{ type: 'point', pageId: editor.getCurrentPageId(), x: Math.round(center.x), y: Math.round(center.y) },
				null,
			)
		}
		window.addEventListener('keydown', onKeyDown)
		return () => window.removeEventListener('keydown', onKeyDown)
	}, [editor, pinMode, onOpen])
	return (
		<>
			{pins.map((pin) => (
				<button
					key={pin.key}
					type="button"
					className={`nd-comment-pin${pin.threadId ? '' : ' nd-comment-pin--link'}${pin.resolved ? ' nd-comment-pin--resolved' : ''}`}
					style={{ left: pin.x, top: pin.y }}
					data-testid={pin.threadId ? 'comment-pin' : 'link-comment-badge'}
					data-thread-id={pin.threadId ?? undefined}
					data-count={pin.count}
					aria-label={
						pin.threadId
							? t('comments.pinLabel', { text: pin.text || t('comments.deleted') })
							: t('comments.badge', { count: pin.count })
					}
					title={pin.text || undefined}
					onPointerDown={stopEventPropagation}
					onClick={() => onOpen(pin.target, pin.threadId)}
				>
					<CommentIcon />
					{pin.count > 0 ? ` ${pin.count}` : ''}
				</button>
			))}
			{pinMode && (
				<div
					className="nd-comment-pin-layer"
					data-testid="comment-pin-layer"
					onPointerDown={(e) => {
						stopEventPropagation(e)
						e.preventDefault()
						const point = editor.screenToPage({ x: e.clientX, y: e.clientY })
						$pinMode.set(false)
						onOpen(
							{ type: 'point', pageId: editor.getCurrentPageId(), x: Math.round(point.x), y: Math.round(point.y) },
							null,
						)
					}}
				>
					<div className="nd-comment-pin-layer__hint" role="status">
						<span>
							{t('comments.pinModeOn')}
							<span className="nd-comment-pin-layer__keys">{t('comments.pinModeKeys')}</span>
						</span>
						<button
							type="button"
							className="nd-button"
							data-testid="comment-pin-cancel"
							onPointerDown={stopEventPropagation}
							onClick={() => $pinMode.set(false)}
						>
							{t('comments.cancel')}
						</button>
					</div>
				</div>
			)}
		</>
	)
}
