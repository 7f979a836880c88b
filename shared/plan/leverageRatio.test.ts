import { describe, expect, it } from 'vitest'
import type { BudgetForm, BudgetSource } from '../domain/enums'
import { budgetSummary } from './budgetSummary'
import { leverageRatio } from './leverageRatio'
import type { PlanBudgetLine, ValuedAllocation } from './planTypes'

function line(
	source: BudgetSource,
	form: BudgetForm,
	amount: number,
	category: PlanBudgetLine['category'] = 'activity',
): PlanBudgetLine {
	return {
		category,
		item: '',
		quantity: null,
		unit: '',
		unitPrice: null,
		amount,
		source,
		form,
		effectiveAmount: amount,
		amountBasis: 'amount',
		hourValue: null,
	}
}

function allocation(value: number, inBudget: boolean): ValuedAllocation {
	return {
		matchId: 'shape:l',
		projectId: 'shape:p',
		resourceId: 'shape:r',
		resource: 'r',
		sector: 'market',
		value,
		inBudget,
	}
}

describe('budgetSummary', () => {
	it('splits cash and in kind, by source and by category', () => {
		const s = budgetSummary([
			line('govPurchase', 'cash', 100_000, 'personnel'),
			line('selfRaised', 'cash', 10_000, 'activity'),
			line('donation', 'inKind', 5_000, 'materials'),
			line('enterprise', 'inKind', 2_000, 'materials'),
		])
		expect(s).toMatchObject({
			total: 117_000,
			cash: 110_000,
			inKind: 7_000,
			government: 100_000,
			nonGovernment: 17_000,
		})
		expect(s.bySource.donation).toEqual({ cash: 0, inKind: 5_000, total: 5_000 })
		expect(s.bySource.govPurchase).toEqual({ cash: 100_000, inKind: 0, total: 100_000 })
		expect(s.byCategory).toMatchObject({ personnel: 100_000, activity: 10_000, materials: 7_000, publicity: 0 })
	})
})

describe('leverageRatio (资源撬动比)', () => {
	it.each<[string, PlanBudgetLine[], ValuedAllocation[], number | null, number | null, number]>([
		['no budget at all: no ratio, no share', [], [], null, null, 0],
		['government only: 0 : 1', [line('govPurchase', 'cash', 100_000)], [], 0, 0, 0],
		[
			'self-raised and enterprise cash per government 元',
			[line('govPurchase', 'cash', 100_000), line('selfRaised', 'cash', 20_000), line('enterprise', 'cash', 30_000)],
			[],
			0.5,
			50_000 / 150_000,
			50_000,
		],
		[
			'in-kind donations and volunteer time count',
			[line('govPurchase', 'cash', 40_000), line('donation', 'inKind', 8_000), line('donation', 'inKind', 12_000)],
			[],
			0.5,
			20_000 / 60_000,
			20_000,
		],
		[
			'government in kind counts as government, not leverage',
			[line('govPurchase', 'inKind', 50_000), line('govPurchase', 'cash', 50_000), line('donation', 'cash', 10_000)],
			[],
			0.1,
			10_000 / 110_000,
			10_000,
		],
		['no government money: share 1, no ratio', [line('donation', 'cash', 10_000)], [], null, 1, 10_000],
		[
			'valued allocations not in the budget are added',
			[line('govPurchase', 'cash', 10_000)],
			[allocation(5_000, false), allocation(7_000, true)],
			0.5,
			5_000 / 15_000,
			5_000,
		],
	])('%s', (_name, lines, allocations, ratio, share, nonGovernment) => {
		const l = leverageRatio(budgetSummary(lines), allocations)
		expect(l.ratio === null ? null : Number(l.ratio.toFixed(6))).toBe(ratio)
		expect(l.nonGovernmentShare === null ? null : Number(l.nonGovernmentShare.toFixed(6))).toBe(
			share === null ? null : Number(share.toFixed(6)),
		)
		expect(l.nonGovernment).toBe(nonGovernment)
	})

	it('keeps the parts apart', () => {
		const l = leverageRatio(
			budgetSummary([line('govPurchase', 'cash', 100), line('selfRaised', 'cash', 30), line('donation', 'inKind', 20)]),
			[allocation(50, false)],
		)
		expect(l).toEqual({
			government: 100,
			nonGovernment: 100,
			nonGovernmentCash: 30,
			nonGovernmentInKind: 20,
			allocatedValue: 50,
			ratio: 1,
			nonGovernmentShare: 0.5,
		})
	})
})
