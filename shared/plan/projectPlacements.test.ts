import { describe, expect, it } from 'vitest'
import type { IndicatorRow, ProjectPlacement, ProjectRow } from './planTypes'
import { projectPlacements, quadrantOf } from './projectPlacements'

/** A project row with just what the placement reads. */
function project(id: string, share: number | null, perDirect: number | null): ProjectRow {
	return {
		id,
		title: id,
		leverage: { nonGovernmentShare: share },
		costPerBeneficiary: { perDirect },
	} as unknown as ProjectRow
}

function indicator(
	projectId: string,
	v: Partial<Pick<IndicatorRow, 'attainment' | 'plannedImprovement' | 'status' | 'baseline' | 'target'>>,
): IndicatorRow {
	return {
		projectId,
		project: projectId,
		name: 'i',
		dimension: 'effectiveness',
		baseline: null,
		target: null,
		actual: null,
		unit: '',
		status: v.status ?? (v.target === null ? 'notSet' : 'notReported'),
		plannedChange: null,
		plannedImprovement: null,
		attainment: null,
		...v,
	}
}

const pick = (p: ProjectPlacement) => ({
	efficiency: p.efficiency === null ? null : Number(p.efficiency.toFixed(4)),
	efficiencyBasis: p.efficiencyBasis,
	effectiveness: p.effectiveness === null ? null : Number(p.effectiveness.toFixed(4)),
	effectivenessBasis: p.effectivenessBasis,
	placed: p.placed,
	quadrant: p.quadrant,
})

