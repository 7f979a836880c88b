import * as Y from 'yjs'
import type { Role } from '../protocol'
import {
	type CommentResolution,
	type CommentTarget,
	getYComments,
	MAX_COMMENT_LENGTH,
	MAX_COMMENT_MENTIONS,
} from './commentsLayout'

/** Who writes a comment: the self-declared name, the presence user id and the role on the board. */
export interface CommentAuthor {
	name: string
	userId: string
	role: Role
}

/** What every write needs: the server-clock time and the transaction origin. */
export interface CommentWrite {
	/** Server-clock ms (client/meeting/serverClock.ts serverNow). */
	now: number
	origin: unknown
}

/** A new comment id: 16 random base-36 characters (getRandomValues works outside secure contexts too). */
export function newCommentId(): string {
	const bytes = new Uint8Array(16)
	globalThis.crypto.getRandomValues(bytes)
	return Array.from(bytes, (b) => (b % 36).toString(36)).join('')
}

function checkBody(body: string): string {
	const trimmed = body.trim()
	if (trimmed.length === 0) throw new Error('comment body: empty')
	if (trimmed.length > MAX_COMMENT_LENGTH) throw new Error(`comment body: longer than ${MAX_COMMENT_LENGTH}`)
	return trimmed
}

function insertComment(doc: Y.Doc, id: string, fields: Record<string, unknown>, write: CommentWrite): string {
	doc.transact(() => {
		const map = new Y.Map<unknown>()
		getYComments(doc).set(id, map)
		map.set('id', id)
		for (const [key, value] of Object.entries(fields)) map.set(key, value)
	}, write.origin)
	return id
}

function baseFields(body: string, mentions: readonly string[], author: CommentAuthor, now: number) {
	return {
		body: checkBody(body),
		mentions: mentions.slice(0, MAX_COMMENT_MENTIONS),
		authorName: author.name,
		authorUserId: author.userId,
		authorRole: author.role,
		createdAt: now,
		editedAt: null,
		deleted: false,
	}
}

/** Starts a thread on `target` with its first comment, as one transaction; returns its id. */
export function addThread(
	doc: Y.Doc,
	input: { target: CommentTarget; body: string; mentions: readonly string[]; author: CommentAuthor; id?: string },
	write: CommentWrite,
): string {
	const id = input.id ?? newCommentId()
	return insertComment(
		doc,
		id,
		{
			threadId: id,
			target: { ...input.target },
			resolved: null,
			...baseFields(input.body, input.mentions, input.author, write.now),
		},
		write,
	)
}

/** Adds a reply to thread `threadId`, as one transaction; returns its id. */
export function addReply(
	doc: Y.Doc,
	input: { threadId: string; body: string; mentions: readonly string[]; author: CommentAuthor; id?: string },
	write: CommentWrite,
): string {
	const id = input.id ?? newCommentId()
	return insertComment(
		doc,
		id,
		{ threadId: input.threadId, ...baseFields(input.body, input.mentions, input.author, write.now) },
		write,
	)
}

function commentMap(doc: Y.Doc, id: string): Y.Map<unknown> | null {
	const map = getYComments(doc).get(id)
	return map instanceof Y.Map ? map : null
}

/** Resolves (with who and when) or, with null, reopens a thread; false when the thread is not there. */
export function setResolved(
	doc: Y.Doc,
	threadId: string,
	resolution: CommentResolution | null,
	write: Pick<CommentWrite, 'origin'>,
): boolean {
	const map = commentMap(doc, threadId)
	if (!map || map.get('threadId') !== threadId) return false
	doc.transact(() => map.set('resolved', resolution ? { by: resolution.by, at: resolution.at } : null), write.origin)
	return true
}

/** Changes a comment's body and mentions and stamps `editedAt`; false when the comment is not there. */
export function editComment(
	doc: Y.Doc,
	id: string,
	input: { body: string; mentions: readonly string[] },
	write: CommentWrite,
): boolean {
	const map = commentMap(doc, id)
	if (!map) return false
	const body = checkBody(input.body)
	doc.transact(() => {
		map.set('body', body)
		map.set('mentions', input.mentions.slice(0, MAX_COMMENT_MENTIONS))
		map.set('editedAt', write.now)
	}, write.origin)
	return true
}

/** Marks a comment deleted (its map stays, so the thread keeps its place); false when it is not there. */
export function deleteComment(doc: Y.Doc, id: string, write: Pick<CommentWrite, 'origin'>): boolean {
	const map = commentMap(doc, id)
	if (!map) return false
	doc.transact(() => map.set('deleted', true), write.origin)
	return true
}
