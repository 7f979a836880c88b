import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { getYComments, MAX_COMMENT_LENGTH } from './commentsLayout'
import { readComment, readCommentTarget } from './readComment'

function stored(fields: Record<string, unknown>): Y.Map<unknown> {
	const doc = new Y.Doc()
	const map = new Y.Map<unknown>()
	getYComments(doc).set('c1', map)
	for (const [k, v] of Object.entries(fields)) map.set(k, v)
	return map
}

const valid = {
	threadId: 'c1',
	target: { type: 'point', pageId: 'page:1', x: 10, y: -4 },
	resolved: null,
	body: 'hi',
	mentions: [],
	authorName: '王',
	authorUserId: 'u',
	authorRole: 'viewer',
	createdAt: 5,
	editedAt: null,
	deleted: false,
}

describe('readComment', () => {
	it('reads a valid first comment', () => {
		expect(readComment('c1', stored(valid))).toMatchObject({ id: 'c1', target: valid.target, authorRole: 'viewer' })
	})

	it.each([
		['an unknown role', { authorRole: 'admin' }],
		['a missing body', { body: undefined }],
		['a body too long', { body: 'x'.repeat(MAX_COMMENT_LENGTH + 1) }],
		['a first comment without target', { target: { type: 'shape' } }],
		['mentions that are not strings', { mentions: [1] }],
		['a negative time', { createdAt: -1 }],
	])('refuses %s', (_, change) => {
		const fields: Record<string, unknown> = { ...valid, ...change }
		for (const k of Object.keys(fields)) if (fields[k] === undefined) delete fields[k]
		expect(readComment('c1', stored(fields))).toBeNull()
	})

	it('refuses what is not a Y.Map', () => {
		expect(readComment('c1', { body: 'x' })).toBeNull()
		expect(readComment('c1', null)).toBeNull()
	})

	it('reads a reply without target nor resolution even if they are set', () => {
		const reply = readComment('c1', stored({ ...valid, threadId: 't0', resolved: { by: 'x', at: 1 } }))
		expect(reply).toMatchObject({ threadId: 't0', target: null, resolved: null })
	})

	it('reads malformed resolutions as open', () => {
		expect(readComment('c1', stored({ ...valid, resolved: { by: 3 } }))?.resolved).toBeNull()
	})
})

describe('readCommentTarget', () => {
	it('refuses points off the number line', () => {
		expect(readCommentTarget({ type: 'point', pageId: 'p', x: Number.NaN, y: 0 })).toBeNull()
		expect(readCommentTarget({ type: 'shape', shapeId: 'shape:a' })).toEqual({ type: 'shape', shapeId: 'shape:a' })
	})
})
