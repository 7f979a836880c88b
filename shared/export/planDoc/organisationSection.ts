import { ACTOR_KINDS, ACTOR_ROLES, ACTOR_SECTORS, DISPATCH_STATUSES, enumLabel } from '../../domain/enums'
import type { ProjectRow } from '../../plan/planTypes'
import { column, note, type PlanBlock, paragraph, table } from '../planBlocks'
import { planDate, planNumber } from '../planFormat'
import { colon, joinNames, pick, untitled, word } from '../planText'
import type { SectionContext } from './sectionContext'

/** A project's dated path through the 活动调度中心, one step a line: "发布 2026年3月1日 · 街道". */
function trailText(p: ProjectRow, ctx: SectionContext): string {
	const { lang } = ctx
	if (p.dispatchTrail.length === 0) {
		return pick(
			lang,
			`当前：${enumLabel(DISPATCH_STATUSES, p.status, lang)}`,
			`Now: ${enumLabel(DISPATCH_STATUSES, p.status, lang)}`,
		)
	}
	return p.dispatchTrail
		.map((s) =>
			[enumLabel(DISPATCH_STATUSES, s.stage, lang), planDate(s.date, lang), s.by.trim()]
				.filter((x) => x !== '')
				.join(' '),
		)
		.join('\n')
}

/**
 * 七、组织架构与多方分工: the parties and their roles, then the 活动调度中心 as a
 * 调度流程表 — who published, applied for, coordinated and carried out each project, and
 * its dated path 发布 → 申请 → 统筹 → 执行 → 结项 → 回访.
 */
export function organisationSection(ctx: SectionContext): PlanBlock[] | null {
	const { plan, lang } = ctx
	if (plan.actors.length === 0 && plan.projects.length === 0) return null
	const out: PlanBlock[] = [ctx.sub(pick(lang, '参与主体与分工', 'Parties and their roles'))]
	if (plan.actors.length === 0) out.push(note(pick(lang, '尚未填写参与主体', 'No parties have been filled in yet.')))
	else {
		const n = (v: number) => planNumber(v, lang)
		const bySector = plan.metrics.actorsBySector
		out.push(
			paragraph(
				pick(
					lang,
					`参与主体 ${n(plan.actors.length)} 个：${ACTOR_SECTORS.map((s) => `${s.zh} ${n(bySector[s.value])} 个`).join('，')}。分工如下：`,
					`${n(plan.actors.length)} parties: ${ACTOR_SECTORS.map((s) => `${s.en.toLowerCase()} ${n(bySector[s.value])}`).join(', ')}. Their roles:`,
				),
			),
		)
		out.push(
			table(
				[
					column(word(lang, 'actor'), 'text', { minChars: 10, weight: 2.5 }),
					column(pick(lang, '属性与类型', 'Sector and kind'), 'text', { minChars: 8, weight: 1.5 }),
					column(word(lang, 'roles'), 'text', { minChars: 6, weight: 1.5 }),
					column(word(lang, 'projectsTakenPart'), 'text', { minChars: 8, weight: 3 }),
					column(word(lang, 'provides'), 'text', { minChars: 8, weight: 3 }),
				],
				plan.actors.map((a) => [
					untitled(a.title, lang),
					`${enumLabel(ACTOR_SECTORS, a.sector, lang)} · ${enumLabel(ACTOR_KINDS, a.actorKind, lang)}`,
					joinNames(
						a.roles.map((r) => enumLabel(ACTOR_ROLES, r, lang)),
						lang,
					),
					[
						a.leads.length ? `${word(lang, 'leads')}${colon(lang)}${joinNames(a.leads, lang)}` : '',
						a.partnerIn.length ? `${word(lang, 'partnerIn')}${colon(lang)}${joinNames(a.partnerIn, lang)}` : '',
					]
						.filter(Boolean)
						.join('\n'),
					joinNames(a.provides, lang),
				]),
			),
		)
	}
	out.push(ctx.sub(pick(lang, '活动调度中心调度流程', 'The activity dispatch centre')))
	if (plan.projects.length === 0) {
		out.push(note(pick(lang, '尚未填写服务项目', 'No projects have been filled in yet.')))
		return out
	}
	out.push(
		paragraph(
			pick(
				lang,
				'各服务项目经活动调度中心按“发布 → 申请 → 统筹 → 执行 → 结项 → 回访”的流程运转：调度中心发布项目，社区申请，社工统筹，多方执行，结项后回访居民。各项目的分工与进程如下：',
				'Every project runs through the activity dispatch centre: the centre publishes it, a community applies, social workers coordinate, several parties carry it out, then it is closed and residents are visited again. Who does what, and when:',
			),
		),
	)
	const role = (v: string) => v || pick(lang, '待定', 'to be decided')
	out.push(
		table(
			[
				column(word(lang, 'project'), 'text', { minChars: 8, weight: 2 }),
				column(word(lang, 'publisher'), 'text', { minChars: 6 }),
				column(word(lang, 'applicantRole'), 'text', { minChars: 6 }),
				column(word(lang, 'coordinator'), 'text', { minChars: 6 }),
				column(word(lang, 'executor'), 'text', { minChars: 6 }),
				column(word(lang, 'trail'), 'text', { minChars: 14, weight: 2.5 }),
			],
			plan.projects.map((p) => [
				untitled(p.title, lang),
				role(p.publisher),
				role(p.applicant),
				role(p.coordinator),
				role(p.executor || p.leadActor),
				trailText(p, ctx),
			]),
		),
	)
	return out
}
