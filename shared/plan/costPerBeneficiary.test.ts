import { describe, expect, it } from 'vitest'
import { costPerBeneficiary } from './costPerBeneficiary'

describe('costPerBeneficiary: direct and indirect kept apart', () => {
	it.each<[string, number, number | null, number | null, number | null, number | null]>([
		['both counts', 100_000, 500, 2_000, 200, 50],
		['direct only', 100_000, 400, null, 250, null],
		['indirect only', 100_000, null, 1_000, null, 100],
		['no cost: nothing per head', 0, 500, 2_000, null, null],
		['zero beneficiaries: no ratio, not Infinity', 10_000, 0, 0, null, null],
		['never direct + indirect', 30_000, 100, 200, 300, 150],
	])('%s', (_name, cost, direct, indirect, perDirect, perIndirect) => {
		const c = costPerBeneficiary(cost, direct, indirect)
		expect(c).toEqual({ cost, direct, indirect, perDirect, perIndirect })
	})
})
