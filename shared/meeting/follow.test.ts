import { describe, expect, it } from 'vitest'
import { createFollowRequest, MAX_FOLLOW_NAME_LENGTH, parseFollowRequest } from './follow'

const valid = { id: 'req-1', userId: 'user:abc', name: '王社工', since: 1_700_000_000_000 }

describe('parseFollowRequest', () => {
	it('keeps a well-formed request and drops unknown fields', () => {
		expect(parseFollowRequest({ ...valid, extra: 'x' })).toEqual(valid)
	})

	it('accepts an empty display name (a person who has not named themselves)', () => {
		expect(parseFollowRequest({ ...valid, name: '' })).toEqual({ ...valid, name: '' })
	})

	it.each([
		['null', null],
		['undefined', undefined],
		['a string', 'follow me'],
		['an array', [valid]],
		['a missing id', { ...valid, id: undefined }],
		['an empty id', { ...valid, id: '' }],
		['a numeric id', { ...valid, id: 7 }],
		['an over-long id', { ...valid, id: 'x'.repeat(65) }],
		['a missing user id', { ...valid, userId: undefined }],
		['an empty user id', { ...valid, userId: '' }],
		['an over-long user id', { ...valid, userId: 'u'.repeat(129) }],
		['a name that is not a string', { ...valid, name: { text: 'x' } }],
		['an over-long name', { ...valid, name: '名'.repeat(MAX_FOLLOW_NAME_LENGTH + 1) }],
		['a string time', { ...valid, since: '1700000000000' }],
		['a NaN time', { ...valid, since: Number.NaN }],
		['an infinite time', { ...valid, since: Number.POSITIVE_INFINITY }],
		['a negative time', { ...valid, since: -1 }],
	])('refuses %s', (_label, value) => {
		expect(parseFollowRequest(value)).toBeNull()
	})
})

describe('createFollowRequest', () => {
	it('makes a request that parses back to itself', () => {
		const request = createFollowRequest('r1', 'user:me', ' 李主任 ', 42)
		expect(request).toEqual({ id: 'r1', userId: 'user:me', name: '李主任', since: 42 })
		expect(parseFollowRequest(request)).toEqual(request)
	})

	it('cuts a long name so the request is still valid', () => {
		const request = createFollowRequest('r1', 'user:me', '😀'.repeat(100), 42)
		expect(parseFollowRequest(request)).not.toBeNull()
	})
})
