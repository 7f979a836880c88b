import { describe, expect, it } from 'vitest'
import { topBarItems, topBarLayout } from './topBarLayout'

describe('topBarLayout', () => {
	it.each([
		[390, 'zh', 'phone'],
		[600, 'zh', 'phone'],
		[601, 'zh', 'compact'],
		[683, 'zh', 'compact'],
		[1179, 'zh', 'compact'],
		[1180, 'zh', 'wide'],
		[1280, 'zh', 'wide'],
		[1366, 'zh', 'wide'],
		[1280, 'en', 'compact'],
		[1320, 'en', 'wide'],
		[390, 'en', 'phone'],
	] as const)('%i CSS px in %s is %s', (width, language, layout) => {
		expect(topBarLayout(width, language)).toBe(layout)
	})
})

describe('topBarItems', () => {
	it('keeps every tool but the language switch and 动态 in the bar of a wide window', () => {
		expect(topBarItems('wide').more).toEqual(['activity', 'language'])
		expect(topBarItems('wide').inline).toContain('share')
	})

	it('keeps the meeting essentials in a compact bar', () => {
		expect(topBarItems('compact').inline).toEqual(['vote', 'lists', 'meeting', 'minutes', 'share'])
		expect(topBarItems('compact').more).toEqual([
			'comments',
			'analytics',
			'planInfo',
			'dispatch',
			'history',
			'activity',
			'boardMenu',
			'language',
		])
	})

	it('keeps only the vote in a phone bar; everything else is in 更多', () => {
		const { inline, more } = topBarItems('phone')
		expect(inline).toEqual(['vote'])
		expect(more).toHaveLength(12)
	})
})
