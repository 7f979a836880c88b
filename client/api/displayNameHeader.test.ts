import { describe, expect, it } from 'vitest'
import { DISPLAY_NAME_HEADER } from '../../shared/activity/activityTypes'
import { displayNameHeader } from './displayNameHeader'

describe('displayNameHeader', () => {
	it('carries a Chinese name URI-encoded, so it reads back exactly', () => {
		const header = displayNameHeader('王芳 (居委会)')
		expect(Object.keys(header)).toEqual([DISPLAY_NAME_HEADER])
		expect(header[DISPLAY_NAME_HEADER]).toMatch(/^[\x21-\x7e]+$/)
		expect(decodeURIComponent(header[DISPLAY_NAME_HEADER])).toBe('王芳 (居委会)')
	})

	it('sends no header for a person without a name', () => {
		expect(displayNameHeader('')).toEqual({})
	})
})
