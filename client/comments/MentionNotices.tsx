import { useValue } from '@tldraw/tldraw'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BoardComment, CommentTarget } from '../../shared/comments/commentsLayout'
import { newMentions } from '../../shared/comments/newMentions'
import { serverNow } from '../meeting/serverClock'
import { $currentUser, displayName } from '../user/currentUser'
import { $comments, $commentThreads } from './commentsStore'

/** How long a notice stays unless dismissed or opened. */
const NOTICE_MS = 20_000
/** At most this many notices at once (the newest). */
const MAX_NOTICES = 3

/**
 * "王阿姨 在评论中提到了你": a small notice when someone else's new comment @mentions this
 * person's display name, with 查看 (the canvas goes to the thread, which opens) — live, or
 * when the comment arrives after a reconnect. Comments older than the page are history.
 */
export function MentionNotices({ onOpen }: { onOpen(target: CommentTarget, threadId: string): void }) {
	const { t } = useTranslation()
	const comments = useValue('comments', () => $comments.get(), [])
	const since = useRef(serverNow())
	const seen = useRef(new Set<string>())
	const [notices, setNotices] = useState<BoardComment[]>([])

	useEffect(() => {
		const me = { name: displayName(), userId: $currentUser.get()?.id ?? '' }
		const fresh = newMentions(comments, seen.current, since.current, me)
		for (const c of comments) seen.current.add(c.id)
		if (fresh.length > 0) setNotices((list) => [...list, ...fresh].slice(-MAX_NOTICES))
	}, [comments])

	useEffect(() => {
		if (notices.length === 0) return
		const timer = setTimeout(() => setNotices((list) => list.slice(1)), NOTICE_MS)
		return () => clearTimeout(timer)
	}, [notices])

	if (notices.length === 0) return null
	const dismiss = (id: string) => setNotices((list) => list.filter((n) => n.id !== id))
	return (
		<div className="nd-mention-notices" role="status" aria-live="polite">
			{notices.map((c) => (
				<div key={c.id} className="nd-mention-notice" data-testid="mention-notice">
					<div className="nd-mention-notice__text">
						<strong>{t('comments.mentionNotice', { name: c.authorName })}</strong>
						<span className="nd-mention-notice__body">{c.body}</span>
					</div>
					<button
						type="button"
						className="nd-button nd-button--primary"
						data-testid="mention-notice-open"
						onClick={() => {
							const thread = $commentThreads.get().find((th) => th.id === c.threadId)
							dismiss(c.id)
							if (thread) onOpen(thread.target, thread.id)
						}}
					>
						{t('comments.mentionOpen')}
					</button>
					<button
						type="button"
						className="nd-link"
						data-testid="mention-notice-dismiss"
						aria-label={t('comments.mentionDismiss')}
						onClick={() => dismiss(c.id)}
					>
						✕
					</button>
				</div>
			))}
		</div>
	)
}
