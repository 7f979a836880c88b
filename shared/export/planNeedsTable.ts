import { enumLabel, NEED_CATEGORIES, NEED_SOURCES, URGENCIES } from '../domain/enums'
import type { Plan, PlanLang } from '../plan/planTypes'
import { joinNames, num, pick, untitled } from './planText'

/** The 需求 table of the plan's 二、项目背景与需求分析, as text, for the Markdown and Word renderers. */
export interface PlanNeedsTable {
	/** The sentence before the table. */
	intro: string
	header: string[]
	rows: string[][]
}

/**
 * The needs of `plan` in its order (votes, then urgency), with their 优先级 — the rank a
 * dot vote gave them ('' when no need has votes) — and how each is met.
 */
export function planNeedsTable(plan: Plan, lang: PlanLang): PlanNeedsTable {
	const { needsByUrgency, needBeneficiaries } = plan.metrics
	const voted = plan.needs.some((n) => n.priority !== null)
	const intro = pick(
		lang,
		`通过走访、问卷、议事会和网格上报共识别需求 ${num(plan.needs.length, lang)} 项，其中紧迫程度高 ${num(needsByUrgency.high, lang)} 项、中 ${num(needsByUrgency.medium, lang)} 项、低 ${num(needsByUrgency.low, lang)} 项，涉及受益人数 ${num(needBeneficiaries, lang)} 人。${voted ? '需求按投票确定的优先级（票数）和紧迫程度排列如下：' : '需求按紧迫程度排列如下：'}`,
		`${num(plan.needs.length, lang)} needs were identified through visits, surveys, residents' councils and grid reports: ${num(needsByUrgency.high, lang)} of high, ${num(needsByUrgency.medium, lang)} of medium and ${num(needsByUrgency.low, lang)} of low urgency, concerning ${num(needBeneficiaries, lang)} beneficiaries. ${voted ? 'By the priority the vote gave them (votes), then urgency:' : 'By urgency:'}`,
	)
	const header =
		lang === 'zh'
			? ['序号', '需求', '类别', '服务对象', '受益人数', '紧迫程度', '来源', '票数', '优先级', '满足方式']
			: ['No.', 'Need', 'Category', 'Target group', 'Beneficiaries', 'Urgency', 'Source', 'Votes', 'Priority', 'Met by']
	const rows = plan.needs.map((n, i) => [
		String(i + 1),
		untitled(n.title, lang),
		enumLabel(NEED_CATEGORIES, n.category, lang),
		n.targetGroup,
		num(n.beneficiaries, lang),
		enumLabel(URGENCIES, n.urgency, lang),
		enumLabel(NEED_SOURCES, n.source, lang),
		num(n.votes, lang),
		num(n.priority, lang),
		n.covered ? joinNames([...n.servedBy, ...n.sources], lang) : pick(lang, '尚未满足', 'Not met yet'),
	])
	return { intro, header, rows }
}
