import { type PlanBlock, paragraph } from '../planBlocks'
import { planNumber } from '../planFormat'
import { joinNames, pick } from '../planText'
import { actualValue, setValue } from './indicatorTable'
import type { SectionContext } from './sectionContext'

/** Actor kinds that stand for residents organising themselves. */
const SELF_ORGANISED_KINDS = new Set(['volunteerTeam', 'communityOrg', 'partyMember', 'craftsperson'])

/**
 * 十二、可持续性与居民参与: the residents' own organisations and volunteer resources, and
 * the participation figures (基线 → 目标 → 实际, 未填报 when not reported).
 */
export function sustainabilitySection(ctx: SectionContext): PlanBlock[] | null {
	const { plan, lang } = ctx
	const n = (v: number) => planNumber(v, lang)
	const residents = plan.actors.filter((a) => a.sector === 'residents' || SELF_ORGANISED_KINDS.has(a.actorKind))
	const volunteers = plan.resources.filter((r) => r.resourceType === 'volunteers')
	const { participation, volunteers: recruited, organisations } = plan.metrics.effectiveness
	const out: PlanBlock[] = []
	if (residents.length > 0) {
		out.push(
			paragraph(
				pick(
					lang,
					`居民与社区自组织力量 ${n(residents.length)} 个：${joinNames(
						residents.map((a) => a.title),
						lang,
					)}。它们既是服务对象，也是参与者和组织者，项目结束后仍可延续服务。`,
					`${n(residents.length)} resident and self-organised parties: ${joinNames(
						residents.map((a) => a.title),
						lang,
					)}. They are recipients, participants and organisers, and can carry the services on after the projects end.`,
				),
			),
		)
	}
	if (volunteers.length > 0) {
		out.push(
			paragraph(
				pick(
					lang,
					`志愿人力资源 ${n(volunteers.length)} 项：${joinNames(
						volunteers.map((r) => r.title),
						lang,
					)}。`,
					`${n(volunteers.length)} volunteer resources: ${joinNames(
						volunteers.map((r) => r.title),
						lang,
					)}.`,
				),
			),
		)
	}
	const figures: string[] = []
	const fig = (
		zh: string,
		en: string,
		t: { baseline: number | null; target: number | null; actual: number | null; unit: string; indicators: number },
	) => {
		if (t.indicators === 0) return
		const b = setValue(t.baseline, t.unit, lang)
		const g = setValue(t.target, t.unit, lang)
		const a = actualValue(t.actual, t.unit, lang)
		figures.push(pick(lang, `${zh}：基线 ${b}，目标 ${g}，实际 ${a}`, `${en}: baseline ${b}, target ${g}, actual ${a}`))
	}
	fig('居民参与', 'Residents taking part', participation)
	fig('志愿者招募', 'Volunteers recruited', recruited)
	fig('社区组织孵化', 'Community organisations incubated', organisations)
	if (figures.length > 0)
		out.push(paragraph(`${figures.join(lang === 'zh' ? '；' : '; ')}${lang === 'zh' ? '。' : '.'}`))
	return out.length ? out : null
}
