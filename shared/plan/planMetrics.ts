import type { ProjectIndicator } from '../domain/cardProps'
import {
	ACTOR_SECTORS,
	type ActorSector,
	BUDGET_SOURCES,
	type BudgetSource,
	DISPATCH_STATUSES,
	type DispatchStatus,
	type EnumOption,
	MECHANISMS,
	type Mechanism,
	SECTORS,
	type Sector,
	URGENCIES,
	type Urgency,
} from '../domain/enums'
import { assessIndicator } from './assessIndicator'
import { budgetSummary } from './budgetSummary'
import { costPerBeneficiary } from './costPerBeneficiary'
import { leverageRatio } from './leverageRatio'
import type { PlanInfo } from './planInfo'
import type {
	ActorRow,
	EffectivenessMetrics,
	EfficiencyMetrics,
	IndicatorOverview,
	IndicatorRow,
	MatchRow,
	NeedRow,
	PlanMetrics,
	ProjectRow,
	Ratio,
	ResourceRow,
	TargetActual,
	ValuedAllocation,
	VolunteerHours,
} from './planTypes'
import { projectPlacements } from './projectPlacements'
import { clampFinite, safeRatio, safeSum } from './safeNumber'

/** The four 治理效能 figures. */
export type EffectivenessFigure = 'satisfaction' | 'organisations' | 'volunteers' | 'participation'

/**
 * Keywords that assign an effectiveness indicator to a figure, by its name
 * (case-insensitive substring). Checked in this order; the first match wins.
 */
export const EFFECTIVENESS_KEYWORDS: readonly { figure: EffectivenessFigure; keywords: readonly string[] }[] = [
	{ figure: 'satisfaction', keywords: ['满意', 'satisf'] },
	{ figure: 'organisations', keywords: ['孵化', '社会组织', '社区组织', 'incubat'] },
	{ figure: 'volunteers', keywords: ['志愿', 'volunteer'] },
	{ figure: 'participation', keywords: ['参与', '参加', '人次', 'particip'] },
]

/** The 治理效能 figure an indicator counts towards, or null. Ignores the dimension. */
export function effectivenessFigureOf(name: string): EffectivenessFigure | null {
	const n = name.toLowerCase()
	for (const { figure, keywords } of EFFECTIVENESS_KEYWORDS) {
		if (keywords.some((k) => n.includes(k))) return figure
	}
	return null
}

const HOUR_UNITS = new Set(['小时', '时', '个小时', 'h', 'hr', 'hrs', 'hour', 'hours'])

/**
 * True when an indicator measures volunteer hours: its name is `volunteerHours` or
 * contains 志愿时长 / 志愿服务时长 / 志愿小时 / "volunteer hour"; or its unit is an hour
 * unit (小时, 时, h, hr, hour, hours) and its name mentions 志愿 or volunteer.
 */
export function isVolunteerHourIndicator(ind: Pick<ProjectIndicator, 'name' | 'unit'>): boolean {
	const name = ind.name.toLowerCase().replace(/\s+/g, '')
	if (name === 'volunteerhours') return true
	if (/志愿(服务)?(时长|小时)|volunteerhour/.test(name)) return true
	const unit = ind.unit.trim().toLowerCase()
	return HOUR_UNITS.has(unit) && /志愿|volunteer/.test(name)
}

function countBy<V extends string>(options: readonly EnumOption<V>[], values: Iterable<string>): Record<V, number> {
	const out = Object.fromEntries(options.map((o) => [o.value, 0])) as Record<V, number>
	for (const v of values) if (Object.hasOwn(out, v)) out[v as V]++
	return out
}

function ratio(count: number, total: number): Ratio {
	return { count, total, ratio: safeRatio(count, total) }
}

function finite(v: number | null): v is number {
	return v !== null && Number.isFinite(v)
}

function combine(values: readonly number[], average: boolean): number | null {
	if (values.length === 0) return null
	return average ? clampFinite(values.reduce((sum, v) => sum + v / values.length, 0)) : safeSum(values)
}

function mean(values: readonly number[]): number | null {
	return combine(values, true)
}

/**
 * Baseline, target and actual of matching indicators, summed (or averaged). The actual
 * combines only reported indicators (未填报 is left out, never read as 0), and
 * `reportedTarget` the targets of those same indicators.
 */
