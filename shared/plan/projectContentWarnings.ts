import type { PlanInfo } from './planInfo'
import type { ActorRow, NeedRow, PlanWarning, ProjectRow } from './planTypes'
import { dateText, isIsoDate, numberText, periodText, quoted } from './warningText'

/** Input of `projectContentWarnings`. */
export interface ProjectContentWarningsInput {
	needs: readonly NeedRow[]
	actors: readonly ActorRow[]
	projects: readonly ProjectRow[]
	/** The plan info; the population and period checks are skipped without it. */
	info?: PlanInfo
}

function hasText(s: string): boolean {
	return s.trim() !== ''
}

/** The names an actor can be referred to by in a project: every role, activity owner and dispatch step. */
function namesInProjects(projects: readonly ProjectRow[]): Set<string> {
	const names = new Set<string>()
	for (const p of projects) {
		for (const n of [p.leadActor, ...p.partners, p.publisher, p.applicant, p.coordinator, p.executor])
			names.add(n.trim())
		for (const a of p.activities) names.add(a.owner.trim())
		for (const s of p.dispatchTrail) names.add(s.by.trim())
	}
	names.delete('')
	return names
}

function projectWarnings(p: ProjectRow): PlanWarning[] {
	const out: PlanWarning[] = []
	const name = { zh: `项目${quoted(p.title, 'zh')}`, en: `Project ${quoted(p.title, 'en')}` }
	const push = (code: PlanWarning['code'], severity: PlanWarning['severity'], zh: string, en: string) =>
		out.push({ code, severity, cardId: p.id, message: { zh: `${name.zh}${zh}`, en: `${name.en} ${en}` } })
	const start = isIsoDate(p.startDate) ? p.startDate.trim() : ''
	const end = isIsoDate(p.endDate) ? p.endDate.trim() : ''
	if (start === '' || end === '') {
		push(
			'projectNoDates',
			'warning',
			start === '' && end === '' ? '没有开始和结束日期' : start === '' ? '没有开始日期' : '没有结束日期',
			start === '' && end === ''
				? 'has no start and end dates'
				: start === ''
					? 'has no start date'
					: 'has no end date',
		)
	} else if (end < start) {
		push(
			'projectDatesReversed',
			'error',
			`的结束日期（${dateText(end, 'zh')}）早于开始日期（${dateText(start, 'zh')}）`,
			`ends (${end}) before it starts (${start})`,
		)
	}
	if (p.budgetTotal <= 0) push('projectNoBudget', 'warning', '没有预算', 'has no budget')
	if (!p.risks.some((r) => hasText(r.risk)))
		push('projectNoRisks', 'warning', '没有填写风险与应对', 'has no risks and responses')
	if (!p.indicators.some((i) => hasText(i.name)))
		push('projectNoIndicators', 'warning', '没有评估指标', 'has no indicators')
	if (p.servesIds.length === 0) push('projectNoNeed', 'warning', '没有服务任何需求', 'serves no need')
	return out
}

function populationWarnings(
	needs: readonly NeedRow[],
	projects: readonly ProjectRow[],
	population: number | null,
): PlanWarning[] {
	if (population === null) return []
	const out: PlanWarning[] = []
	const pop = {
		zh: `社区常住人口 ${numberText(population)} 人`,
		en: `the community population of ${numberText(population)}`,
	}
	for (const n of needs) {
		if (n.beneficiaries === null || n.beneficiaries <= population) continue
		out.push({
			code: 'beneficiariesExceedPopulation',
			severity: 'error',
			cardId: n.id,
			message: {
				zh: `需求${quoted(n.title, 'zh')}的受益人数 ${numberText(n.beneficiaries)} 人超过${pop.zh}`,
				en: `Need ${quoted(n.title, 'en')} counts ${numberText(n.beneficiaries)} beneficiaries, more than ${pop.en}`,
			},
		})
	}
	let sum = 0
	for (const p of projects) {
		const direct = p.directBeneficiaries
		if (direct === null) continue
		sum += direct
		if (direct <= population) continue
		out.push({
			code: 'beneficiariesExceedPopulation',
			severity: 'error',
			cardId: p.id,
			message: {
				zh: `项目${quoted(p.title, 'zh')}的直接受益人数 ${numberText(direct)} 人超过${pop.zh}`,
				en: `Project ${quoted(p.title, 'en')} counts ${numberText(direct)} direct beneficiaries, more than ${pop.en}`,
			},
		})
	}
	if (sum > population && !out.some((w) => w.cardId !== undefined && projects.some((p) => p.id === w.cardId))) {
		out.push({
			code: 'reachExceedsPopulation',
			severity: 'warning',
			message: {
				zh: `各项目直接受益人数相加为 ${numberText(sum)} 人，超过${pop.zh}：同一居民参加多个项目时被重复计算，受益人数不能相加作为合计`,
				en: `The projects' direct beneficiaries add up to ${numberText(sum)}, more than ${pop.en}: residents in several projects are counted more than once, so the counts cannot be added into a total`,
			},
		})
	}
	return out
}

