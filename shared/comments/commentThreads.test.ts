import { describe, expect, it } from 'vitest'
import { commentCounts } from './commentCounts'
import type { BoardComment } from './commentsLayout'
import { commentThreads } from './commentThreads'
import { filterThreads } from './filterThreads'

function comment(id: string, threadId: string, createdAt: number, extra: Partial<BoardComment> = {}): BoardComment {
	return {
		id,
		threadId,
		target: id === threadId ? { type: 'shape', shapeId: 'shape:a' } : null,
		body: id,
		mentions: [],
		authorName: '王',
		authorUserId: 'u',
		authorRole: 'participant',
		createdAt,
		editedAt: null,
		deleted: false,
		resolved: null,
		...extra,
	}
}

describe('commentThreads', () => {
	it('groups replies under their first comment in time order, newest activity first', () => {
		const threads = commentThreads([
			comment('r2', 't1', 30, { authorName: '李' }),
			comment('t1', 't1', 10),
			comment('r1', 't1', 20, { mentions: ['张'] }),
			comment('t2', 't2', 25),
		])
		expect(threads.map((t) => t.id)).toEqual(['t1', 't2'])
		expect(threads[0].replies.map((r) => r.id)).toEqual(['r1', 'r2'])
		expect(threads[0].participants).toEqual(['王', '张', '李'])
		expect(threads[0].lastAt).toBe(30)
	})

	it('leaves out replies whose thread has not arrived', () => {
		expect(commentThreads([comment('r1', 'missing', 1)])).toEqual([])
	})
})

describe('commentCounts', () => {
	it('counts the live comments of open threads per shape', () => {
		const threads = commentThreads([
			comment('t1', 't1', 1),
			comment('r1', 't1', 2),
			comment('r2', 't1', 3, { deleted: true }),
			comment('t2', 't2', 4, { resolved: { by: 'x', at: 5 } }),
			comment('t3', 't3', 6, { target: { type: 'point', pageId: 'p', x: 0, y: 0 } }),
		])
		expect(commentCounts(threads)).toEqual(new Map([['shape:a', 2]]))
	})
})

describe('filterThreads', () => {
	const threads = commentThreads([
		comment('t1', 't1', 1, { target: { type: 'shape', shapeId: 'shape:need' } }),
		comment('t2', 't2', 2, { target: { type: 'shape', shapeId: 'shape:gone' }, resolved: { by: 'x', at: 3 } }),
		comment('t3', 't3', 4, { target: { type: 'point', pageId: 'p', x: 0, y: 0 }, authorName: '李' }),
		comment('r3', 't3', 5, { mentions: ['赵'] }),
	])
	const place = (id: string) => (id === 'shape:need' ? 'need' : null)
	const ids = (f: Parameters<typeof filterThreads>[1]) => filterThreads(threads, f, place).map((t) => t.id)

	it('shows open threads by default and resolved ones on request', () => {
		expect(ids({ place: null, person: null, status: 'open' })).toEqual(['t3', 't1'])
		expect(ids({ place: null, person: null, status: 'resolved' })).toEqual(['t2'])
		expect(ids({ place: null, person: null, status: 'all' })).toHaveLength(3)
	})

	it('filters by card kind, point or deleted card', () => {
		expect(ids({ place: 'need', person: null, status: 'all' })).toEqual(['t1'])
		expect(ids({ place: 'point', person: null, status: 'all' })).toEqual(['t3'])
		expect(ids({ place: 'deleted', person: null, status: 'all' })).toEqual(['t2'])
	})

	it('filters by a person who wrote or was mentioned', () => {
		expect(ids({ place: null, person: '赵', status: 'all' })).toEqual(['t3'])
		expect(ids({ place: null, person: '李', status: 'all' })).toEqual(['t3'])
		expect(ids({ place: null, person: '王', status: 'all' })).toHaveLength(3)
	})
})
