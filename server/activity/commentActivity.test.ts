import { describe, expect, it } from 'vitest'
import { type CommentSummary, commentActivity, summarizeComment } from './commentActivity'

const describeShape = (id: string) => (id === 'shape:a' ? { type: 'need', title: '助餐' } : null)

describe('commentActivity', () => {
	it('logs a comment added on a card, a reply, and a point comment, each on its thread’s target', () => {
		const root: CommentSummary = { threadId: 'c1', shapeId: 'shape:a', resolved: false }
		const reply: CommentSummary = { threadId: 'c1', shapeId: null, resolved: false }
		const point: CommentSummary = { threadId: 'c3', shapeId: null, resolved: false }
		const threads: Record<string, CommentSummary> = { c1: root, c3: point }
		const drafts = commentActivity(
			[
				{ id: 'c1', before: null, after: root },
				{ id: 'c2', before: null, after: reply },
				{ id: 'c3', before: null, after: point },
			],
			(id) => threads[id] ?? null,
			describeShape,
		)
		expect(drafts).toEqual([
			{ kind: 'comment_added', targetId: 'shape:a', targetType: 'need', targetTitle: '助餐', fields: [] },
			{ kind: 'comment_added', targetId: 'shape:a', targetType: 'need', targetTitle: '助餐', fields: [] },
			{ kind: 'comment_added', targetId: 'c3', targetType: 'point', targetTitle: '', fields: [] },
		])
	})

	it('logs a thread resolved and reopened, and nothing for an edit of a comment', () => {
		const open: CommentSummary = { threadId: 'c1', shapeId: 'shape:a', resolved: false }
		const resolved = { ...open, resolved: true }
		const thread = () => open
		expect(commentActivity([{ id: 'c1', before: open, after: resolved }], thread, describeShape)).toMatchObject([
			{ kind: 'thread_resolved', targetId: 'shape:a' },
		])
		expect(commentActivity([{ id: 'c1', before: resolved, after: open }], thread, describeShape)).toMatchObject([
			{ kind: 'thread_reopened', targetId: 'shape:a' },
		])
		expect(commentActivity([{ id: 'c1', before: open, after: open }], thread, describeShape)).toEqual([])
	})

	it('reads a comment’s fields: thread, shape target, resolution', () => {
		expect(
			summarizeComment('c1', {
				threadId: 'c1',
				target: { type: 'shape', shapeId: 'shape:a' },
				resolved: { by: '王', at: 1 },
			}),
		).toEqual({ threadId: 'c1', shapeId: 'shape:a', resolved: true })
		expect(summarizeComment('c2', { threadId: 'c1', resolved: null })).toEqual({
			threadId: 'c1',
			shapeId: null,
			resolved: false,
		})
	})
})
