import type { DispatchStep, ProjectProps } from '../../shared/domain/cardProps'
import { type ActorRole, DISPATCH_STATUSES, type DispatchStatus } from '../../shared/domain/enums'

/** The stages of the 活动调度中心 in order: 发布 → 申请 → 统筹 → 执行 → 结项 → 回访. */
export const DISPATCH_STAGES: readonly DispatchStatus[] = DISPATCH_STATUSES.map((s) => s.value)

/** The project field naming who takes each of the first four stages (发布方 / 申请方 / 统筹方 / 执行方). */
export const STAGE_ROLE_FIELD: Partial<Record<DispatchStatus, 'publisher' | 'applicant' | 'coordinator' | 'executor'>> =
	{
		published: 'publisher',
		applied: 'applicant',
		coordinating: 'coordinator',
		executing: 'executor',
	}

/** The dispatch role whose actors usually take a stage (结项 and 回访 are the coordinator's). */
export function stageRole(stage: string): ActorRole | null {
	if (!(DISPATCH_STAGES as readonly string[]).includes(stage)) return null
	return STAGE_ROLE_FIELD[stage as DispatchStatus] ?? 'coordinator'
}

/** The stage after `status`, or null after the last one (回访) or for an unknown status. */
export function nextStage(status: string): DispatchStatus | null {
	const i = (DISPATCH_STAGES as readonly string[]).indexOf(status)
	return i === -1 || i === DISPATCH_STAGES.length - 1 ? null : DISPATCH_STAGES[i + 1]
}

/** The date of each stage in a dispatch trail: the last dated step of that stage. */
export function stageDates(trail: readonly DispatchStep[]): Partial<Record<DispatchStatus, string>> {
	const out: Partial<Record<DispatchStatus, string>> = {}
	for (const step of trail) if (step.date) out[step.stage] = step.date
	return out
}

/** Who the advance form suggests for a project's next stage: the role's actor named on the project, else the lead. */
export function defaultActorFor(
	props: Pick<ProjectProps, 'publisher' | 'applicant' | 'coordinator' | 'executor' | 'leadActor'>,
	stage: DispatchStatus,
): string {
	const field = STAGE_ROLE_FIELD[stage] ?? 'coordinator'
	return props[field] || props.leadActor
}

/**
 * The props that move a project to `stage`: its status, a dated step appended to its
 * trail, and — when the project names nobody yet for that stage's role — the actor who
 * took it (so 申请方 is filled in by applying).
 */
export function advanceProps(
	props: Pick<ProjectProps, 'publisher' | 'applicant' | 'coordinator' | 'executor' | 'dispatchTrail'>,
	stage: DispatchStatus,
	step: { date: string; by: string; note: string },
): Partial<ProjectProps> {
	const by = step.by.trim()
	const out: Partial<ProjectProps> = {
		status: stage,
		dispatchTrail: [...props.dispatchTrail, { stage, date: step.date, by, note: step.note.trim() }],
	}
	const field = STAGE_ROLE_FIELD[stage]
	if (field && by && !props[field].trim()) out[field] = by
	return out
}

/** Today as an ISO date (YYYY-MM-DD) in this device's time zone. */
export function todayIso(now: Date = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0')
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** An ISO date as people read it: 2026年3月1日, or 1 Mar 2026; anything else as it is. */
export function formatIsoDate(iso: string, lang: 'zh' | 'en'): string {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
	if (!m) return iso
	const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
	if (lang === 'zh') return `${year}年${month}月${day}日`
	return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
		new Date(Date.UTC(year, month - 1, day)),
	)
}
