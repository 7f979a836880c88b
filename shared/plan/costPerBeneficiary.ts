import type { CostPerBeneficiary } from './planTypes'
import { safeRatio } from './safeNumber'

function positive(v: number | null): v is number {
	return typeof v === 'number' && Number.isFinite(v) && v > 0
}

/**
 * Cost per beneficiary with direct and indirect beneficiaries kept apart: `perDirect` =
 * cost / direct, `perIndirect` = cost / indirect, each null when the cost or that count
 * is missing or 0. The two are never added (an indirect beneficiary may be a direct one
 * of another project, or live outside the community). Pure.
 */
export function costPerBeneficiary(cost: number, direct: number | null, indirect: number | null): CostPerBeneficiary {
	const hasCost = Number.isFinite(cost) && cost > 0
	return {
		cost: Number.isFinite(cost) ? cost : 0,
		direct,
		indirect,
		perDirect: hasCost && positive(direct) ? safeRatio(cost, direct) : null,
		perIndirect: hasCost && positive(indirect) ? safeRatio(cost, indirect) : null,
	}
}
