import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { getYComments } from './commentsLayout'
import {
	addReply,
	addThread,
	type CommentAuthor,
	deleteComment,
	editComment,
	newCommentId,
	setResolved,
} from './commentWriters'
import { readComment, readComments } from './readComment'

const wang: CommentAuthor = { name: '王主任', userId: 'user:wang', role: 'participant' }
const li: CommentAuthor = { name: '李四', userId: 'user:li', role: 'editor' }
const card = { type: 'shape', shapeId: 'shape:need1' } as const

/** Two docs exchanging updates both ways, as two clients through the server. */
function sync(a: Y.Doc, b: Y.Doc) {
	Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)))
	Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)))
}

describe('comment writers', () => {
	it('start a thread and reply to it, each as one transaction with the given origin and time', () => {
		const doc = new Y.Doc()
		const origins: unknown[] = []
		doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin))
		const id = addThread(
			doc,
			{ target: card, body: ' 需要更多数据 @李四 ', mentions: ['李四'], author: wang },
			{ now: 1000, origin: 'o1' },
		)
		const reply = addReply(doc, { threadId: id, body: '好的', mentions: [], author: li }, { now: 2000, origin: 'o2' })
		expect(origins).toEqual(['o1', 'o2'])
		const first = readComment(id, getYComments(doc).get(id))
		expect(first).toMatchObject({
			threadId: id,
			target: card,
			body: '需要更多数据 @李四',
			mentions: ['李四'],
			authorName: '王主任',
			authorRole: 'participant',
			createdAt: 1000,
			resolved: null,
			deleted: false,
			editedAt: null,
		})
		expect(getYComments(doc).get(id)?.get('id')).toBe(id)
		expect(getYComments(doc).get(reply)?.has('target')).toBe(false)
		expect(readComment(reply, getYComments(doc).get(reply))).toMatchObject({
			threadId: id,
			target: null,
			createdAt: 2000,
		})
	})

	it('refuse an empty or whitespace-only body', () => {
		const doc = new Y.Doc()
		expect(() =>
			addThread(doc, { target: card, body: '  ', mentions: [], author: wang }, { now: 1, origin: null }),
		).toThrow(/empty/)
		expect(getYComments(doc).size).toBe(0)
	})

	it('resolve, reopen, edit and delete by setting single keys', () => {
		const doc = new Y.Doc()
		const id = addThread(doc, { target: card, body: 'a', mentions: [], author: wang }, { now: 1, origin: null })
		expect(setResolved(doc, id, { by: '李四', at: 5 }, { origin: null })).toBe(true)
		expect(readComments(doc)[0].resolved).toEqual({ by: '李四', at: 5 })
		setResolved(doc, id, null, { origin: null })
		expect(readComments(doc)[0].resolved).toBeNull()
		expect(editComment(doc, id, { body: 'b @李四', mentions: ['李四'] }, { now: 9, origin: null })).toBe(true)
		expect(readComments(doc)[0]).toMatchObject({ body: 'b @李四', mentions: ['李四'], editedAt: 9 })
		expect(deleteComment(doc, id, { origin: null })).toBe(true)
		expect(readComments(doc)[0].deleted).toBe(true)
		expect(getYComments(doc).size).toBe(1)
	})

	it('report a missing comment or a reply given as a thread', () => {
		const doc = new Y.Doc()
		const id = addThread(doc, { target: card, body: 'a', mentions: [], author: wang }, { now: 1, origin: null })
		const reply = addReply(doc, { threadId: id, body: 'b', mentions: [], author: li }, { now: 2, origin: null })
		expect(setResolved(doc, reply, { by: 'x', at: 1 }, { origin: null })).toBe(false)
		expect(setResolved(doc, 'nope', null, { origin: null })).toBe(false)
		expect(editComment(doc, 'nope', { body: 'x', mentions: [] }, { now: 1, origin: null })).toBe(false)
		expect(deleteComment(doc, 'nope', { origin: null })).toBe(false)
	})

	it('merge a reply, a resolve and an edit made at the same time on three copies', () => {
		const a = new Y.Doc()
		const b = new Y.Doc()
		const c = new Y.Doc()
		const id = addThread(a, { target: card, body: 'first', mentions: [], author: wang }, { now: 1, origin: null })
		sync(a, b)
		sync(a, c)
		addReply(a, { threadId: id, body: 'reply', mentions: [], author: wang }, { now: 2, origin: null })
		setResolved(b, id, { by: '李四', at: 3 }, { origin: null })
		editComment(c, id, { body: 'first, edited', mentions: [] }, { now: 4, origin: null })
		sync(a, b)
		sync(b, c)
		sync(a, c)
		for (const doc of [a, b, c]) {
			const comments = readComments(doc)
			expect(comments).toHaveLength(2)
			const first = comments.find((x) => x.id === id)
			expect(first).toMatchObject({ body: 'first, edited', editedAt: 4, resolved: { by: '李四', at: 3 } })
		}
	})

	it('make distinct ids', () => {
		const ids = new Set(Array.from({ length: 200 }, newCommentId))
		expect(ids.size).toBe(200)
		for (const id of ids) expect(id).toMatch(/^[0-9a-z]{16}$/)
	})
})
