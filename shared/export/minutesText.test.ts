import { describe, expect, it } from 'vitest'
import { isTimeZone, minutesClock, minutesDate, minutesPeriod, roleLabel, sectorLabel } from './minutesText'

const start = Date.UTC(2026, 2, 5, 6, 0)

describe('minutes times', () => {
	it('writes a meeting period in the time zone asked for', () => {
		expect(minutesPeriod(start, start + 150 * 60_000, 'zh', 'Asia/Shanghai')).toBe('2026年3月5日 14:00–16:30')
		expect(minutesPeriod(start, start + 150 * 60_000, 'en', 'UTC')).toBe('5 March 2026 06:00–08:30')
		expect(minutesClock(start, 'Asia/Shanghai')).toBe('14:00')
	})

	it('writes the end date when the meeting ends another day, and says when it still runs', () => {
		expect(minutesPeriod(start, start + 12 * 3600_000, 'zh', 'Asia/Shanghai')).toBe(
			'2026年3月5日 14:00 – 2026年3月6日 02:00',
		)
		expect(minutesPeriod(start, null, 'zh', 'Asia/Shanghai')).toBe('2026年3月5日 14:00 起（会议进行中）')
	})

	it('falls back to UTC for an unknown time zone', () => {
		expect(isTimeZone('Mars/Olympus')).toBe(false)
		expect(isTimeZone('Asia/Shanghai')).toBe(true)
		expect(minutesClock(start, 'Mars/Olympus')).toBe('06:00')
	})

	it('writes due dates, and nothing for none', () => {
		expect(minutesDate('2026-04-01', 'zh')).toBe('2026年4月1日')
		expect(minutesDate('2026-04-01', 'en')).toBe('1 April 2026')
		expect(minutesDate('', 'zh')).toBe('')
	})

	it('names sectors and roles in both languages', () => {
		expect(sectorLabel('residents', 'zh')).toBe('居民')
		expect(sectorLabel(null, 'zh')).toBe('未填')
		expect(sectorLabel('government', 'en')).toBe('Government')
		expect(roleLabel('participant', 'zh')).toBe('参会')
	})
})