function targetActual(rows: readonly IndicatorRow[], average: boolean): TargetActual {
	const reportedRows = rows.filter((r) => r.status === 'reported')
	const target = combine(rows.map((r) => r.target).filter(finite), average)
	const actual = combine(reportedRows.map((r) => r.actual).filter(finite), average)
	return {
		baseline: combine(rows.map((r) => r.baseline).filter(finite), average),
		target,
		actual,
		reportedTarget: combine(reportedRows.map((r) => r.target).filter(finite), average),
		unit: rows[0]?.unit ?? '',
		indicators: rows.length,
		notSet: rows.filter((r) => r.status === 'notSet').length,
		notReported: rows.filter((r) => r.status === 'notReported').length,
		reported: reportedRows.length,
		attainment: mean(reportedRows.map((r) => r.attainment).filter(finite)),
		progress: target !== null && actual !== null ? safeRatio(actual, target) : 0,
	}
}

/** The flattened indicators of `projects`, in project order, each assessed (`assessIndicator`). */
export function indicatorRows(projects: readonly ProjectRow[]): IndicatorRow[] {
	return projects.flatMap((p) =>
		p.indicators.map(
			(i): IndicatorRow => ({
				projectId: p.id,
				project: p.title,
				name: i.name,
				dimension: i.dimension,
				baseline: i.baseline,
				target: i.target,
				actual: i.actual,
				unit: i.unit,
				...assessIndicator(i),
			}),
		),
	)
}

/** Set and reported counts and averages over `indicators` (see `IndicatorOverview`). */
export function indicatorOverview(indicators: readonly IndicatorRow[]): IndicatorOverview {
	return {
		indicators: indicators.length,
		notSet: indicators.filter((i) => i.status === 'notSet').length,
		noBaseline: indicators.filter((i) => i.status !== 'notSet' && !finite(i.baseline)).length,
		notReported: indicators.filter((i) => i.status === 'notReported').length,
		reported: indicators.filter((i) => i.status === 'reported').length,
		averagePlannedImprovement: mean(
			indicators
				.map((i) => i.plannedImprovement)
				.filter(finite)
				.map((v) => Math.abs(v)),
		),
		averageAttainment: mean(indicators.map((i) => i.attainment).filter(finite)),
	}
}

/**
 * Volunteer hours as reported: the sum of the actuals of volunteer-hour indicators
 * (`isVolunteerHourIndicator`), null when none has one — never 0 for "not reported".
 * Planned hours (targets) and budgeted hours (quantities of 志愿服务时长 budget lines)
 * are given apart.
 */
export function volunteerHours(
	projects: readonly ProjectRow[],
	indicators: readonly IndicatorRow[],
	directBeneficiaries: number,
): VolunteerHours {
	const own = indicators.filter(isVolunteerHourIndicator)
	const reported = combine(own.map((i) => i.actual).filter(finite), false)
	const budgetedLines = projects.flatMap((p) => p.budget).filter((l) => l.category === 'volunteerTime')
	return {
		reported,
		planned: combine(own.map((i) => i.target).filter(finite), false),
		budgeted: combine(budgetedLines.map((l) => l.quantity).filter(finite), false),
		directBeneficiariesPerReportedHour:
			reported !== null && reported > 0 ? safeRatio(directBeneficiaries, reported) : null,
	}
}

