import type * as Y from 'yjs'
import type { Role } from '../protocol'

/**
 * Comments live in a board's main Y.Doc, beside `records`, so they sync live, reach late
 * joiners and work offline like every other edit:
 *
 * ```
 * Y.Doc
 * └─ "comments": Y.Map<commentId, Y.Map<field, JSON>>   one map per comment, one key per field
 * ```
 *
 * A thread is its first comment (`threadId === id`, the only one with a `target` and a
 * `resolved` key) and the replies that name it in `threadId`. One key per field, so a reply,
 * a resolve and an edit made at the same moment by three people all survive.
 *
 * Who may write (the server enforces it, server/sync/commentWrites.ts):
 * - a 参会 participant, an editor or the facilitator; a viewer only while the facilitator
 *   allows viewers to comment (`meeting` map key MEETING_VIEWER_COMMENTS_KEY === true);
 * - anyone who may comment adds comments and resolves or reopens any thread;
 * - only the author (the owner of the Yjs client id that created the comment's map) edits or
 *   deletes (`deleted: true`) their comment; the facilitator may delete any;
 * - a comment's map is never removed from the root (a deleted comment keeps its place in
 *   the thread as "（已删除）").
 */
export const Y_COMMENTS_KEY = 'comments'

/** Meeting-map key (facilitator-only): true while viewers may comment (set in 分享). */
export const MEETING_VIEWER_COMMENTS_KEY = 'viewerComments'

/** Longest comment body, in characters. */
export const MAX_COMMENT_LENGTH = 2000

/** Most display names one comment may @mention (the server refuses more). */
export const MAX_COMMENT_MENTIONS = 100

/** What a thread is attached to: a shape (a card or a link's arrow) or a point of a page. */
export type CommentTarget = { type: 'shape'; shapeId: string } | { type: 'point'; pageId: string; x: number; y: number }

/** Who resolved a thread, and when (server-clock ms). */
export interface CommentResolution {
	by: string
	at: number
}

/** One comment as read from its Y.Map (validated: see readComment). */
export interface BoardComment {
	id: string
	/** The thread's first comment id; equal to `id` for the first comment. */
	threadId: string
	/** Only on a thread's first comment. */
	target: CommentTarget | null
	body: string
	/** Display names @mentioned in the body. */
	mentions: string[]
	/** Self-declared display name of the author. */
	authorName: string
	/** The author's stable tldraw user id (presence userId), to recognise one's own comments. */
	authorUserId: string
	/** The author's role when writing (the server checks it equals the connection's role). */
	authorRole: Role
	/** Server-clock ms. */
	createdAt: number
	editedAt: number | null
	deleted: boolean
	/** Only on a thread's first comment: null while open. */
	resolved: CommentResolution | null
}

/** The comments root map of a board doc. */
export function getYComments(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
	return doc.getMap<Y.Map<unknown>>(Y_COMMENTS_KEY)
}
