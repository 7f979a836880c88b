import type * as Y from 'yjs'
import { ROLES, type Role } from '../protocol'
import {
	type BoardComment,
	type CommentResolution,
	type CommentTarget,
	getYComments,
	MAX_COMMENT_LENGTH,
} from './commentsLayout'

const isString = (v: unknown): v is string => typeof v === 'string'
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0
const isCoordinate = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)

/** A thread's target as stored, or null when malformed. */
export function readCommentTarget(value: unknown): CommentTarget | null {
	if (!value || typeof value !== 'object') return null
	const v = value as Record<string, unknown>
	if (v.type === 'shape' && isString(v.shapeId) && v.shapeId.length > 0) return { type: 'shape', shapeId: v.shapeId }
	if (v.type === 'point' && isString(v.pageId) && isCoordinate(v.x) && isCoordinate(v.y))
		return { type: 'point', pageId: v.pageId, x: v.x, y: v.y }
	return null
}

/** A thread's resolution as stored: null while open (or when malformed). */
export function readCommentResolution(value: unknown): CommentResolution | null {
	if (!value || typeof value !== 'object') return null
	const v = value as Record<string, unknown>
	return isString(v.by) && isTime(v.at) ? { by: v.by, at: v.at } : null
}

/**
 * One comment's Y.Map validated into a BoardComment, or null when it is not one (a field
 * missing or of the wrong type, a thread's first comment without a target, a body too long).
 */
export function readComment(id: string, map: unknown): BoardComment | null {
	if (!map || typeof (map as Y.Map<unknown>).get !== 'function') return null
	const m = map as Y.Map<unknown>
	const threadId = m.get('threadId')
	const body = m.get('body')
	const authorName = m.get('authorName')
	const authorUserId = m.get('authorUserId')
	const authorRole = m.get('authorRole')
	const createdAt = m.get('createdAt')
	const editedAt = m.get('editedAt') ?? null
	const mentions = m.get('mentions') ?? []
	if (!isString(threadId) || !isString(body) || body.length > MAX_COMMENT_LENGTH) return null
	if (!isString(authorName) || !isString(authorUserId)) return null
	if (!ROLES.includes(authorRole as Role) || !isTime(createdAt)) return null
	if (editedAt !== null && !isTime(editedAt)) return null
	if (!Array.isArray(mentions) || !mentions.every(isString)) return null
	const first = threadId === id
	const target = first ? readCommentTarget(m.get('target')) : null
	if (first && !target) return null
	return {
		id,
		threadId,
		target,
		body,
		mentions: [...mentions],
		authorName,
		authorUserId,
		authorRole: authorRole as Role,
		createdAt,
		editedAt,
		deleted: m.get('deleted') === true,
		resolved: first ? readCommentResolution(m.get('resolved')) : null,
	}
}

/** Every valid comment of a board doc (malformed entries left out). */
export function readComments(doc: Y.Doc): BoardComment[] {
	const out: BoardComment[] = []
	for (const [id, map] of getYComments(doc).entries()) {
		const comment = readComment(id, map)
		if (comment) out.push(comment)
	}
	return out
}
