import type { BoardComment } from './commentsLayout'

/**
 * The comments that should tell this person they were @mentioned: not seen before
 * (`seen`), written at or after `since` (server-clock ms: the page opened; older ones are
 * history, not news), by someone else (another user id), not deleted, naming `me.name`.
 */
export function newMentions(
	comments: readonly BoardComment[],
	seen: ReadonlySet<string>,
	since: number,
	me: { name: string; userId: string },
): BoardComment[] {
	if (me.name === '') return []
	return comments.filter(
		(c) =>
			!seen.has(c.id) &&
			!c.deleted &&
			c.createdAt >= since &&
			c.authorUserId !== me.userId &&
			c.mentions.includes(me.name),
	)
}
