import { useEditor, useValue } from '@tldraw/tldraw'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { CommentTarget } from '../../shared/comments/commentsLayout'
import { isCardKind } from '../../shared/domain/cardProps'
import { useBoardContext } from '../board/BoardContext'
import { CommentComposer } from './CommentComposer'
import { CommentThreadCard } from './CommentThreadCard'
import { commentActions } from './commentActions'
import { $commentThreads, $threadView } from './commentsStore'
import { placeOfShape } from './placeOfShape'
import { useCanComment } from './useCanComment'
import { useMentionNames } from './useMentionNames'
import { usePlaceLabel } from './usePlaceLabel'

const sameTarget = (a: CommentTarget, b: CommentTarget) =>
	a.type === 'shape' && b.type === 'shape' ? a.shapeId === b.shapeId : false

/**
 * The threads of one card or link (open first, then resolved, and a box to start one), or one
 * thread, or a new thread at a point of the canvas — a side panel on a laptop, a bottom sheet
 * on a phone.
 */
export function CommentThreadSheet({ onClose, onBack }: { onClose(): void; onBack(): void }) {
	const { t } = useTranslation()
	const { doc, role } = useBoardContext()
	const view = useValue('thread view', () => $threadView.get(), [])
	const threads = useValue('threads shown', () => {
		if (!view) return []
		const all = $commentThreads.get()
		const shown = view.threadId
			? all.filter((th) => th.id === view.threadId)
			: all.filter((th) => sameTarget(th.target, view.target))
		return [...shown].sort(
			(a, b) => Number(a.resolved !== null) - Number(b.resolved !== null) || a.first.createdAt - b.first.createdAt,
		)
	}, [view])
	// Choosing another card or link while the sheet is open shows its threads instead.
	const editor = useEditor()
	const selectedId = useValue('selected commentable', () => {
		const only = editor.getOnlySelectedShape()
		return only && (isCardKind(only.type) || only.type === 'arrow') ? (only.id as string) : null
	}, [editor])
	const lastSelected = useRef(selectedId)
	useEffect(() => {
		if (selectedId === lastSelected.current) return
		lastSelected.current = selectedId
		const current = $threadView.get()
		if (!selectedId || !current) return
		if (current.target.type === 'shape' && current.target.shapeId === selectedId) return
		$threadView.set({ target: { type: 'shape', shapeId: selectedId }, threadId: null })
	}, [selectedId])
	const mayWrite = useCanComment()
	const names = useMentionNames()
	const target: CommentTarget = view?.target ?? { type: 'point', pageId: '', x: 0, y: 0 }
	const place = usePlaceLabel(target)
	// A deleted card keeps its threads readable (and answerable), but takes no new one.
	const targetGone = useValue(
		'comment target gone',
		() => view?.target.type === 'shape' && placeOfShape(editor, view.target.shapeId) === null,
		[editor, view],
	)
	if (!view) return null
	const startsNew = view.threadId === null && !targetGone
	return (
		<aside className="nd-panel nd-comments" aria-label={t('comments.title')} data-testid="comment-sheet">
			<header className="nd-panel__head nd-comments__head">
				<h2>{t('comments.title')}</h2>
				<button type="button" className="nd-link" data-testid="comment-sheet-back" onClick={onBack}>
					{t('comments.back')}
				</button>
				<button
					type="button"
					className="nd-link nd-comments__close"
					aria-label={t('comments.close')}
					data-testid="comment-sheet-close"
					onClick={onClose}
				>
					✕
				</button>
			</header>
			<p className="nd-comments__place" data-testid="comment-place">
				{place}
			</p>
			{threads.map((thread) => (
				<CommentThreadCard key={thread.id} thread={thread} names={names} mayWrite={mayWrite} />
			))}
			{view.threadId === null && threads.length === 0 && <p className="nd-muted">{t('comments.noThreads')}</p>}
			{startsNew && mayWrite && doc && (
				<>
					<h3>{t('comments.newThread')}</h3>
					<CommentComposer
						names={names}
						placeholder={t('comments.placeholder')}
						submitLabel={t('comments.send')}
						testId="comment-new"
						autoFocus={view.target.type === 'point'}
						onSubmit={(body) => {
							const id = commentActions.startThread(doc, role, view.target, body, names)
							// A pinned point has one thread: show it; a card keeps its list.
							if (view.target.type === 'point') $threadView.set({ target: view.target, threadId: id })
						}}
					/>
				</>
			)}
			{!mayWrite && (
				<p className="nd-muted" data-testid="comment-read-only">
					{t('comments.readOnly')}
				</p>
			)}
		</aside>
	)
}
