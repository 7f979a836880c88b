import { CARD_KIND_LABELS } from '../domain/cardFields'
import { enumLabel, SECTORS, URGENCIES } from '../domain/enums'
import { planCover } from '../plan/planCover'
import type { Plan, PlanLang } from '../plan/planTypes'
import { formatPlanNumber, formatPlanPercent } from './formatPlanNumber'

function pick(lang: PlanLang, zh: string, en: string): string {
	return lang === 'zh' ? zh : en
}

/**
 * The paragraphs of 一、项目概要, written from the plan's figures (plain text). Empty
 * when the board has no cards.
 */
export function planSummaryParagraphs(plan: Plan, lang: PlanLang): string[] {
	const { counts, needCoverage, resourceUtilisation, efficiency, needsByUrgency, resourcesBySector } = plan.metrics
	if (counts.needs + counts.resources + counts.actors + counts.projects === 0) return []
	const cover = planCover(plan)
	const n = (v: number) => formatPlanNumber(v, lang)
	const lead = cover.applicant
	const sectors = SECTORS.map((s) => `${enumLabel(SECTORS, s.value, lang)} ${n(resourcesBySector[s.value])}`).join(
		lang === 'zh' ? '、' : ', ',
	)
	const out: string[] = []
	out.push(
		pick(
			lang,
			`本计划${lead ? `由${lead}牵头，` : ''}围绕社区的 ${n(counts.needs)} 项需求（其中紧迫程度为“${enumLabel(URGENCIES, 'high', 'zh')}”的 ${n(needsByUrgency.high)} 项），` +
				`整合 ${n(counts.resources)} 项资源（${sectors}）与 ${n(counts.actors)} 个参与主体，设计 ${n(counts.projects)} 个服务项目，` +
				`形成 ${n(counts.allocations)} 条资源配置、${n(counts.serves)} 条项目服务关系。`,
			`${lead ? `Led by ${lead}, this plan` : 'This plan'} addresses ${n(counts.needs)} community needs (${n(needsByUrgency.high)} of high urgency) ` +
				`by bringing together ${n(counts.resources)} resources (${sectors}) and ${n(counts.actors)} actors in ${n(counts.projects)} service projects, ` +
				`with ${n(counts.allocations)} allocations and ${n(counts.serves)} project–need links.`,
		),
	)
	out.push(
		pick(
			lang,
			`需求覆盖率 ${formatPlanPercent(needCoverage.ratio, lang)}（${n(needCoverage.count)}/${n(needCoverage.total)}），` +
				`资源利用率 ${formatPlanPercent(resourceUtilisation.ratio, lang)}（${n(resourceUtilisation.count)}/${n(resourceUtilisation.total)}）；` +
				`项目预算合计 ${n(efficiency.totalBudget)} 元，直接受益 ${n(efficiency.directBeneficiaries)} 人，间接受益 ${n(efficiency.indirectBeneficiaries)} 人。`,
			`Need coverage ${formatPlanPercent(needCoverage.ratio, lang)} (${n(needCoverage.count)}/${n(needCoverage.total)}), ` +
				`resource utilisation ${formatPlanPercent(resourceUtilisation.ratio, lang)} (${n(resourceUtilisation.count)}/${n(resourceUtilisation.total)}); ` +
				`total budget ${n(efficiency.totalBudget)} yuan, ${n(efficiency.directBeneficiaries)} direct and ${n(efficiency.indirectBeneficiaries)} indirect beneficiaries.`,
		),
	)
	if (plan.unmetNeeds.length > 0) {
		const label = CARD_KIND_LABELS.need[lang]
		out.push(
			pick(
				lang,
				`尚未满足的${label}：${plan.unmetNeeds.map((x) => x.title || '（未命名）').join('、')}。`,
				`Unmet needs: ${plan.unmetNeeds.map((x) => x.title || '(untitled)').join(', ')}.`,
			),
		)
	}
	return out
}

/** Actor kinds that stand for residents organising themselves. */
const SELF_ORGANISED_KINDS = new Set(['volunteerTeam', 'communityOrg', 'partyMember', 'craftsperson'])

/**
 * The paragraphs of 十二、可持续性与居民参与 (plain text): the residents' own actors,
 * volunteer resources and the 治理效能 figures that show participation. Empty when the
 * board has none of them.
 */
export function planSustainabilityParagraphs(plan: Plan, lang: PlanLang): string[] {
	const n = (v: number) => formatPlanNumber(v, lang)
	const sep = lang === 'zh' ? '、' : ', '
	const residents = plan.actors.filter((a) => a.sector === 'residents' || SELF_ORGANISED_KINDS.has(a.actorKind))
	const volunteers = plan.resources.filter((r) => r.resourceType === 'volunteers')
	const { participation, volunteers: recruited, organisations } = plan.metrics.effectiveness
	const out: string[] = []
	if (residents.length > 0) {
		out.push(
			pick(
				lang,
				`居民与社区自组织力量 ${n(residents.length)} 个：${residents.map((a) => a.title).join(sep)}。它们既是服务对象，也是参与者和组织者，项目结束后仍可延续服务。`,
				`${n(residents.length)} resident and self-organised actors: ${residents.map((a) => a.title).join(sep)}. They are recipients, participants and organisers, and can carry the services on after the projects end.`,
			),
		)
	}
	if (volunteers.length > 0) {
		out.push(
			pick(
				lang,
				`志愿人力资源 ${n(volunteers.length)} 项：${volunteers.map((r) => r.title).join(sep)}。`,
				`${n(volunteers.length)} volunteer resources: ${volunteers.map((r) => r.title).join(sep)}.`,
			),
		)
	}
	const figures: string[] = []
	const fig = (
		zh: string,
		en: string,
		t: { target: number | null; actual: number | null; unit: string; indicators: number },
	) => {
		if (t.indicators === 0) return
		const value = (v: number | null) =>
			v === null ? pick(lang, '未填', 'n/a') : `${n(v)}${t.unit ? ` ${t.unit}` : ''}`
		figures.push(
			pick(
				lang,
				`${zh}：目标 ${value(t.target)}，实际 ${value(t.actual)}`,
				`${en}: target ${value(t.target)}, actual ${value(t.actual)}`,
			),
		)
	}
	fig('居民参与', 'Residents participating', participation)
	fig('志愿者招募', 'Volunteers recruited', recruited)
	fig('社区组织孵化', 'Community organisations incubated', organisations)
	if (figures.length > 0) out.push(`${figures.join(lang === 'zh' ? '；' : '; ')}${lang === 'zh' ? '。' : '.'}`)
	return out
}
