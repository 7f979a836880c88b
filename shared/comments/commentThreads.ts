import type { BoardComment, CommentResolution, CommentTarget } from './commentsLayout'

/** A thread: its first comment and its replies, oldest first. */
export interface CommentThread {
	id: string
	target: CommentTarget
	first: BoardComment
	/** Replies in time order (deleted ones included: they show as deleted). */
	replies: BoardComment[]
	resolved: CommentResolution | null
	/** Authors and people mentioned, each once, in order of appearance. */
	participants: string[]
	/** The latest comment's time. */
	lastAt: number
}

const byTime = (a: BoardComment, b: BoardComment) =>
	a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/**
 * The threads of a board from all its comments, newest activity first. Replies whose
 * first comment is missing (not synced yet, or malformed) are left out until it arrives.
 */
export function commentThreads(comments: readonly BoardComment[]): CommentThread[] {
	const firsts = new Map<string, BoardComment>()
	const replies = new Map<string, BoardComment[]>()
	for (const c of comments) {
		if (c.threadId === c.id) firsts.set(c.id, c)
		else {
			const list = replies.get(c.threadId)
			if (list) list.push(c)
			else replies.set(c.threadId, [c])
		}
	}
	const threads: CommentThread[] = []
	for (const first of firsts.values()) {
		if (!first.target) continue
		const own = (replies.get(first.id) ?? []).sort(byTime)
		const participants: string[] = []
		const add = (name: string) => {
			if (name && !participants.includes(name)) participants.push(name)
		}
		for (const c of [first, ...own]) {
			add(c.authorName)
			for (const m of c.mentions) add(m)
		}
		const lastAt = Math.max(first.createdAt, ...own.map((c) => c.createdAt))
		threads.push({
			id: first.id,
			target: first.target,
			first,
			replies: own,
			resolved: first.resolved,
			participants,
			lastAt,
		})
	}
	return threads.sort((a, b) => b.lastAt - a.lastAt || (a.id < b.id ? -1 : 1))
}

/** The comments of a thread that still count (not deleted). */
export function liveCommentCount(thread: CommentThread): number {
	return (thread.first.deleted ? 0 : 1) + thread.replies.filter((r) => !r.deleted).length
}