/** 资源使用效率, by the rules documented on `EfficiencyMetrics`. */
export function efficiencyMetrics(
	projects: readonly ProjectRow[],
	indicators: readonly IndicatorRow[],
	context: { info?: PlanInfo; allocations?: readonly ValuedAllocation[] } = {},
): EfficiencyMetrics {
	const direct = safeSum(projects.map((p) => p.directBeneficiaries))
	const indirect = safeSum(projects.map((p) => p.indirectBeneficiaries))
	const population = context.info?.communityPopulation ?? null
	const reachCapped = population !== null && direct > population
	const budget = budgetSummary(projects.flatMap((p) => p.budget))
	const budgetBySource = Object.fromEntries(
		BUDGET_SOURCES.map((s) => [s.value, budget.bySource[s.value].total]),
	) as Record<BudgetSource, number>
	const volunteer = volunteerHours(projects, indicators, direct)
	const anyDirect = projects.some((p) => p.directBeneficiaries !== null)
	const anyIndirect = projects.some((p) => p.indirectBeneficiaries !== null)
	const deprecatedHours = volunteer.reported ?? volunteer.planned ?? 0
	return {
		directBeneficiaries: direct,
		indirectBeneficiaries: indirect,
		reach: reachCapped && population !== null ? population : direct,
		reachCapped,
		totalBeneficiaries: clampFinite(direct + indirect),
		budget,
		totalBudget: budget.total,
		budgetBySource,
		leverage: leverageRatio(budget, context.allocations ?? []),
		costPerBeneficiary: costPerBeneficiary(budget.total, anyDirect ? direct : null, anyIndirect ? indirect : null),
		volunteer,
		volunteerHours: deprecatedHours,
		beneficiariesPer10kYuan: safeRatio(direct, budget.total / 10_000),
		beneficiariesPerVolunteerHour: safeRatio(direct, deprecatedHours),
		indicators: indicators.filter((i) => i.dimension === 'efficiency'),
	}
}

/** 治理效能, by the rules documented on `EffectivenessMetrics`. */
export function effectivenessMetrics(indicators: readonly IndicatorRow[]): EffectivenessMetrics {
	const own = indicators.filter((i) => i.dimension === 'effectiveness')
	// Volunteer hours are an efficiency input, not a count of volunteers recruited.
	const of = (figure: EffectivenessFigure) =>
		own.filter((i) => !isVolunteerHourIndicator(i) && effectivenessFigureOf(i.name) === figure)
	return {
		participation: targetActual(of('participation'), false),
		volunteers: targetActual(of('volunteers'), false),
		organisations: targetActual(of('organisations'), false),
		satisfaction: targetActual(of('satisfaction'), true),
		indicators: own,
		overview: indicatorOverview(indicators),
	}
}

/** Every figure of the analytics panel, from the plan's rows. */
export function planMetrics(input: {
	needs: readonly NeedRow[]
	resources: readonly ResourceRow[]
	actors: readonly ActorRow[]
	projects: readonly ProjectRow[]
	matches: readonly MatchRow[]
	indicators: readonly IndicatorRow[]
	/** The board's plan info (population caps the reach). */
	info?: PlanInfo
	/** Valued allocations of market/society resources to projects (for the leverage ratio). */
	valued?: readonly ValuedAllocation[]
}): PlanMetrics {
	const { needs, resources, actors, projects, matches, indicators, info, valued } = input
	const allocations = matches.filter((m) => m.type === 'allocation')
	const byMechanism = countBy<Mechanism | 'none'>(
		[...MECHANISMS, { value: 'none', zh: '未选择', en: 'Not chosen' }],
		allocations.map((m) => (m.mechanism === '' ? 'none' : m.mechanism)),
	)
	return {
		counts: {
			needs: needs.length,
			resources: resources.length,
			actors: actors.length,
			projects: projects.length,
			matches: matches.length,
			allocations: allocations.length,
			serves: matches.filter((m) => m.type === 'serves').length,
			provides: matches.filter((m) => m.type === 'provides').length,
		},
		needCoverage: ratio(needs.filter((n) => n.covered).length, needs.length),
		resourceUtilisation: ratio(resources.filter((r) => r.utilised).length, resources.length),
		resourcesBySector: countBy<Sector>(
			SECTORS,
			resources.map((r) => r.sector),
		),
		actorsBySector: countBy<ActorSector>(
			ACTOR_SECTORS,
			actors.map((a) => a.sector),
		),
		allocationsByMechanism: byMechanism,
		projectsByStatus: countBy<DispatchStatus>(
			DISPATCH_STATUSES,
			projects.map((p) => p.status),
		),
		needsByUrgency: countBy<Urgency>(
			URGENCIES,
			needs.map((n) => n.urgency),
		),
		needBeneficiaries: safeSum(needs.map((n) => n.beneficiaries)),
		efficiency: efficiencyMetrics(projects, indicators, { info, allocations: valued }),
		effectiveness: effectivenessMetrics(indicators),
		placements: projectPlacements(projects, indicators),
	}
}
