import { describe, expect, it } from 'vitest'
import { type FollowBannerInput, followBannerMode } from './followBannerMode'

const request = { id: 'r1', userId: 'user:host', name: '李主任', since: 1 }

describe('followBannerMode', () => {
	it.each<[string, Omit<FollowBannerInput, 'request'>, string]>([
		['the requester leads', { myUserId: 'user:host', followingUserId: null, dismissed: false }, 'leading'],
		[
			'the requester leads even if following someone',
			{ myUserId: 'user:host', followingUserId: 'user:x', dismissed: false },
			'leading',
		],
		[
			'a participant whose view follows the requester',
			{ myUserId: 'user:me', followingUserId: 'user:host', dismissed: false },
			'following',
		],
		[
			'a participant waiting for the requester’s view',
			{ myUserId: 'user:me', followingUserId: null, dismissed: false },
			'waiting',
		],
		['a participant who stopped', { myUserId: 'user:me', followingUserId: null, dismissed: true }, 'stopped'],
		[
			'a participant who chose to follow someone else',
			{ myUserId: 'user:me', followingUserId: 'user:other', dismissed: true },
			'stopped',
		],
		[
			'a participant following the requester by hand after stopping',
			{ myUserId: 'user:me', followingUserId: 'user:host', dismissed: true },
			'following',
		],
		['a participant without a user id yet', { myUserId: null, followingUserId: null, dismissed: false }, 'waiting'],
	])('%s', (_label, input, expected) => {
		expect(followBannerMode({ request, ...input })).toBe(expected)
	})
})
