import type { ProjectIndicator } from '../domain/cardProps'
import type { IndicatorStatus } from './planTypes'
import { safeRatio } from './safeNumber'

/** The assessment of one indicator (see the fields of `IndicatorRow`). */
export interface IndicatorAssessment {
	status: IndicatorStatus
	plannedChange: number | null
	plannedImprovement: number | null
	attainment: number | null
}

function num(v: number | null): v is number {
	return typeof v === 'number' && Number.isFinite(v)
}

/**
 * Where an indicator stands, 基线 → 目标 → 实际:
 * - status: `notSet` 未设定 without a target, `notReported` 未填报 with a target but no
 *   actual (an empty actual is not 0), `reported` with both;
 * - plannedChange = target − baseline; plannedImprovement = (target − baseline) / |baseline|
 *   (null when the baseline is missing or 0);
 * - attainment (reported only) = (actual − baseline) / (target − baseline) when the baseline
 *   is set and differs from the target (works for targets below the baseline too), else
 *   actual / target; null when that divides by 0.
 * Pure.
 */
export function assessIndicator(ind: Pick<ProjectIndicator, 'baseline' | 'target' | 'actual'>): IndicatorAssessment {
	const { baseline, target, actual } = ind
	if (!num(target)) return { status: 'notSet', plannedChange: null, plannedImprovement: null, attainment: null }
	const plannedChange = num(baseline) ? target - baseline : null
	const plannedImprovement =
		num(baseline) && baseline !== 0 && plannedChange !== null ? safeRatio(plannedChange, Math.abs(baseline)) : null
	if (!num(actual)) return { status: 'notReported', plannedChange, plannedImprovement, attainment: null }
	let attainment: number | null = null
	if (num(baseline) && baseline !== target) attainment = safeRatio(actual - baseline, target - baseline)
	else if (target !== 0) attainment = safeRatio(actual, target)
	return { status: 'reported', plannedChange, plannedImprovement, attainment }
}
