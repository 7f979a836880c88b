import * as Y from 'yjs'
import type { CommentTarget } from '../../shared/comments/commentsLayout'
import {
	addReply,
	addThread,
	type CommentAuthor,
	deleteComment,
	editComment,
	setResolved,
} from '../../shared/comments/commentWriters'
import { extractMentions } from '../../shared/comments/extractMentions'
import type { Role } from '../../shared/protocol'
import { serverNow } from '../meeting/serverClock'
import { $currentUser, displayName } from '../user/currentUser'
import { $waitingComments } from './commentsStore'
import { withWaiting } from './waitingComments'

/** The Yjs transaction origin of comment writes. */
export const COMMENTS_ORIGIN = 'niudai-comments'

/** Who writes from this page, in `role`. */
export function currentAuthor(role: Role): CommentAuthor {
	return { name: displayName(), userId: $currentUser.get()?.id ?? '', role }
}

/** Marks comment `id` as waiting for the server, up to this client's clock now. */
function markWaiting(doc: Y.Doc, id: string): void {
	const clockEnd = Y.getState(doc.store, doc.clientID)
	$waitingComments.set(withWaiting($waitingComments.get(), id, { client: doc.clientID, clockEnd }))
}

const write = () => ({ now: serverNow(), origin: COMMENTS_ORIGIN })

/**
 * The comment writes of this page: each one Yjs transaction (shared/comments/commentWriters)
 * stamped with the server clock, with the @mentions of known names, the written comment
 * marked as waiting until the server confirms it.
 */
export const commentActions = {
	startThread(doc: Y.Doc, role: Role, target: CommentTarget, body: string, names: readonly string[]): string {
		const id = addThread(
			doc,
			{ target, body, mentions: extractMentions(body, names), author: currentAuthor(role) },
			write(),
		)
		markWaiting(doc, id)
		return id
	},
	reply(doc: Y.Doc, role: Role, threadId: string, body: string, names: readonly string[]): string {
		const id = addReply(
			doc,
			{ threadId, body, mentions: extractMentions(body, names), author: currentAuthor(role) },
			write(),
		)
		markWaiting(doc, id)
		return id
	},
	resolve(doc: Y.Doc, threadId: string, resolved: boolean): void {
		const at = serverNow()
		if (setResolved(doc, threadId, resolved ? { by: displayName(), at } : null, { origin: COMMENTS_ORIGIN }))
			markWaiting(doc, threadId)
	},
	edit(doc: Y.Doc, id: string, body: string, names: readonly string[]): void {
		if (editComment(doc, id, { body, mentions: extractMentions(body, names) }, write())) markWaiting(doc, id)
	},
	remove(doc: Y.Doc, id: string): void {
		if (deleteComment(doc, id, { origin: COMMENTS_ORIGIN })) markWaiting(doc, id)
	},
}
