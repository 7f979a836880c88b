import { describe, expect, it } from 'vitest'
import type { BoardComment } from './commentsLayout'
import { newMentions } from './newMentions'

const comment = (id: string, over: Partial<BoardComment> = {}): BoardComment => ({
	id,
	threadId: id,
	target: { type: 'shape', shapeId: 'shape:n1' },
	body: '@王阿姨 请看',
	mentions: ['王阿姨'],
	authorName: '主持人',
	authorUserId: 'user:host',
	authorRole: 'facilitator',
	createdAt: 2000,
	editedAt: null,
	deleted: false,
	resolved: null,
	...over,
})

const me = { name: '王阿姨', userId: 'user:wang' }

describe('newMentions', () => {
	it('tells of a new comment by someone else that mentions me', () => {
		expect(newMentions([comment('c1')], new Set(), 1000, me).map((c) => c.id)).toEqual(['c1'])
	})

	it('stays quiet about comments seen, older than the page, deleted, my own, or mentioning others', () => {
		const comments = [
			comment('seen'),
			comment('old', { createdAt: 500 }),
			comment('deleted', { deleted: true }),
			comment('mine', { authorUserId: 'user:wang' }),
			comment('other', { mentions: ['李老板'] }),
		]
		expect(newMentions(comments, new Set(['seen']), 1000, me)).toEqual([])
		expect(newMentions([comment('c1')], new Set(), 1000, { ...me, name: '' })).toEqual([])
	})
})
