import { DISPATCH_STATUSES, enumLabel } from '../../domain/enums'
import { column, note, type PlanBlock, paragraph, table } from '../planBlocks'
import { planDate, planPeriod } from '../planFormat'
import { colon, pick, untitled, word } from '../planText'
import type { SectionContext } from './sectionContext'

function byDate<T extends { date: string }>(a: T, b: T): number {
	if (a.date === b.date) return 0
	if (a.date === '') return 1
	if (b.date === '') return -1
	return a.date < b.date ? -1 : 1
}

/** 六、实施内容与进度安排: the 项目周期, each project's dates, then every activity in date order. */
export function implementationSection(ctx: SectionContext): PlanBlock[] | null {
	const { plan, lang } = ctx
	const period = planPeriod(plan.info.periodStart, plan.info.periodEnd, lang)
	if (plan.projects.length === 0 && period === '') return null
	const out: PlanBlock[] = [ctx.sub(pick(lang, '项目周期与进度', 'Period and schedule'))]
	out.push(
		period
			? paragraph(`${word(lang, 'period')}${colon(lang)}${period}${lang === 'zh' ? '。' : '.'}`)
			: note(pick(lang, '尚未填写项目周期', 'No project period has been filled in yet.')),
	)
	if (plan.projects.length > 0) {
		const dateOr = (iso: string) => planDate(iso, lang) || word(lang, 'toBeDecided')
		out.push(
			table(
				[
					column(word(lang, 'project'), 'text', { minChars: 10, weight: 3 }),
					column(word(lang, 'lead'), 'text', { minChars: 8, weight: 2 }),
					column(word(lang, 'startDate'), 'date'),
					column(word(lang, 'endDate'), 'date'),
					column(word(lang, 'stage'), 'text', { minChars: 4 }),
				],
				plan.projects.map((p) => [
					untitled(p.title, lang),
					p.leadActor,
					dateOr(p.startDate),
					dateOr(p.endDate),
					enumLabel(DISPATCH_STATUSES, p.status, lang),
				]),
			),
		)
	}
	out.push(ctx.sub(pick(lang, '活动安排', 'Activities')))
	const activities = plan.projects
		.flatMap((p) => p.activities.map((a) => ({ ...a, project: untitled(p.title, lang) })))
		.sort(byDate)
	if (activities.length === 0) {
		out.push(note(pick(lang, '尚未填写活动安排', 'No activities have been filled in yet.')))
		return out
	}
	out.push(
		table(
			[
				column(word(lang, 'activityDate'), 'date'),
				column(word(lang, 'project'), 'text', { minChars: 8, weight: 1.5 }),
				column(word(lang, 'activity'), 'text', { minChars: 12, weight: 3 }),
				column(word(lang, 'place'), 'text', { minChars: 8, weight: 1.2 }),
				column(word(lang, 'owner'), 'text', { minChars: 8, weight: 1.2 }),
				column(word(lang, 'participants'), 'text', { minChars: 10, weight: 1.5 }),
			],
			activities.map((a) => [
				planDate(a.date, lang) || word(lang, 'toBeDecided'),
				a.project,
				a.content,
				a.place,
				a.owner,
				a.participants,
			]),
		),
	)
	return out
}