function periodWarnings(projects: readonly ProjectRow[], info: PlanInfo | undefined): PlanWarning[] {
	const out: PlanWarning[] = []
	const planStart = info && isIsoDate(info.periodStart) ? info.periodStart.trim() : ''
	const planEnd = info && isIsoDate(info.periodEnd) ? info.periodEnd.trim() : ''
	const budgeted = projects.filter((p) => p.budgetTotal > 0)
	if (info && (planStart === '' || planEnd === '') && budgeted.length > 0) {
		out.push({
			code: 'planNoPeriod',
			severity: 'warning',
			message: {
				zh: '计划书信息没有完整的项目周期：各项目的预算可能属于不同期间，却被加在一起',
				en: 'The plan has no complete project period: budgets of different periods may be added together',
			},
		})
	}
	const planPeriod = { zh: periodText(planStart, planEnd, 'zh'), en: periodText(planStart, planEnd, 'en') }
	for (const p of projects) {
		const start = isIsoDate(p.startDate) ? p.startDate.trim() : ''
		const end = isIsoDate(p.endDate) ? p.endDate.trim() : ''
		const before = planStart !== '' && start !== '' && start < planStart
		const after = planEnd !== '' && end !== '' && end > planEnd
		if (before || after) {
			const budget = p.budgetTotal > 0
			out.push({
				code: 'projectOutsidePeriod',
				severity: 'warning',
				cardId: p.id,
				message: {
					zh: `项目${quoted(p.title, 'zh')}的周期（${periodText(start, end, 'zh')}）超出计划书的项目周期（${planPeriod.zh}）${budget ? `，其预算 ${numberText(p.budgetTotal)} 元与其他期间的经费加在一起` : ''}`,
					en: `Project ${quoted(p.title, 'en')} runs ${periodText(start, end, 'en')}, outside the plan's period (${planPeriod.en})${budget ? `; its budget of ${numberText(p.budgetTotal)} yuan is added to figures of another period` : ''}`,
				},
			})
		}
		// Activities: inside the project's own dates and the plan's period, where those are set.
		const low = [start, planStart].filter((d) => d !== '').sort()
		const high = [end, planEnd].filter((d) => d !== '').sort()
		const from = low.at(-1) ?? ''
		const to = high[0] ?? ''
		const outside = p.activities.filter((a) => {
			const d = a.date.trim()
			return isIsoDate(d) && ((from !== '' && d < from) || (to !== '' && d > to))
		})
		if (outside.length > 0) {
			const dates = outside.map((a) => a.date.trim())
			out.push({
				code: 'activityOutsidePeriod',
				severity: 'warning',
				cardId: p.id,
				message: {
					zh: `项目${quoted(p.title, 'zh')}有 ${outside.length} 项活动的日期（${dates.map((d) => dateText(d, 'zh')).join('、')}）不在${start !== '' || end !== '' ? '项目日期' : '项目周期'}（${periodText(from, to, 'zh')}）内`,
					en: `Project ${quoted(p.title, 'en')} has ${outside.length} ${outside.length === 1 ? 'activity' : 'activities'} dated outside its period (${periodText(from, to, 'en')}): ${dates.join(', ')}`,
				},
			})
		}
	}
	return out
}

function actorWarnings(actors: readonly ActorRow[], projects: readonly ProjectRow[]): PlanWarning[] {
	const named = namesInProjects(projects)
	return actors
		.filter((a) => a.title.trim() !== '')
		.filter(
			(a) => a.provides.length === 0 && a.leads.length === 0 && a.partnerIn.length === 0 && !named.has(a.title.trim()),
		)
		.map((a) => ({
			code: 'actorUnlinked' as const,
			severity: 'warning' as const,
			cardId: a.id,
			message: {
				zh: `主体${quoted(a.title, 'zh')}没有提供任何资源，也不是任何项目的牵头方、合作方或调度角色`,
				en: `Actor ${quoted(a.title, 'en')} provides no resource and has no part (lead, partner or dispatch role) in any project`,
			},
		}))
}

/**
 * The holes in a plan's content (issue 11's "warnings that find the real holes"):
 * - per project: `projectNoDates` (a start or end date missing), `projectDatesReversed`
 *   (error), `projectNoBudget` (no budget value), `projectNoRisks`, `projectNoIndicators`,
 *   `projectNoNeed` (serves no need) — all warnings;
 * - `actorUnlinked` (warning): an actor that provides no resource (provides arrow or 提供方)
 *   and is no project's 牵头方, 合作方, 发布方/申请方/统筹方/执行方, activity 负责方 or
 *   dispatch-step actor;
 * - with PlanInfo.communityPopulation: `beneficiariesExceedPopulation` (error) for a need's
 *   受益人数 or a project's 直接受益人数 above it; `reachExceedsPopulation` (warning) when
 *   no single project does but their direct beneficiaries add up beyond it;
 * - periods (the plan's period only with PlanInfo): `planNoPeriod` (warning) when projects have a budget but the plan's 项目周期
 *   is incomplete; `projectOutsidePeriod` (warning) for a project starting before or
 *   ending after it (its budget is then a sum of different periods);
 *   `activityOutsidePeriod` (warning) for activities dated outside the project's dates
 *   and the plan's period.
 * Pure.
 */
export function projectContentWarnings(input: ProjectContentWarningsInput): PlanWarning[] {
	const { needs, actors, projects, info } = input
	return [
		...projects.flatMap(projectWarnings),
		...actorWarnings(actors, projects),
		...(info ? populationWarnings(needs, projects, info.communityPopulation) : []),
		...periodWarnings(projects, info),
	]
}
