import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
	type BoardComment,
	getYComments,
	MAX_COMMENT_LENGTH,
	MEETING_VIEWER_COMMENTS_KEY,
} from '../../shared/comments/commentsLayout'
import {
	addReply,
	addThread,
	type CommentAuthor,
	deleteComment,
	editComment,
	setResolved,
} from '../../shared/comments/commentWriters'
import { readComments } from '../../shared/comments/readComment'
import { getYMeeting } from '../../shared/meeting/meetingLayout'
import type { Role } from '../../shared/protocol'
import { getYRecords } from '../../shared/ydocLayout'
import { commentWriteRefusal, dropBelowEditorUpdate, viewerCommentsOpened } from './commentWrites'
import { inspectUpdate } from './inspectUpdate'
import { writeRefusal } from './writeRefusal'

/** A server doc, the owners of its client ids, and people who write on their own copies. */
function board() {
	const server = new Y.Doc()
	const owners = new Map<number, string>()
	const person = (owner: string, role: Role, gc = true) => {
		const doc = new Y.Doc({ gc })
		Y.applyUpdate(doc, Y.encodeStateAsUpdate(server))
		/**
		 * Makes `change` on this person's copy and asks the rules about the update it makes;
		 * an accepted update is applied to the server (and its client ids owned), like the room does.
		 */
		const write = (change: (doc: Y.Doc) => void): string | null => {
			Y.applyUpdate(doc, Y.encodeStateAsUpdate(server, Y.encodeStateVector(doc)))
			change(doc)
			const update = Y.encodeStateAsUpdate(doc, Y.encodeStateVector(server))
			const inspection = inspectUpdate(server, update)
			expect(inspection.dependenciesMet).toBe(true)
			const refusal = commentWriteRefusal(inspection, server, {
				role,
				ownsClient: (id) => owners.get(id) === owner,
			})
			if (refusal === null) {
				for (const id of inspection.writerClients) if (!owners.has(id)) owners.set(id, owner)
				Y.applyUpdate(server, update)
			}
			return refusal
		}
		return { doc, role, owner, write }
	}
	return { server, owners, person }
}

/** A valid first comment of a thread on shape:a, written by `role`. */
function thread(id: string, role: Role, extra: Partial<Record<keyof BoardComment, unknown>> = {}) {
	return {
		id,
		threadId: id,
		target: { type: 'shape', shapeId: 'shape:a' },
		body: '这里要加一个坡道',
		mentions: [],
		authorName: '王阿姨',
		authorUserId: 'user:wang',
		authorRole: role,
		createdAt: 1000,
		editedAt: null,
		deleted: false,
		resolved: null,
		...extra,
	}
}

/** A valid reply in thread `threadId`. */
function reply(id: string, threadId: string, role: Role, extra: Partial<Record<keyof BoardComment, unknown>> = {}) {
	const { target: _t, resolved: _r, ...rest } = thread(id, role, extra)
	return { ...rest, threadId, ...extra }
}

/** Adds a comment map with `fields` to `doc` (one transaction). */
function add(fields: Record<string, unknown>, key = String(fields.id)) {
	return (doc: Y.Doc) =>
		doc.transact(() => {
			const map = new Y.Map<unknown>()
			getYComments(doc).set(key, map)
			for (const [k, v] of Object.entries(fields)) map.set(k, v)
		})
}

/** Sets `field` of comment `id` in `doc`. */
function set(id: string, field: string, value: unknown) {
	return (doc: Y.Doc) => getYComments(doc).get(id)?.set(field, value)
}

