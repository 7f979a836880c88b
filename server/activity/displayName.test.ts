import { describe, expect, it } from 'vitest'
import { MAX_ACTIVITY_NAME_LENGTH, nameFromHeader, presentedName } from './displayName'

describe('display names in the activity log', () => {
	it('joins a connection’s presence names, without control characters, cut to the longest name', () => {
		expect(presentedName(['王社工'])).toBe('王社工')
		expect(presentedName(['王社工', '', ' 李\u0007老板 '])).toBe('王社工 / 李老板')
		expect([...presentedName(['名'.repeat(200)])]).toHaveLength(MAX_ACTIVITY_NAME_LENGTH)
		expect(presentedName([])).toBe('')
	})

	it('decodes the REST header, cuts a long one, and refuses bad encoding or control characters', () => {
		expect(nameFromHeader(encodeURIComponent('居委会 张主任'))).toEqual({ name: '居委会 张主任' })
		expect(nameFromHeader(undefined)).toEqual({ name: '' })
		expect(nameFromHeader(encodeURIComponent('长'.repeat(100)))).toEqual({
			name: '长'.repeat(MAX_ACTIVITY_NAME_LENGTH),
		})
		expect(nameFromHeader('%E4%B8')).toMatchObject({ problem: expect.stringMatching(/URI encoding/) })
		expect(nameFromHeader(encodeURIComponent('a\nb'))).toMatchObject({ problem: expect.stringMatching(/control/) })
	})
})
