import { describe, expect, it } from 'vitest'
import { formatPlanDate } from '../plan/planCover'
import { planDate, planMoney, planPeriod, planQuantity, reported } from './planFormat'

describe('planFormat', () => {
	it('writes dates in Chinese (2026年12月6日) or English, never ISO', () => {
		expect(planDate('2026-12-06', 'zh')).toBe('2026年12月6日')
		expect(planDate('2026-03-01', 'en')).toBe('1 March 2026')
		expect(planDate('', 'zh')).toBe('')
		expect(planDate('2026-13-01', 'zh')).toBe('')
		expect(planPeriod('2026-03-01', '2026-12-31', 'zh')).toBe('2026年3月1日至2026年12月31日')
		expect(planPeriod('2026-03-01', '', 'zh')).toBe('2026年3月1日起')
		expect(planPeriod('', '', 'zh')).toBe('')
		// The plan's own date is China Standard Time.
		expect(formatPlanDate(Date.UTC(2026, 11, 5, 17))).toBe('2026-12-06')
	})

	it('writes figures with thousands separators and a unit, 未填报 for nothing reported', () => {
		expect(planMoney(1160000, 'zh')).toBe('1,160,000 元')
		expect(planMoney(null, 'zh')).toBe('')
		expect(planQuantity(6000, '人', 'zh')).toBe('6,000 人')
		expect(planQuantity(3, '', 'zh')).toBe('3')
		expect(reported(null, '小时', 'zh')).toBe('未填报')
		expect(reported(0, '小时', 'zh')).toBe('0 小时')
		expect(reported(null, 'h', 'en')).toBe('not reported')
	})
})