describe('adding comments', () => {
	it('lets a 参会 participant start a thread and anyone who may comment reply to it', () => {
		const { person } = board()
		const wang = person('p:wang', 'participant')
		const li = person('p:li', 'editor')
		expect(wang.write(add(thread('c1', 'participant')))).toBeNull()
		expect(li.write(add(reply('c2', 'c1', 'editor')))).toBeNull()
		expect(
			wang.write(add({ ...thread('c3', 'participant'), target: { type: 'point', pageId: 'page:1', x: 3, y: -4 } })),
		).toBeNull()
	})

	it('refuses a comment whose authorRole is not the writer’s role (a forged role)', () => {
		const { person } = board()
		const wang = person('p:wang', 'participant')
		expect(wang.write(add(thread('c1', 'facilitator')))).toBe('participant may not write comment "c1" as facilitator')
	})

	it('takes a body of MAX_COMMENT_LENGTH characters (UTF-16, as the app counts) and refuses a longer one', () => {
		const { person } = board()
		const wang = person('p:wang', 'participant')
		expect(wang.write(add(thread('c1', 'participant', { body: '好'.repeat(MAX_COMMENT_LENGTH) })))).toBeNull()
		const onPhone = person('p:wang', 'participant')
		expect(onPhone.write(add(thread('c3', 'participant', { body: '😀'.repeat(MAX_COMMENT_LENGTH / 2 + 1) })))).toBe(
			'field "body" of comment "c3" is not valid',
		)
		expect(wang.write(add(thread('c2', 'participant', { body: '好'.repeat(MAX_COMMENT_LENGTH + 1) })))).toBe(
			'field "body" of comment "c2" is not valid',
		)
	})

	it.each([
		[
			'a missing required field',
			(() => {
				const { authorUserId: _, ...rest } = thread('c1', 'participant')
				return rest
			})(),
			'comment "c1" lacks field "authorUserId"',
		],
		['an unknown field', { ...thread('c1', 'participant'), votes: 3 }, 'comment "c1" may not have field "votes"'],
		[
			'a time before 1970',
			thread('c1', 'participant', { createdAt: -1 }),
			'field "createdAt" of comment "c1" is not valid',
		],
		[
			'a wrongly typed field',
			thread('c1', 'participant', { createdAt: '昨天' }),
			'field "createdAt" of comment "c1" is not valid',
		],
		['an id other than its key', thread('c1', 'participant', { id: 'c9' }), 'comment "c1" must have id "c1"'],
		[
			'a thread without a target',
			thread('c1', 'participant', { target: null }),
			'comment "c1" starts a thread but has no target',
		],
		[
			'a malformed target',
			thread('c1', 'participant', { target: { type: 'shape' } }),
			'field "target" of comment "c1" is not valid',
		],
		[
			'a reply with a target',
			{ ...reply('c1', 'c0', 'participant'), target: { type: 'shape', shapeId: 's' } },
			'reply "c1" may not have a target',
		],
		[
			'a resolved reply',
			{ ...reply('c1', 'c0', 'participant'), resolved: { by: '王', at: 1 } },
			'reply "c1" may not be resolved',
		],
		[
			'too many mentions',
			thread('c1', 'participant', { mentions: Array.from({ length: 101 }, (_, i) => `n${i}`) }),
			'field "mentions" of comment "c1" is not valid',
		],
	])('refuses a new comment with %s', (_name, fields, reason) => {
		const { person } = board()
		expect(person('p:wang', 'participant').write(add(fields as Record<string, unknown>, 'c1'))).toBe(reason)
	})

	it('refuses a comment that is not a map, and a field holding a nested type', () => {
		const { person } = board()
		const wang = person('p:wang', 'participant')
		expect(wang.write((d) => getYComments(d).set('c1', 'text' as never))).toBe(
			'comment "c1" must be a map of its fields',
		)
		expect(
			wang.write((d) =>
				d.transact(() => {
					add(thread('c2', 'participant'))(d)
					getYComments(d).get('c2')?.set('body', new Y.Text('富文本'))
				}),
			),
		).toBe('field "body" of comment "c2" must be a plain value')
	})

	it('takes a comment written and edited offline, sent as one update with the overwritten values deleted', () => {
		const { person } = board()
		const wang = person('p:wang', 'participant')
		expect(
			wang.write((d) => {
				add(thread('c1', 'participant'))(d)
				set('c1', 'body', '改一次')(d)
				set('c1', 'body', '改两次')(d)
				add(reply('c2', 'c1', 'participant'))(d)
			}),
		).toBeNull()
	})

	it('counts only the values an update leaves in place, when the client keeps deleted content (gc off)', () => {
		const { person } = board()
		const wang = person('p:wang', 'participant', false)
		expect(
			wang.write((d) => {
				add(thread('c1', 'participant'))(d)
				set('c1', 'body', '改一次')(d)
				set('c1', 'body', '改两次')(d)
			}),
		).toBeNull()
		// A value written and deleted again must be valid all the same.
		expect(
			wang.write((d) => {
				set('c1', 'body', '好'.repeat(MAX_COMMENT_LENGTH + 1))(d)
				set('c1', 'body', '改三次')(d)
			}),
		).toBe('field "body" of comment "c1" is not valid')
	})

	it('refuses a comment created and removed again in one update', () => {
		const { person } = board()
		const wang = person('p:wang', 'participant')
		expect(
			wang.write((d) => {
				add(thread('c1', 'participant'))(d)
				getYComments(d).delete('c1')
			}),
		).toBe('participant may not remove comment "c1"')
	})

	it('refuses a second comment under a key the board holds already (nobody replaces a comment)', () => {
		const { person } = board()
		const wang = person('p:wang', 'participant')
		const li = person('p:li', 'facilitator')
		expect(wang.write(add(thread('c1', 'participant')))).toBeNull()
		expect(li.write(add(thread('c1', 'facilitator')))).toBe('facilitator may not replace comment "c1"')
	})
})

