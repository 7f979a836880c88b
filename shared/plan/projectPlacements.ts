import type {
	EffectivenessBasis,
	EfficiencyBasis,
	IndicatorRow,
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
 * - before that, the mean planned improvement p of its indicators with a baseline, as
 *   p / (p + 0.5) (a planned +50 % scores 0.5; no or negative improvement 0) (`plannedImprovement`).
 *
 * A project lacking either score has `placed: false` and no quadrant. Pure.
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
		const planned = mean(own.map((i) => i.plannedImprovement).filter((v): v is number => v !== null))
		let effectiveness: number | null = null
		let effectivenessBasis: EffectivenessBasis | null = null
		if (attained !== null) {
			effectiveness = clamp01(attained)
			effectivenessBasis = 'attainment'
		} else if (planned !== null) {
			effectiveness = planned <= 0 ? 0 : clamp01(safeRatio(planned, planned + PLANNED_IMPROVEMENT_MIDPOINT))
			effectivenessBasis = 'plannedImprovement'
		}
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
		}
	})
}
