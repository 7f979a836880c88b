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
import type {
	ActorRow,
	EffectivenessMetrics,
	EfficiencyMetrics,
	IndicatorRow,
	MatchRow,
	NeedRow,
	PlanMetrics,
	ProjectRow,
	Ratio,
	ResourceRow,
	TargetActual,
} from './planTypes'
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

function targetActual(rows: readonly IndicatorRow[], average: boolean): TargetActual {
	const targets = rows.map((r) => r.target).filter((v): v is number => v !== null && Number.isFinite(v))
	const actuals = rows.map((r) => r.actual).filter((v): v is number => v !== null && Number.isFinite(v))
	const combine = (values: number[]): number | null => {
		if (values.length === 0) return null
		const total = safeSum(values)
		return average ? clampFinite(values.reduce((sum, v) => sum + v / values.length, 0)) : total
	}
	const target = combine(targets)
	const actual = combine(actuals)
	return {
		target,
		actual,
		unit: rows[0]?.unit ?? '',
		indicators: rows.length,
		progress: target !== null && actual !== null ? safeRatio(actual, target) : 0,
	}
}

/** The flattened indicators of `projects`, in project order. */
export function indicatorRows(projects: readonly ProjectRow[]): IndicatorRow[] {
	return projects.flatMap((p) =>
		p.indicators.map((i) => ({
			projectId: p.id,
			project: p.title,
			name: i.name,
			dimension: i.dimension,
			target: i.target,
			actual: i.actual,
			unit: i.unit,
		})),
	)
}

/** 资源使用效率, by the rules documented on `EfficiencyMetrics`. */
export function efficiencyMetrics(
	projects: readonly ProjectRow[],
	indicators: readonly IndicatorRow[],
): EfficiencyMetrics {
	const direct = safeSum(projects.map((p) => p.directBeneficiaries))
	const indirect = safeSum(projects.map((p) => p.indirectBeneficiaries))
	const lines = projects.flatMap((p) => p.budget)
	const totalBudget = safeSum(lines.map((l) => l.amount))
	const budgetBySource = Object.fromEntries(
		BUDGET_SOURCES.map((s) => [s.value, safeSum(lines.filter((l) => l.source === s.value).map((l) => l.amount))]),
	) as Record<BudgetSource, number>
	const volunteerHours = safeSum(indicators.filter(isVolunteerHourIndicator).map((i) => i.actual ?? i.target))
	return {
		directBeneficiaries: direct,
		indirectBeneficiaries: indirect,
		totalBeneficiaries: clampFinite(direct + indirect),
		totalBudget,
		budgetBySource,
		volunteerHours,
		beneficiariesPer10kYuan: safeRatio(direct, totalBudget / 10_000),
		beneficiariesPerVolunteerHour: safeRatio(direct, volunteerHours),
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
}): PlanMetrics {
	const { needs, resources, actors, projects, matches, indicators } = input
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
		efficiency: efficiencyMetrics(projects, indicators),
		effectiveness: effectivenessMetrics(indicators),
	}
}
