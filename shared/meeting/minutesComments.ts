import * as Y from 'yjs'
import { type CommentTarget, getYComments } from '../comments/commentsLayout'
import type { MeetingSession } from './minutesLayout'

/** A thread resolved during a meeting, as the minutes list it. */
export interface ResolvedThread {
	threadId: string
	target: CommentTarget | null
	/** The first comment's text ('' when it was deleted). */
	body: string
	authorName: string
	/** Replies that are not deleted. */
	replies: number
	resolvedBy: string
	resolvedAt: number
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isTime(value: unknown): value is number {
	return typeof value === 'number' && Number.isFinite(value) && value >= 0
}

function parseTarget(value: unknown): CommentTarget | null {
	if (!isRecord(value)) return null
	if (value.type === 'shape' && typeof value.shapeId === 'string') return { type: 'shape', shapeId: value.shapeId }
	if (
		value.type === 'point' &&
		typeof value.pageId === 'string' &&
		typeof value.x === 'number' &&
		typeof value.y === 'number'
	)
		return { type: 'point', pageId: value.pageId, x: value.x, y: value.y }
	return null
}

const str = (value: unknown) => (typeof value === 'string' ? value : '')

/**
 * The threads of root "comments" whose resolution (`resolved.at`) falls within the
 * meeting (up to `now` while it runs), in the order they were resolved. A thread resolved
 * in the meeting and reopened since is not resolved any more and is left out.
 */
export function resolvedThreadsOf(doc: Y.Doc, meeting: MeetingSession, now: number): ResolvedThread[] {
	const end = meeting.endedAt ?? now
	const comments = getYComments(doc)
	const replies = new Map<string, number>()
	for (const [id, map] of comments.entries()) {
		if (!(map instanceof Y.Map)) continue
		const threadId = map.get('threadId')
		if (typeof threadId !== 'string' || threadId === id || map.get('deleted') === true) continue
		replies.set(threadId, (replies.get(threadId) ?? 0) + 1)
	}
	const out: ResolvedThread[] = []
	for (const [id, map] of comments.entries()) {
		if (!(map instanceof Y.Map) || map.get('threadId') !== id) continue
		const resolved = map.get('resolved')
		if (!isRecord(resolved) || !isTime(resolved.at)) continue
		if (resolved.at < meeting.startedAt || resolved.at > end) continue
		out.push({
			threadId: id,
			target: parseTarget(map.get('target')),
			body: map.get('deleted') === true ? '' : str(map.get('body')),
			authorName: str(map.get('authorName')),
			replies: replies.get(id) ?? 0,
			resolvedBy: str(resolved.by),
			resolvedAt: resolved.at,
		})
	}
	return out.sort((a, b) => a.resolvedAt - b.resolvedAt || (a.threadId < b.threadId ? -1 : 1))
}
