import type { Plan } from './planTypes'

/** What the cover (封面) of a 项目计划书 shows. */
export interface PlanCover {
	/** 项目名称: the board's title. */
	name: string
	/** 申报单位: see `planCover`; '' when the board names none. */
	applicant: string
	/** The applicant's actor card, when there is one. */
	applicantId: string | null
	/** 执行单位: see `planCover`. */
	executingBodies: string[]
	/** 联系方式 of the applicant; null unless the plan includes private fields. */
	contact: string | null
	/** 日期, YYYY-MM-DD in China Standard Time. */
	date: string
}

/** `ms` as YYYY-MM-DD in China Standard Time (Asia/Shanghai), the date on the plan. */
export function formatPlanDate(ms: number): string {
	const date = new Date(Number.isFinite(ms) ? ms : 0)
	const safe = Number.isNaN(date.getTime()) ? new Date(0) : date
	return new Intl.DateTimeFormat('en-CA', {
		timeZone: 'Asia/Shanghai',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
	}).format(safe)
}

/**
 * The cover of a plan.
 * - 申报单位 (applicant): the lead (牵头方) named by the most projects (ties: the first in
 *   project order); with no lead at all, the first social-work organisation (社工机构)
 *   among the actors; else ''.
 * - 执行单位 (executing bodies): the projects' leads, most projects first; with no lead
 *   at all, the actors whose dispatch roles include 执行方; else the applicant.
 * - 联系方式: the applicant actor's contact, only when the plan includes private fields.
 */
export function planCover(plan: Plan): PlanCover {
	const counts = new Map<string, number>()
	for (const p of plan.projects) {
		if (p.leadActor !== '') counts.set(p.leadActor, (counts.get(p.leadActor) ?? 0) + 1)
	}
	let applicant = ''
	let best = 0
	for (const [name, n] of counts) {
		if (n > best) {
			applicant = name
			best = n
		}
	}
	if (applicant === '') applicant = plan.actors.find((a) => a.actorKind === 'socialWorkOrg')?.title ?? ''
	const actor = applicant === '' ? undefined : plan.actors.find((a) => a.title === applicant)
	let executingBodies = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name)
	if (executingBodies.length === 0) {
		executingBodies = plan.actors.filter((a) => a.roles.includes('executor') && a.title !== '').map((a) => a.title)
	}
	if (executingBodies.length === 0 && applicant !== '') executingBodies = [applicant]
	return {
		name: plan.title,
		applicant,
		applicantId: actor?.id ?? null,
		executingBodies: [...new Set(executingBodies)],
		contact: plan.includePrivate ? (actor?.contact ?? '') : null,
		date: formatPlanDate(plan.generatedAt),
	}
}
