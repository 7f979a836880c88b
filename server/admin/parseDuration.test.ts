import { describe, expect, it } from 'vitest'
import { parseDuration } from './parseDuration'

describe('parseDuration', () => {
	it('reads a whole number and a unit', () => {
		expect(parseDuration('30d')).toBe(30 * 86_400_000)
		expect(parseDuration('12h')).toBe(12 * 3_600_000)
		expect(parseDuration('45m')).toBe(45 * 60_000)
		expect(parseDuration('90s')).toBe(90_000)
		expect(parseDuration('2w')).toBe(14 * 86_400_000)
		expect(parseDuration('0d')).toBe(0)
	})

	it.each(['', '30', 'd', '30 days', '1.5d', '-3d', '30D', '3x', 'thirty d', '9999999d'])(
		'refuses "%s" and says what it accepts',
		(text) => {
			expect(() => parseDuration(text)).toThrow(/not a duration: write a whole number and a unit, e\.g\. 30d, 12h/)
		},
	)
})
