import type {
	EffectivenessBasis,
	EfficiencyBasis,
	IndicatorRow,
	PlacementGap,
	ProjectPlacement,
	ProjectRow,
	Quadrant,
} from './planTypes'
import { safeRatio } from './safeNumber'

/** The dividing line of both scores. */
export const PLACEMENT_MIDPOINT = 0.5

/** The planned improvement (vs baseline) that scores the midpoint before any actual is reported: +50 %. */
export const PLANNED_IMPROVEMENT_MIDPOINT = 0.5

function mean(values: readonly number[]): number | null {
	if (values.length === 0) return null
	return values.reduce((sum, v) => sum + v / values.length, 0)
}

function median(values: readonly number[]): number | null {
	if (values.length === 0) return null
	const sorted = [...values].sort((a, b) => a - b)
	const mid = Math.floor(sorted.length / 2)
	return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

const clamp01 = (v: number): number => Math.min(1, Math.max(0, Number.isFinite(v) ? v : 0))

/**
 * The planned-improvement score of one indicator before any actual: |p| / (|p| + 0.5) for a
 * planned change p relative to a non-zero baseline (the target's direction is the
 * desired one, so fewer complaints count like more participants); 1 for a result built
 * from nothing (baseline 0, target ≠ 0); null without a target or a baseline.
 */
export function plannedScore(ind: Pick<IndicatorRow, 'baseline' | 'target' | 'plannedImprovement'>): number | null {
	if (ind.plannedImprovement !== null && Number.isFinite(ind.plannedImprovement)) {
		const p = Math.abs(ind.plannedImprovement)
		return clamp01(safeRatio(p, p + PLANNED_IMPROVEMENT_MIDPOINT))
	}
	if (ind.baseline === 0 && ind.target !== null && Number.isFinite(ind.target) && ind.target !== 0) return 1
	return null
}

/** The quadrant of two scores (each ≥ PLACEMENT_MIDPOINT counts as high). */
export function quadrantOf(efficiency: number, effectiveness: number): Quadrant {
	const highEff = efficiency >= PLACEMENT_MIDPOINT
	const highEffect = effectiveness >= PLACEMENT_MIDPOINT
	if (highEff) return highEffect ? 'highEfficiencyHighEffect' : 'highEfficiencyLowEffect'
	return highEffect ? 'lowEfficiencyHighEffect' : 'lowEfficiencyLowEffect'
}

/**
 * Each project placed by efficiency × effectiveness, both 0–1 with 0.5 as the dividing line.
 *
 * Efficiency — the mean of the parts the project has:
 * - leverage: its non-government share, nonGovernment / (government + nonGovernment)
 *   (= ratio / (1 + ratio): a 资源撬动比 of 1 : 1 scores 0.5);
 * - cost: median / (median + cost per direct beneficiary), the median over the plan's
 *   projects that have one (the median project scores 0.5, cheaper ones more).
 *   `efficiencyBasis` says which parts there were.
 *
 * Effectiveness:
 * - once any indicator of the project is reported, the mean attainment (baseline → target)
 *   of its reported indicators, clamped to 0–1 (`attainment`);
 * - before that, the mean `plannedScore` of its indicators with a baseline: a planned
 *   change of 50 % of the baseline scores 0.5, no change 0, a result built from a
 *   baseline of 0 scores 1 (`plannedImprovement`).
 *
 * A project lacking either score has `placed: false`, no quadrant, and says what it
 * lacks in `missing`. Pure.
 */
export function projectPlacements(
	projects: readonly ProjectRow[],
	indicators: readonly IndicatorRow[],
): ProjectPlacement[] {
	const costs = projects.map((p) => p.costPerBeneficiary.perDirect).filter((v): v is number => v !== null && v > 0)
	const medianCost = median(costs)
	return projects.map((p): ProjectPlacement => {
		const share = p.leverage.nonGovernmentShare
		const cost = p.costPerBeneficiary.perDirect
		const costScore = cost !== null && cost > 0 && medianCost !== null ? safeRatio(medianCost, medianCost + cost) : null
		const parts = [share, costScore].filter((v): v is number => v !== null)
		const efficiency = parts.length === 0 ? null : clamp01(mean(parts) ?? 0)
		const efficiencyBasis: EfficiencyBasis | null =
			share !== null && costScore !== null
				? 'leverageAndCost'
				: share !== null
					? 'leverage'
					: costScore !== null
						? 'cost'
						: null

		const own = indicators.filter((i) => i.projectId === p.id)
		const attained = mean(own.map((i) => i.attainment).filter((v): v is number => v !== null))
		const planned = mean(own.map(plannedScore).filter((v): v is number => v !== null))
		let effectiveness: number | null = null
		let effectivenessBasis: EffectivenessBasis | null = null
		if (attained !== null) {
			effectiveness = clamp01(attained)
			effectivenessBasis = 'attainment'
		} else if (planned !== null) {
			effectiveness = planned
			effectivenessBasis = 'plannedImprovement'
		}
		const missing: PlacementGap[] = []
		if (efficiency === null) missing.push('budget')
		if (effectiveness === null) missing.push(own.some((i) => i.status !== 'notSet') ? 'baselines' : 'targets')
		const placed = efficiency !== null && effectiveness !== null
		const quadrant = efficiency !== null && effectiveness !== null ? quadrantOf(efficiency, effectiveness) : null
		return {
			projectId: p.id,
			title: p.title,
			efficiency,
			efficiencyBasis,
			effectiveness,
			effectivenessBasis,
			placed,
			quadrant,
			missing,
		}
	})
}
