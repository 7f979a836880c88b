import { useValue } from '@tldraw/tldraw'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BoardComment } from '../../shared/comments/commentsLayout'
import { splitMentions } from '../../shared/comments/splitMentions'
import { ConfirmDialog } from '../app/ConfirmDialog'
import { useBoardContext } from '../board/BoardContext'
import { formatTime } from '../home/formatTime'
import { $currentUser } from '../user/currentUser'
import { CommentComposer } from './CommentComposer'
import { canChangeComment } from './canComment'
import { commentActions } from './commentActions'
import { $waitingComments } from './commentsStore'

/** How long a connected page waits for the server's confirmation before saying 等待同步 (ms). */
const SLOW_CONFIRM_MS = 4000

/**
 * One comment: who, when, the text with its @mentions marked; "（已删除）" once deleted;
 * 等待同步 while the server has not confirmed it; edit and delete for its author (delete
 * for the facilitator too), when this page may comment.
 */
export function CommentItem({
	comment,
	names,
	mayWrite,
}: {
	comment: BoardComment
	names: readonly string[]
	mayWrite: boolean
}) {
	const { t, i18n } = useTranslation()
	const { doc, role, connection } = useBoardContext()
	const [editing, setEditing] = useState(false)
	const [confirming, setConfirming] = useState(false)
	const me = useValue('my user id', () => $currentUser.get()?.id ?? null, [])
	const waiting = useValue('comment waiting', () => $waitingComments.get().has(comment.id), [comment.id])
	// Online, the server confirms within a moment: say 等待同步 only offline, or when it takes long.
	const [slow, setSlow] = useState(false)
	useEffect(() => {
		setSlow(false)
		if (!waiting) return
		const timer = setTimeout(() => setSlow(true), SLOW_CONFIRM_MS)
		return () => clearTimeout(timer)
	}, [waiting])
	const showWaiting = waiting && (connection !== 'connected' || slow)
	const mayEdit = mayWrite && !comment.deleted && canChangeComment('edit', role, me, comment.authorUserId)
	const mayDelete = mayWrite && !comment.deleted && canChangeComment('delete', role, me, comment.authorUserId)

	return (
		<li className="nd-comment" data-testid="comment" data-comment-id={comment.id} data-waiting={showWaiting}>
			<div className="nd-comment__meta">
				<span className="nd-comment__author">{comment.authorName || '?'}</span>
				<span className="nd-comment__time">{formatTime(comment.createdAt, i18n.language)}</span>
				{comment.editedAt !== null && !comment.deleted && (
					<span className="nd-comment__time">{t('comments.edited')}</span>
				)}
				{showWaiting && (
					<span className="nd-comment__waiting" title={t('comments.waitingHint')} data-testid="comment-waiting">
						{t('comments.waiting')}
					</span>
				)}
			</div>
			{comment.deleted ? (
				<p className="nd-comment__body nd-comment__body--deleted">{t('comments.deleted')}</p>
			) : editing && doc ? (
				<CommentComposer
					names={names}
					initial={comment.body}
					placeholder={t('comments.placeholder')}
					submitLabel={t('comments.save')}
					testId="comment-edit"
					autoFocus
					onSubmit={(body) => {
						commentActions.edit(doc, comment.id, body, names)
						setEditing(false)
					}}
					onCancel={() => setEditing(false)}
				/>
			) : (
				<p className="nd-comment__body" data-testid="comment-body">
					<MentionText body={comment.body} mentions={comment.mentions} />
				</p>
			)}
			{!editing && (mayEdit || mayDelete) && doc && (
				<div className="nd-comment__actions">
					{mayEdit && (
						<button type="button" className="nd-link" data-testid="comment-edit-open" onClick={() => setEditing(true)}>
							{t('comments.edit')}
						</button>
					)}
					{mayDelete && (
						<button type="button" className="nd-link" data-testid="comment-delete" onClick={() => setConfirming(true)}>
							{t('comments.delete')}
						</button>
					)}
				</div>
			)}
			{confirming && doc && (
				<ConfirmDialog
					testId="comment-delete-confirm"
					title={t('comments.delete')}
					message={t('comments.confirmDelete')}
					confirmLabel={t('comments.delete')}
					cancelLabel={t('comments.cancel')}
					danger
					onConfirm={() => {
						commentActions.remove(doc, comment.id)
						setConfirming(false)
					}}
					onCancel={() => setConfirming(false)}
				/>
			)}
		</li>
	)
}

/** The body with each "@name" of a mentioned name in bold. */
function MentionText({ body, mentions }: { body: string; mentions: readonly string[] }) {
	return (
		<>
			{splitMentions(body, mentions).map((p, i) =>
				p.mention ? (
					// biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed text
					<strong key={i} className="nd-comment__mention">
						{p.text}
					</strong>
				) : (
					// biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed text
					<span key={i}>{p.text}</span>
				),
			)}
		</>
	)
}
