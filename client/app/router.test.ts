import { describe, expect, it } from 'vitest'
import { parseRoute } from './router'

describe('parseRoute', () => {
	it.each([
		['/', { page: 'home' }],
		['/b/abc123DEF456', { page: 'board', boardId: 'abc123DEF456' }],
		['/b/abc123DEF456/plan', { page: 'plan', boardId: 'abc123DEF456' }],
		['/b/abc123DEF456/other', { page: 'board', boardId: 'abc123DEF456' }],
		['/b/abc123DEF456/v/ver_-123456', { page: 'version', boardId: 'abc123DEF456', versionId: 'ver_-123456' }],
		['/b/abc123DEF456/v/', { page: 'board', boardId: 'abc123DEF456' }],
		['/b/', { page: 'notFound' }],
		['/elsewhere', { page: 'notFound' }],
	])('%s', (path, route) => {
		expect(parseRoute(path)).toEqual(route)
	})
})