describe('projectPlacements: efficiency × effectiveness', () => {
	it.each<[string, ProjectRow[], IndicatorRow[], ReturnType<typeof pick>]>([
		[
			'leverage 1 : 1 and target met: high/high',
			[project('a', 0.5, null)],
			[indicator('a', { attainment: 1, status: 'reported' })],
			{
				efficiency: 0.5,
				efficiencyBasis: 'leverage',
				effectiveness: 1,
				effectivenessBasis: 'attainment',
				placed: true,
				quadrant: 'highEfficiencyHighEffect',
			},
		],
		[
			'government-funded and half attained: low/high (0.5 is high)',
			[project('a', 0, null)],
			[indicator('a', { attainment: 0.5, status: 'reported' })],
			{
				efficiency: 0,
				efficiencyBasis: 'leverage',
				effectiveness: 0.5,
				effectivenessBasis: 'attainment',
				placed: true,
				quadrant: 'lowEfficiencyHighEffect',
			},
		],
		[
			'attainment over 1 is clamped; below 0 too',
			[project('a', 0.8, null)],
			[indicator('a', { attainment: 3, status: 'reported' }), indicator('a', { attainment: -2, status: 'reported' })],
			{
				efficiency: 0.8,
				efficiencyBasis: 'leverage',
				effectiveness: 0.5,
				effectivenessBasis: 'attainment',
				placed: true,
				quadrant: 'highEfficiencyHighEffect',
			},
		],
		[
			'nothing reported: planned +50 % scores 0.5',
			[project('a', 0.2, null)],
			[indicator('a', { plannedImprovement: 0.5 })],
			{
				efficiency: 0.2,
				efficiencyBasis: 'leverage',
				effectiveness: 0.5,
				effectivenessBasis: 'plannedImprovement',
				placed: true,
				quadrant: 'lowEfficiencyHighEffect',
			},
		],
		[
			'planned +10 % only: low effectiveness',
			[project('a', 0.6, null)],
			[indicator('a', { plannedImprovement: 0.1 })],
			{
				efficiency: 0.6,
				efficiencyBasis: 'leverage',
				effectiveness: 0.1667,
				effectivenessBasis: 'plannedImprovement',
				placed: true,
				quadrant: 'highEfficiencyLowEffect',
			},
		],
		[
			'a planned decrease (fewer complaints) counts by its size: −50 % scores 0.5',
			[project('a', 0.6, null)],
			[indicator('a', { plannedImprovement: -0.5 })],
			{
				efficiency: 0.6,
				efficiencyBasis: 'leverage',
				effectiveness: 0.5,
				effectivenessBasis: 'plannedImprovement',
				placed: true,
				quadrant: 'highEfficiencyHighEffect',
			},
		],
		[
			'no planned change scores 0',
			[project('a', 0.6, null)],
			[indicator('a', { plannedImprovement: 0 })],
			{
				efficiency: 0.6,
				efficiencyBasis: 'leverage',
				effectiveness: 0,
				effectivenessBasis: 'plannedImprovement',
				placed: true,
				quadrant: 'highEfficiencyLowEffect',
			},
		],
		[
			'a result built from a baseline of 0 scores 1',
			[project('a', 0.1, null)],
			[indicator('a', { baseline: 0, target: 5 })],
			{
				efficiency: 0.1,
				efficiencyBasis: 'leverage',
				effectiveness: 1,
				effectivenessBasis: 'plannedImprovement',
				placed: true,
				quadrant: 'lowEfficiencyHighEffect',
			},
		],
		[
			'no indicators: not placed',
			[project('a', 0.6, 100)],
			[],
			{
				// (share 0.6 + cost score 0.5 as the only, median, project) / 2
				efficiency: 0.55,
				efficiencyBasis: 'leverageAndCost',
				effectiveness: null,
				effectivenessBasis: null,
				placed: false,
				quadrant: null,
			},
		],
		[
			'no budget: not placed',
			[project('a', null, null)],
			[indicator('a', { attainment: 1, status: 'reported' })],
			{
				efficiency: null,
				efficiencyBasis: null,
				effectiveness: 1,
				effectivenessBasis: 'attainment',
				placed: false,
				quadrant: null,
			},
		],
	])('%s', (_name, projects, indicators, expected) => {
		expect(pick(projectPlacements(projects, indicators)[0])).toEqual(expected)
	})

	it('cost per direct beneficiary is scored against the median project', () => {
		const placements = projectPlacements(
			[project('cheap', null, 100), project('median', null, 200), project('dear', null, 600)],
			['cheap', 'median', 'dear'].map((id) => indicator(id, { attainment: 1, status: 'reported' })),
		)
		expect(placements.map((p) => [p.projectId, Number(p.efficiency?.toFixed(4)), p.efficiencyBasis])).toEqual([
			['cheap', 0.6667, 'cost'],
			['median', 0.5, 'cost'],
			['dear', 0.25, 'cost'],
		])
	})

	it('leverage and cost are averaged when both exist', () => {
		const [p] = projectPlacements([project('a', 0.2, 100)], [indicator('a', { attainment: 0.3, status: 'reported' })])
		// cost: the only project is the median → 0.5; (0.2 + 0.5) / 2
		expect(p.efficiency).toBeCloseTo(0.35)
		expect(p.quadrant).toBe('lowEfficiencyLowEffect')
	})

	it('reported attainment wins over planned improvement', () => {
		const [p] = projectPlacements(
			[project('a', 0.5, null)],
			[
				indicator('a', { plannedImprovement: 5 }),
				indicator('a', { attainment: 0.2, status: 'reported', plannedImprovement: 5 }),
			],
		)
		expect(p).toMatchObject({ effectiveness: 0.2, effectivenessBasis: 'attainment' })
	})

	it.each<[number, number, string]>([
		[0.5, 0.5, 'highEfficiencyHighEffect'],
		[0.49, 0.5, 'lowEfficiencyHighEffect'],
		[0.5, 0.49, 'highEfficiencyLowEffect'],
		[0, 0, 'lowEfficiencyLowEffect'],
	])('quadrantOf(%f, %f) = %s', (eff, effect, q) => {
		expect(quadrantOf(eff, effect)).toBe(q)
	})
})

describe('projectPlacements: what an unplaced project lacks', () => {
	it.each<[string, ProjectRow, IndicatorRow[], string[]]>([
		['placed', project('a', 0.5, null), [indicator('a', { attainment: 1, status: 'reported', target: 1 })], []],
		[
			'no budget',
			project('a', null, null),
			[indicator('a', { attainment: 1, status: 'reported', target: 1 })],
			['budget'],
		],
		['no indicators', project('a', 0.5, null), [], ['targets']],
		['indicators without targets', project('a', 0.5, null), [indicator('a', { target: null })], ['targets']],
		['targets without baselines or actuals', project('a', 0.5, null), [indicator('a', { target: 300 })], ['baselines']],
		['nothing at all', project('a', null, null), [], ['budget', 'targets']],
	])('%s', (_name, p, indicators, missing) => {
		const [placement] = projectPlacements([p], indicators)
		expect(placement.missing).toEqual(missing)
		expect(placement.placed).toBe(missing.length === 0)
	})
})
