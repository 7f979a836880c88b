import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { getYComments } from '../comments/commentsLayout'
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

function comment(doc: Y.Doc, id: string, fields: Record<string, unknown>): void {
	const map = new Y.Map<unknown>()
	getYComments(doc).set(id, map)
	for (const [k, v] of Object.entries({ threadId: id, body: '', authorName: '', deleted: false, ...fields }))
		map.set(k, v)
}

describe('resolvedThreadsOf', () => {
	it('lists threads resolved during the meeting with their reply count, in the order resolved', () => {
		const doc = new Y.Doc()
		const target = { type: 'shape', shapeId: 'shape:n1' }
		comment(doc, 'c1', { target, body: '助餐点选在哪？', authorName: '张', resolved: { by: '王', at: 3000 } })
		comment(doc, 'r1', { threadId: 'c1', body: '活动室' })
		comment(doc, 'r2', { threadId: 'c1', body: 'x', deleted: true })
		comment(doc, 'c2', {
			target: { type: 'point', pageId: 'page:1', x: 1, y: 2 },
			body: '照明',
			resolved: { by: '李', at: 2000 },
		})
		comment(doc, 'c3', { target, body: '早', resolved: { by: '王', at: 900 } })
		comment(doc, 'c4', { target, body: '开着', resolved: null })
		comment(doc, 'c5', { target, body: '晚', resolved: { by: '王', at: 5001 } })
		const threads = resolvedThreadsOf(doc, meeting, 0)
		expect(threads).toEqual([
			{
				threadId: 'c2',
				target: { type: 'point', pageId: 'page:1', x: 1, y: 2 },
				body: '照明',
				authorName: '',
				replies: 0,
				resolvedBy: '李',
				resolvedAt: 2000,
			},
			{
				threadId: 'c1',
				target,
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
		comment(doc, 'c1', { body: '秘密', deleted: true, resolved: { by: '王', at: 8000 } })
		const running = { ...meeting, endedAt: null }
		expect(resolvedThreadsOf(doc, running, 7000)).toEqual([])
		expect(resolvedThreadsOf(doc, running, 9000)).toMatchObject([{ threadId: 'c1', body: '', target: null }])
	})
})
