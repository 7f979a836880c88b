import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { CommentTarget } from '../comments/commentsLayout'
import { addReply, addThread, type CommentAuthor, deleteComment, setResolved } from '../comments/commentWriters'
import { resolvedThreadsOf } from './minutesComments'
import type { MeetingSession } from './minutesLayout'

const meeting: MeetingSession = {
	id: 'm1',
	title: 't',
	place: '',
	agenda: [],
	facilitatorName: '',
	startedAt: 1000,
	endedAt: 5000,
	versionId: null,
}

const author = (name: string): CommentAuthor => ({ name, userId: `user:${name}`, role: 'editor' })
const shape: CommentTarget = { type: 'shape', shapeId: 'shape:n1' }

function thread(doc: Y.Doc, id: string, target: CommentTarget, body: string, by: string, resolvedAt: number | null) {
	addThread(doc, { id, target, body, mentions: [], author: author(by) }, { now: 500, origin: null })
	if (resolvedAt !== null) setResolved(doc, id, { by: '王', at: resolvedAt }, { origin: null })
}

describe('resolvedThreadsOf', () => {
	it('lists threads resolved during the meeting with their reply count, in the order resolved', () => {
		const doc = new Y.Doc()
		thread(doc, 'c1', shape, '助餐点选在哪？', '张', 3000)
		addReply(
			doc,
			{ id: 'r1', threadId: 'c1', body: '活动室', mentions: [], author: author('李') },
			{ now: 600, origin: null },
		)
		addReply(
			doc,
			{ id: 'r2', threadId: 'c1', body: 'x', mentions: [], author: author('李') },
			{ now: 700, origin: null },
		)
		deleteComment(doc, 'r2', { origin: null })
		const point: CommentTarget = { type: 'point', pageId: 'page:1', x: 1, y: 2 }
		thread(doc, 'c2', point, '照明', '赵', 2000)
		thread(doc, 'c3', shape, '早', '张', 900)
		thread(doc, 'c4', shape, '开着', '张', null)
		thread(doc, 'c5', shape, '晚', '张', 5001)
		expect(resolvedThreadsOf(doc, meeting, 0)).toEqual([
			{ threadId: 'c2', target: point, body: '照明', authorName: '赵', replies: 0, resolvedBy: '王', resolvedAt: 2000 },
			{
				threadId: 'c1',
				target: shape,
				body: '助餐点选在哪？',
				authorName: '张',
				replies: 1,
				resolvedBy: '王',
				resolvedAt: 3000,
			},
		])
	})

	it('counts up to now while the meeting runs, and hides a deleted first comment’s text', () => {
		const doc = new Y.Doc()
		thread(doc, 'c1', shape, '秘密', '张', 8000)
		deleteComment(doc, 'c1', { origin: null })
		const running = { ...meeting, endedAt: null }
		expect(resolvedThreadsOf(doc, running, 7000)).toEqual([])
		expect(resolvedThreadsOf(doc, running, 9000)).toMatchObject([{ threadId: 'c1', body: '' }])
	})

	it('leaves out a thread reopened after the meeting resolved it', () => {
		const doc = new Y.Doc()
		thread(doc, 'c1', shape, '再议', '张', 2000)
		setResolved(doc, 'c1', null, { origin: null })
		expect(resolvedThreadsOf(doc, meeting, 0)).toEqual([])
	})
})
