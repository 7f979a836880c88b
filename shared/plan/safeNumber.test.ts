import { describe, expect, it } from 'vitest'
import { clampFinite, finiteOr, safeRatio, safeSum } from './safeNumber'

describe('safe arithmetic', () => {
	it.each([
		[[1, 2, 3], 6],
		[[], 0],
		[[1, null, undefined, Number.NaN, Number.POSITIVE_INFINITY, 2], 3],
		[[Number.MAX_VALUE, Number.MAX_VALUE], Number.MAX_VALUE],
		[[1e15, 1e15], 2e15],
	])('safeSum(%o) = %d', (values, expected) => {
		expect(safeSum(values)).toBe(expected)
	})

	it.each([
		[1, 0, 0],
		[0, 0, 0],
		[3, 4, 0.75],
		[Number.MAX_VALUE, 1e-300, 0],
		[Number.NaN, 2, 0],
	])('safeRatio(%d, %d) = %d', (n, d, expected) => {
		expect(safeRatio(n, d)).toBe(expected)
	})

	it('clamps and falls back', () => {
		expect(clampFinite(Number.POSITIVE_INFINITY)).toBe(Number.MAX_VALUE)
		expect(clampFinite(Number.NEGATIVE_INFINITY)).toBe(-Number.MAX_VALUE)
		expect(clampFinite(Number.NaN)).toBe(0)
		expect(finiteOr('3', null)).toBeNull()
		expect(finiteOr(3, null)).toBe(3)
	})
})
