import type { ActivityDraft } from './ActivityDraft'

/** What the activity log needs of one comment. */
export interface CommentSummary {
	threadId: string
	/** The shape a thread is on (only on its first comment), or null for a point of the canvas. */
	shapeId: string | null
	/** Only meaningful on a thread's first comment. */
	resolved: boolean
}

/** One comment a transaction changed. */
export interface CommentChange {
	id: string
	before: CommentSummary | null
	after: CommentSummary | null
}

/** What a shape is, for the entry: its type (a card kind, `link`, `shape`) and title. */
export type DescribeShape = (shapeId: string) => { type: string; title: string } | null

/** The summary of a comment's fields (its Y.Map as JSON), or null when it is not a comment. */
export function summarizeComment(id: string, fields: Record<string, unknown>): CommentSummary | null {
	const threadId = typeof fields.threadId === 'string' ? fields.threadId : id
	const target = fields.target as { type?: unknown; shapeId?: unknown } | null | undefined
	const shapeId = target?.type === 'shape' && typeof target.shapeId === 'string' ? target.shapeId : null
	const resolved = fields.resolved !== null && fields.resolved !== undefined
	return { threadId, shapeId, resolved }
}

/**
 * What a transaction did to comments (pure): comments added (a new comment map), threads
 * resolved or reopened (the first comment's `resolved` set or cleared). The entry's target
 * is the thread's shape (a card or a link) when it has one, else the thread itself
 * (`point`). Edits and deletions of comments are not logged.
 */
export function commentActivity(
	changes: readonly CommentChange[],
	threadOf: (threadId: string) => CommentSummary | null,
	describeShape: DescribeShape,
): ActivityDraft[] {
	const out: ActivityDraft[] = []
	const target = (threadId: string): Pick<ActivityDraft, 'targetId' | 'targetType' | 'targetTitle'> => {
		const shapeId = threadOf(threadId)?.shapeId ?? null
		if (shapeId === null) return { targetId: threadId, targetType: 'point', targetTitle: '' }
		const shape = describeShape(shapeId)
		return { targetId: shapeId, targetType: shape?.type ?? 'shape', targetTitle: shape?.title ?? '' }
	}
	for (const { id, before, after } of changes) {
		if (!after) continue
		if (!before) {
			out.push({ kind: 'comment_added', ...target(after.threadId), fields: [] })
			continue
		}
		if (id !== after.threadId || before.resolved === after.resolved) continue
		out.push({ kind: after.resolved ? 'thread_resolved' : 'thread_reopened', ...target(id), fields: [] })
	}
	return out
}
