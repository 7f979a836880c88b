import { type CommentThread, liveCommentCount } from './commentThreads'

/** Per shape id: the non-deleted comments of its open threads (shapes with none are left out). */
export function commentCounts(threads: readonly CommentThread[]): Map<string, number> {
	const counts = new Map<string, number>()
	for (const thread of threads) {
		if (thread.resolved || thread.target.type !== 'shape') continue
		const n = liveCommentCount(thread)
		if (n === 0) continue
		const id = thread.target.shapeId
		counts.set(id, (counts.get(id) ?? 0) + n)
	}
	return counts
}
