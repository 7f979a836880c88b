import { describe, expect, it } from 'vitest'
import { canChangeComment, canComment } from './canComment'

describe('canComment', () => {
	it('lets participants and up comment, viewers only when allowed', () => {
		expect(canComment('participant', false)).toBe(true)
		expect(canComment('editor', false)).toBe(true)
		expect(canComment('viewer', false)).toBe(false)
		expect(canComment('viewer', true)).toBe(true)
	})
})

describe('canChangeComment', () => {
	it('lets the author edit and delete, the facilitator delete only', () => {
		expect(canChangeComment('edit', 'participant', 'u1', 'u1')).toBe(true)
		expect(canChangeComment('edit', 'facilitator', 'u2', 'u1')).toBe(false)
		expect(canChangeComment('delete', 'facilitator', 'u2', 'u1')).toBe(true)
		expect(canChangeComment('delete', 'editor', 'u2', 'u1')).toBe(false)
		expect(canChangeComment('delete', 'editor', null, 'u1')).toBe(false)
	})
})
