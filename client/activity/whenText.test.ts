import type { TFunction } from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import { testTranslations } from './testTranslations'
import { addDays, dayText, fullWhenText, startOfDay, whenText } from './whenText'

let zhT: TFunction
let enT: TFunction
beforeAll(async () => {
	;({ zhT, enT } = await testTranslations())
})

// Local times, whatever the machine's time zone.
const now = new Date(2026, 2, 10, 15, 30).getTime()
const at = (month: number, day: number, h: number, m: number, year = 2026) =>
	new Date(year, month - 1, day, h, m).getTime()

describe('whenText', () => {
	it('says 刚刚 under a minute and counts minutes under an hour', () => {
		expect(whenText(now - 20_000, now, zhT)).toBe('刚刚')
		expect(whenText(now - 10 * 60_000, now, zhT)).toBe('10 分钟前')
		expect(whenText(now - 10 * 60_000, now, enT)).toBe('10 min ago')
	})

	it('gives the time with 今天 / 昨天 for the last two days', () => {
		expect(whenText(at(3, 10, 9, 5), now, zhT)).toBe('今天 09:05')
		expect(whenText(at(3, 9, 23, 59), now, zhT)).toBe('昨天 23:59')
	})

	it('gives month and day before that, and the year when it is another year', () => {
		expect(whenText(at(3, 5, 14, 2), now, zhT)).toBe('3月5日 14:02')
		expect(whenText(at(12, 31, 8, 0, 2025), now, zhT)).toBe('2025年12月31日 08:00')
		expect(whenText(at(3, 5, 14, 2), now, enT)).toBe('5/3 14:02')
	})

	it('gives the full date for a tooltip', () => {
		expect(fullWhenText(at(3, 5, 14, 2), zhT)).toBe('2026年3月5日 14:02')
	})
})

describe('dayText', () => {
	it('names today and yesterday, and dates otherwise', () => {
		expect(dayText(startOfDay(now), now, zhT)).toBe('今天')
		expect(dayText(addDays(now, -1), now, zhT)).toBe('昨天')
		expect(dayText(addDays(now, -5), now, zhT)).toBe('3月5日')
	})
})
