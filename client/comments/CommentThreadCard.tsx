import { useTranslation } from 'react-i18next'
import type { CommentThread } from '../../shared/comments/commentThreads'
import { useBoardContext } from '../board/BoardContext'
import { formatTime } from '../home/formatTime'
import { CommentComposer } from './CommentComposer'
import { CommentItem } from './CommentItem'
import { commentActions } from './commentActions'

/** One thread: its comments in time order, who resolved it, resolve / reopen and a reply box. */
export function CommentThreadCard({
	thread,
	names,
	mayWrite,
}: {
	thread: CommentThread
	names: readonly string[]
	mayWrite: boolean
}) {
	const { t, i18n } = useTranslation()
	const { doc, role } = useBoardContext()
	const resolved = thread.resolved
	return (
		<section
			className={`nd-comment-thread${resolved ? ' nd-comment-thread--resolved' : ''}`}
			data-testid="comment-thread"
			data-thread-id={thread.id}
			data-resolved={resolved !== null}
		>
			<ol className="nd-comment-thread__list">
				{[thread.first, ...thread.replies].map((c) => (
					<CommentItem key={c.id} comment={c} names={names} mayWrite={mayWrite} />
				))}
			</ol>
			{resolved && (
				<p className="nd-comment-thread__resolved" data-testid="thread-resolved">
					{t('comments.resolvedBy', { name: resolved.by || '?', time: formatTime(resolved.at, i18n.language) })}
				</p>
			)}
			{mayWrite && doc && (
				<>
					{!resolved && (
						<CommentComposer
							names={names}
							placeholder={t('comments.replyPlaceholder')}
							submitLabel={t('comments.reply')}
							testId="comment-reply"
							onSubmit={(body) => commentActions.reply(doc, role, thread.id, body, names)}
						/>
					)}
					<button
						type="button"
						className="nd-button nd-comment-thread__resolve"
						data-testid={resolved ? 'thread-reopen' : 'thread-resolve'}
						onClick={() => commentActions.resolve(doc, thread.id, !resolved)}
					>
						{resolved ? t('comments.reopen') : t('comments.resolve')}
					</button>
				</>
			)}
		</section>
	)
}