describe('changing comments', () => {
	function withThread() {
		const b = board()
		const author = b.person('p:wang', 'participant')
		const other = b.person('p:li', 'participant')
		const editor = b.person('p:zhao', 'editor')
		const host = b.person('p:host', 'facilitator')
		expect(author.write(add(thread('c1', 'participant')))).toBeNull()
		expect(other.write(add(reply('c2', 'c1', 'participant')))).toBeNull()
		return { ...b, author, other, editor, host }
	}

	it('lets anyone who may comment resolve and reopen a thread, but not a reply', () => {
		const { other, editor } = withThread()
		expect(other.write(set('c1', 'resolved', { by: '李', at: 5 }))).toBeNull()
		expect(editor.write(set('c1', 'resolved', null))).toBeNull()
		expect(other.write((d) => getYComments(d).get('c1')?.delete('resolved'))).toBeNull()
		expect(editor.write(set('c2', 'resolved', { by: '赵', at: 6 }))).toBe(
			'editor may not resolve reply "c2" (only a thread\'s first comment)',
		)
	})

	it('lets only the author edit body, mentions and editedAt — an editor or the facilitator may not', () => {
		const { author, other, editor, host } = withThread()
		expect(
			author.write((d) => {
				set('c1', 'body', '@李 这里要加坡道')(d)
				set('c1', 'mentions', ['李'])(d)
				set('c1', 'editedAt', 2000)(d)
			}),
		).toBeNull()
		expect(other.write(set('c1', 'body', '改掉'))).toBe('participant may not edit comment "c1" of another author')
		expect(editor.write(set('c1', 'mentions', []))).toBe('editor may not edit comment "c1" of another author')
		expect(host.write(set('c1', 'editedAt', 3))).toBe('facilitator may not edit comment "c1" of another author')
	})

	it('lets the author and the facilitator delete a comment, nobody else', () => {
		const { author, other, editor, host } = withThread()
		expect(other.write(set('c1', 'deleted', true))).toBe('participant may not delete comment "c1" of another author')
		expect(editor.write(set('c2', 'deleted', true))).toBe('editor may not delete comment "c2" of another author')
		expect(author.write(set('c1', 'deleted', true))).toBeNull()
		expect(host.write(set('c2', 'deleted', true))).toBeNull()
		expect(host.write(set('c2', 'deleted', 'yes'))).toBe('field "deleted" of comment "c2" is not valid')
	})

	it.each(['id', 'threadId', 'target', 'authorUserId', 'authorName', 'authorRole', 'createdAt'])(
		'lets nobody change %s, not even the author or the facilitator',
		(field) => {
			const { author, host } = withThread()
			expect(author.write(set('c1', field, 'x'))).toBe(`participant may not change "${field}" of comment "c1"`)
			expect(host.write(set('c1', field, 'x'))).toBe(`facilitator may not change "${field}" of comment "c1"`)
		},
	)

	it('refuses an unknown field added to a comment', () => {
		const { author } = withThread()
		expect(author.write(set('c1', 'likes', 3))).toBe('participant may not add field "likes" to comment "c1"')
	})

	it('lets nobody remove a comment’s map, nor a required field; the author may remove an optional one', () => {
		const { person, author, host } = withThread()
		expect(host.write((d) => getYComments(d).delete('c1'))).toBe('facilitator may not remove comment "c1"')
		expect(author.write((d) => getYComments(d).get('c1')?.delete('body'))).toBe(
			'participant may not remove "body" of comment "c1"',
		)
		// (A fresh copy: the refused deletion stays in the first one and would be sent again.)
		const authorAgain = person(author.owner, 'participant')
		expect(authorAgain.write((d) => getYComments(d).get('c1')?.delete('mentions'))).toBeNull()
	})

	it('judges the author by the owner of the client id that created the comment, not by the name written in it', () => {
		const { person, author } = withThread()
		// Same role and the same self-declared name and user id, another owner.
		const impostor = person('p:impostor', 'participant')
		expect(impostor.write(set('c1', 'body', '冒充'))).toBe('participant may not edit comment "c1" of another author')
		// The author on another device of theirs (same owner, a new client id) edits.
		const again = person(author.owner, 'participant')
		expect(again.write(set('c1', 'body', '在手机上改'))).toBeNull()
	})
})

