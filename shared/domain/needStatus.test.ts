import { describe, expect, it } from 'vitest'
import type { LinkType } from './cardProps'
import type { NeedStatus } from './enums'
import { effectiveNeedStatus, needStatusAfterLink } from './needStatus'

describe('effectiveNeedStatus', () => {
	it.each<[NeedStatus, boolean, NeedStatus]>([
		['open', false, 'open'],
		['open', true, 'matched'],
		['matched', true, 'matched'],
		['inProgress', true, 'inProgress'],
		['done', false, 'done'],
		['followedUp', true, 'followedUp'],
	])('%s, linked %s → %s', (status, linked, shown) => {
		expect(effectiveNeedStatus(status, linked)).toBe(shown)
	})
})

describe('needStatusAfterLink', () => {
	it.each<[NeedStatus, LinkType | null, NeedStatus | null]>([
		['open', 'allocation', 'matched'],
		['open', 'serves', 'matched'],
		['open', 'provides', null],
		['open', null, null],
		['matched', 'allocation', null],
		['done', 'allocation', null],
	])('%s + %s → %s', (status, type, next) => {
		expect(needStatusAfterLink(status, type)).toBe(next)
	})
})
