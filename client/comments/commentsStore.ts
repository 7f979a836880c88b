import { atom, computed } from '@tldraw/tldraw'
import { commentCounts } from '../../shared/comments/commentCounts'
import type { BoardComment, CommentTarget } from '../../shared/comments/commentsLayout'
import { commentThreads } from '../../shared/comments/commentThreads'
import type { WaitingWrites } from './waitingComments'

/**
 * The board's comments as signals, fed by one Y observer (useCommentsSync, mounted once per
 * board by CommentsOverlays), so cards' badges, pins, the panel and threads read one copy.
 */
export const $comments = atom<readonly BoardComment[]>('comments', [])

/** Every thread, newest activity first. */
export const $commentThreads = computed('comment threads', () => commentThreads($comments.get()))

/** Per shape id: the non-deleted comments of its open threads. */
export const $commentCounts = computed('comment counts', () => commentCounts($commentThreads.get()))

/** True while the next click on the canvas pins a new thread there (评论 mode, key C). */
export const $pinMode = atom('comment pin mode', false)

/**
 * What the thread sheet shows: the threads on a card or link (threadId null: all of them,
 * plus a box to start one), one thread, or a new thread at a point.
 */
export const $threadView = atom<{ target: CommentTarget; threadId: string | null } | null>('comment thread view', null)

/** Comments this device wrote that the server has not confirmed storing, by comment id. */
export const $waitingComments = atom<WaitingWrites>('waiting comments', new Map())

/** The open comment count of a card or link (0 when none). */
export function commentCountOf(shapeId: string): number {
	return $commentCounts.get().get(shapeId) ?? 0
}

/** Forgets the board's comments (leaving the board); the waiting marks are per board and reloaded with it. */
export function resetCommentsStore(): void {
	$comments.set([])
	$pinMode.set(false)
	$threadView.set(null)
}