describe('the app’s comment writers (shared/comments/commentWriters.ts)', () => {
	it('make only writes the rules accept, and what they write reads back as comments', () => {
		const { server, person } = board()
		const wang = person('p:wang', 'participant')
		const zhao = person('p:zhao', 'editor')
		const host = person('p:host', 'facilitator')
		const as = (p: { role: Role }, name: string): CommentAuthor => ({ name, userId: `user:${name}`, role: p.role })
		const target = { type: 'point', pageId: 'page:page', x: 10, y: 20 } as const
		const at = { now: 1000, origin: null }
		let thread = ''
		expect(
			wang.write((d) => {
				thread = addThread(d, { target, body: '@赵 坡道太陡', mentions: ['赵'], author: as(wang, '王') }, at)
			}),
		).toBeNull()
		let reply = ''
		expect(
			zhao.write((d) => {
				reply = addReply(d, { threadId: thread, body: '收到', mentions: [], author: as(zhao, '赵') }, at)
			}),
		).toBeNull()
		expect(
			wang.write((d) =>
				editComment(d, thread, { body: '坡道太陡，要改缓', mentions: [] }, { now: 2000, origin: null }),
			),
		).toBeNull()
		expect(host.write((d) => setResolved(d, thread, { by: '主持人', at: 3000 }, at))).toBeNull()
		expect(zhao.write((d) => setResolved(d, thread, null, at))).toBeNull()
		expect(zhao.write((d) => deleteComment(d, reply, at))).toBeNull()
		expect(host.write((d) => deleteComment(d, thread, at))).toBeNull()
		expect(readComments(server).map((c) => [c.id, c.body, c.deleted, c.resolved])).toEqual([
			[thread, '坡道太陡，要改缓', true, null],
			[reply, '收到', true, null],
		])
		// And the editor may not use them on another's comment.
		expect(zhao.write((d) => editComment(d, thread, { body: '改写', mentions: [] }, at))).toBe(
			`editor may not edit comment "${thread}" of another author`,
		)
	})
})

describe('viewers', () => {
	it('may comment only while the facilitator allows it', () => {
		const { server, person } = board()
		const viewer = person('p:guest', 'viewer')
		expect(viewer.write(add(thread('c1', 'viewer')))).toBe('viewer may not comment on this board')
		getYMeeting(server).set(MEETING_VIEWER_COMMENTS_KEY, true)
		expect(viewer.write(add(thread('c2', 'viewer')))).toBeNull()
		getYMeeting(server).set(MEETING_VIEWER_COMMENTS_KEY, false)
		expect(viewer.write(add(thread('c3', 'viewer')))).toBe('viewer may not comment on this board')
	})

	it('notices the transaction that allows viewers to comment, and only that one', () => {
		const doc = new Y.Doc()
		const seen: boolean[] = []
		doc.on('afterTransaction', (tr: Y.Transaction) => seen.push(viewerCommentsOpened(tr, doc)))
		getYMeeting(doc).set('timer', { status: 'idle', durationMs: 1 })
		getYMeeting(doc).set(MEETING_VIEWER_COMMENTS_KEY, true)
		getYComments(doc).set('c1', new Y.Map())
		getYMeeting(doc).set(MEETING_VIEWER_COMMENTS_KEY, false)
		expect(seen).toEqual([false, true, false, false])
	})
})

describe('with the other write rules (writeRefusal)', () => {
	it('checks comments with the rest of an editor’s update, and lets a viewer allowed to comment write the comments root', () => {
		const server = new Y.Doc()
		const client = new Y.Doc()
		client.transact(() => {
			getYRecords(client).set('shape:a', new Y.Map())
			add(thread('c1', 'participant'))(client)
		})
		const update = Y.encodeStateAsUpdate(client)
		const owns = () => true
		expect(writeRefusal('editor', inspectUpdate(server, update), server, owns)).toBe(
			'editor may not write comment "c1" as participant',
		)
		const viewerUpdate = Y.encodeStateAsUpdate(
			(() => {
				const d = new Y.Doc()
				add(thread('c2', 'viewer'))(d)
				return d
			})(),
		)
		expect(writeRefusal('viewer', inspectUpdate(server, viewerUpdate), server, owns)).toBe(
			'viewer may not comment on this board',
		)
		getYMeeting(server).set(MEETING_VIEWER_COMMENTS_KEY, true)
		expect(writeRefusal('viewer', inspectUpdate(server, viewerUpdate), server, owns)).toBeNull()
	})

	it('drops an update below editor that writes outside the comments root or cannot be applied', () => {
		const server = new Y.Doc()
		const commentOnly = new Y.Doc()
		add(thread('c1', 'participant'))(commentOnly)
		expect(dropBelowEditorUpdate(inspectUpdate(server, Y.encodeStateAsUpdate(commentOnly)))).toBe(false)
		const mixed = new Y.Doc()
		mixed.transact(() => {
			add(thread('c2', 'participant'))(mixed)
			getYRecords(mixed).set('shape:x', new Y.Map())
		})
		expect(dropBelowEditorUpdate(inspectUpdate(server, Y.encodeStateAsUpdate(mixed)))).toBe(true)
		// A later comment of a client whose earlier (dropped) writes the server lacks.
		const before = Y.encodeStateVector(mixed)
		add(thread('c3', 'participant'))(mixed)
		expect(dropBelowEditorUpdate(inspectUpdate(server, Y.encodeStateAsUpdate(mixed, before)))).toBe(true)
	})
})
