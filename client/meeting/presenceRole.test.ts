import { describe, expect, it } from 'vitest'
import { presenceRole } from './presenceRole'

describe('presenceRole', () => {
	it.each([
		[{ role: 'facilitator' }, 'facilitator'],
		[{ role: 'editor' }, 'editor'],
		[{ role: 'viewer', other: 1 }, 'viewer'],
		[{}, null],
		[null, null],
		['facilitator', null],
		[{ role: 'admin' }, null],
		[{ role: ['facilitator'] }, null],
		[{ role: 'toString' }, null],
	])('%j → %s', (meta, expected) => {
		expect(presenceRole(meta)).toBe(expected)
	})
})
