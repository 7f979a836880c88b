import { describe, expect, it } from 'vitest'
import { computedAmount, editBudgetLine } from './budgetAmount'

describe('budget line amounts', () => {
	it.each([
		[{ quantity: 10, unitPrice: 120 }, 1200],
		[{ quantity: 3, unitPrice: 0.1 }, 0.3],
		[{ quantity: 0, unitPrice: 50 }, 0],
		[{ quantity: null, unitPrice: 50 }, null],
		[{ quantity: 4, unitPrice: null }, null],
		[{ quantity: 4 }, null],
		[{ quantity: Number.NaN, unitPrice: 2 }, null],
	])('%o → %s', (line, expected) => {
		expect(computedAmount(line)).toBe(expected)
	})

	it('computes the amount when the second factor is set, and keeps a typed amount otherwise', () => {
		const typed = { item: '场地', quantity: null, unitPrice: null, amount: 800 }
		expect(editBudgetLine(typed, 'item', '场地租用')).toEqual({ ...typed, item: '场地租用' })
		const half = editBudgetLine(typed, 'quantity', 4)
		expect(half.amount).toBe(800)
		const full = editBudgetLine(half, 'unitPrice', 150)
		expect(full).toEqual({ item: '场地', quantity: 4, unitPrice: 150, amount: 600 })
		// Clearing a factor keeps the last amount, which can then be typed.
		expect(editBudgetLine(full, 'unitPrice', null).amount).toBe(600)
	})
})
