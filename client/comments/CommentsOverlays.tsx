import { useEditor } from '@tldraw/tldraw'
import { useCallback } from 'react'
import type { CommentTarget } from '../../shared/comments/commentsLayout'
import type { CommentThread } from '../../shared/comments/commentThreads'
import { useBoardContext } from '../board/BoardContext'
import { CommentButton } from './CommentButton'
import { CommentPins } from './CommentPins'
import { CommentsPanel } from './CommentsPanel'
import { CommentThreadSheet } from './CommentThreadSheet'
import { $threadView } from './commentsStore'
import { goToTarget } from './goToTarget'
import { MentionNotices } from './MentionNotices'
import { useCanComment } from './useCanComment'
import { useCommentModeKey } from './useCommentModeKey'
import { useCommentsSync } from './useCommentsSync'
import './comments.css'

/**
 * Comments over the canvas: keeps the comment signals in step with the board (always
 * mounted, so cards show their badges), draws pins and the 评论 button of the selection,
 * and the 评论 panel or a thread when open.
 */
export function CommentsOverlays() {
	const editor = useEditor()
	const { board, doc, provider, panel, setPanel } = useBoardContext()
	useCommentsSync(board.id, doc, provider)
	useCommentModeKey(useCanComment())
	const openThread = useCallback(
		(target: CommentTarget, threadId: string | null) => {
			$threadView.set({ target, threadId })
			setPanel('commentThread')
		},
		[setPanel],
	)
	// The canvas goes to a thread's card, link or point, and its threads open there.
	const goAndOpen = useCallback(
		(target: CommentTarget, threadId: string) => {
			goToTarget(editor, target)
			openThread(target, target.type === 'shape' ? null : threadId)
		},
		[editor, openThread],
	)
	const fromPanel = useCallback((thread: CommentThread) => goAndOpen(thread.target, thread.id), [goAndOpen])
	return (
		<>
			<CommentPins onOpen={openThread} />
			<MentionNotices onOpen={goAndOpen} />
			<CommentButton onOpen={(shapeId) => openThread({ type: 'shape', shapeId }, null)} />
			{panel === 'comments' && <CommentsPanel onClose={() => setPanel(null)} onOpenThread={fromPanel} />}
			{panel === 'commentThread' && (
				<CommentThreadSheet onClose={() => setPanel(null)} onBack={() => setPanel('comments')} />
			)}
		</>
	)
}
