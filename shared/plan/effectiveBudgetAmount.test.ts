import { describe, expect, it } from 'vitest'
import type { BudgetLine } from '../domain/cardProps'
import { effectiveBudgetAmount, planBudgetLines } from './effectiveBudgetAmount'

type Factors = Pick<BudgetLine, 'category' | 'quantity' | 'unitPrice' | 'amount'>

describe('effectiveBudgetAmount', () => {
	it.each<[string, Factors, number, string]>([
		[
			'quantity × unit price',
			{ category: 'activity', quantity: 12, unitPrice: 500, amount: null },
			6000,
			'quantityTimesUnitPrice',
		],
		[
			'quantity × unit price wins over a typed amount',
			{ category: 'activity', quantity: 2, unitPrice: 300, amount: 9999 },
			600,
			'quantityTimesUnitPrice',
		],
		['amount alone', { category: 'personnel', quantity: null, unitPrice: null, amount: 80_000 }, 80_000, 'amount'],
		[
			'quantity without unit price: the amount',
			{ category: 'materials', quantity: 10, unitPrice: null, amount: 1500 },
			1500,
			'amount',
		],
		[
			'unit price without quantity: the amount',
			{ category: 'materials', quantity: null, unitPrice: 20, amount: 400 },
			400,
			'amount',
		],
		['nothing usable: 0', { category: 'other', quantity: null, unitPrice: null, amount: null }, 0, 'none'],
		[
			'volunteer hours without unit price: hours × hour value',
			{ category: 'volunteerTime', quantity: 400, unitPrice: null, amount: null },
			10_000,
			'volunteerHours',
		],
		[
			'volunteer hours valued at the board rate even with an amount typed',
			{ category: 'volunteerTime', quantity: 10, unitPrice: null, amount: 1 },
			250,
			'volunteerHours',
		],
		[
			'volunteer hours with their own unit price',
			{ category: 'volunteerTime', quantity: 100, unitPrice: 30, amount: null },
			3000,
			'quantityTimesUnitPrice',
		],
		[
			'volunteer time with only an amount',
			{ category: 'volunteerTime', quantity: null, unitPrice: null, amount: 700 },
			700,
			'amount',
		],
		[
			'zero quantity counts as 0, not the amount',
			{ category: 'activity', quantity: 0, unitPrice: 100, amount: 50 },
			0,
			'quantityTimesUnitPrice',
		],
	])('%s', (_name, line, amount, basis) => {
		const r = effectiveBudgetAmount(line, 25)
		expect(r.effectiveAmount).toBe(amount)
		expect(r.amountBasis).toBe(basis)
		expect(r.hourValue).toBe(basis === 'volunteerHours' ? 25 : null)
	})

	it('huge factors stay finite', () => {
		const r = effectiveBudgetAmount({ category: 'activity', quantity: 1e308, unitPrice: 1e308, amount: null }, 25)
		expect(Number.isFinite(r.effectiveAmount)).toBe(true)
	})

	it('planBudgetLines keeps every field and adds the effective amount', () => {
		const line: BudgetLine = {
			category: 'volunteerTime',
			item: '志愿服务',
			quantity: 8,
			unit: '小时',
			unitPrice: null,
			amount: null,
			source: 'donation',
			form: 'inKind',
		}
		expect(planBudgetLines([line], 30)).toEqual([
			{ ...line, effectiveAmount: 240, amountBasis: 'volunteerHours', hourValue: 30 },
		])
	})
})
