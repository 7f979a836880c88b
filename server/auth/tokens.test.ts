import { describe, expect, it } from 'vitest'
import { generateToken, hashToken, tokenFromRequest } from './tokens'

describe('tokens', () => {
	it('are 256-bit base64url strings, stored as sha256 hex', () => {
		const t = generateToken()
		expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/)
		expect(generateToken()).not.toBe(t)
		expect(hashToken(t)).toMatch(/^[0-9a-f]{64}$/)
	})

	it('come from the Bearer header, else from ?t=', () => {
		expect(tokenFromRequest({ authorization: 'Bearer abc' }, '/x?t=def')).toBe('abc')
		expect(tokenFromRequest({ authorization: 'bearer  abc ' }, '/x')).toBe('abc')
		expect(tokenFromRequest({}, '/x?t=def')).toBe('def')
		expect(tokenFromRequest({ authorization: 'Basic xyz' }, '/x?t=def')).toBeNull()
		expect(tokenFromRequest({}, '/x?t=a&t=b')).toBeNull()
		expect(tokenFromRequest({}, '/x')).toBeNull()
		expect(tokenFromRequest({}, `/x?t=${'a'.repeat(300)}`)).toBeNull()
	})
})
