import type * as Y from 'yjs'
import type { CommentTarget } from '../comments/commentsLayout'
import { commentThreads } from '../comments/commentThreads'
import { readComments } from '../comments/readComment'
import type { MeetingSession } from './minutesLayout'

/** A thread resolved during a meeting, as the minutes list it. */
export interface ResolvedThread {
	threadId: string
	target: CommentTarget
	/** The first comment's text ('' when it was deleted). */
	body: string
	authorName: string
	/** Replies that are not deleted. */
	replies: number
	resolvedBy: string
	resolvedAt: number
}

/**
 * The threads of root "comments" whose resolution (`resolved.at`) falls within the
 * meeting (up to `now` while it runs), in the order they were resolved. A thread resolved
 * in the meeting and reopened since is not resolved any more and is left out. Comments are
 * read as the 评论 panel reads them (shared/comments), so both show the same threads.
 */
export function resolvedThreadsOf(doc: Y.Doc, meeting: MeetingSession, now: number): ResolvedThread[] {
	const end = meeting.endedAt ?? now
	const out: ResolvedThread[] = []
	for (const thread of commentThreads(readComments(doc))) {
		const resolved = thread.resolved
		if (!resolved || resolved.at < meeting.startedAt || resolved.at > end) continue
		out.push({
			threadId: thread.id,
			target: thread.target,
			body: thread.first.deleted ? '' : thread.first.body,
			authorName: thread.first.authorName,
			replies: thread.replies.filter((r) => !r.deleted).length,
			resolvedBy: resolved.by,
			resolvedAt: resolved.at,
		})
	}
	return out.sort((a, b) => a.resolvedAt - b.resolvedAt || (a.threadId < b.threadId ? -1 : 1))
}
