import { enumLabel, NEED_CATEGORIES, NEED_SOURCES, URGENCIES } from '../../domain/enums'
import { column, note, type PlanBlock, paragraph, table } from '../planBlocks'
import { planNumber, planQuantity, unreported } from '../planFormat'
import { joinNames, pick, untitled, word } from '../planText'
import type { SectionContext } from './sectionContext'
import { textParagraphs } from './textParagraphs'

/** The sentence before the needs table: how many needs, found how, how urgent, for how many people. */
function needsIntro(ctx: SectionContext, voted: boolean): string {
	const { plan, lang } = ctx
	const n = (v: number) => planNumber(v, lang)
	const bySource = NEED_SOURCES.map((s) => ({
		label: s[lang],
		count: plan.needs.filter((x) => x.source === s.value).length,
	})).filter((s) => s.count > 0)
	// One source needs no count of its own (通过走访共识别需求 3 项, not 通过走访 3 项共识别需求 3 项).
	const how =
		bySource.length === 1
			? lang === 'zh'
				? bySource[0].label
				: bySource[0].label.toLowerCase()
			: joinNames(
					bySource.map((s) =>
						lang === 'zh' ? `${s.label} ${n(s.count)} 项` : `${s.label.toLowerCase()} ${n(s.count)}`,
					),
					lang,
				)
	const { high, medium, low } = plan.metrics.needsByUrgency
	const withCount = plan.needs.filter((x) => x.beneficiaries !== null)
	const people = withCount.reduce((sum, x) => sum + (x.beneficiaries ?? 0), 0)
	const zhPeople =
		withCount.length === 0
			? '各项需求尚未填报受益人数'
			: withCount.length === plan.needs.length
				? `涉及受益人数合计 ${n(people)} 人`
				: `其中 ${n(withCount.length)} 项填报了受益人数（合计 ${n(people)} 人），其余 ${n(plan.needs.length - withCount.length)} 项未填报`
	const enPeople =
		withCount.length === 0
			? 'no need gives a number of beneficiaries yet'
			: withCount.length === plan.needs.length
				? `concerning ${n(people)} beneficiaries in all`
				: `${n(withCount.length)} of them give a number of beneficiaries (${n(people)} in all), ${n(plan.needs.length - withCount.length)} do not yet`
	return pick(
		lang,
		`通过${how}共识别需求 ${n(plan.needs.length)} 项，其中紧迫程度高 ${n(high)} 项、中 ${n(medium)} 项、低 ${n(low)} 项；${zhPeople}。${voted ? '需求按投票确定的优先级（票数）和紧迫程度排列如下：' : '需求按紧迫程度排列如下：'}`,
		`${n(plan.needs.length)} needs were identified (${how}): ${n(high)} of high, ${n(medium)} of medium and ${n(low)} of low urgency; ${enPeople}. ${voted ? 'By the priority the vote gave them (votes), then urgency:' : 'By urgency:'}`,
	)
}

/** 二、背景与需求分析: 社区概况 from the 计划书信息, then the needs with urgency, source and how each is met. */
export function backgroundSection(ctx: SectionContext): PlanBlock[] | null {
	const { plan, lang } = ctx
	const info = plan.info
	const profile = textParagraphs(info.communityProfile)
	if (plan.needs.length === 0 && profile.length === 0 && info.communityPopulation === null) return null
	const out: PlanBlock[] = [ctx.sub(pick(lang, '社区概况', 'The community'))]
	out.push(...profile)
	if (info.communityPopulation !== null) {
		out.push(
			paragraph(
				pick(
					lang,
					`社区常住人口约 ${planQuantity(info.communityPopulation, '人', lang)}。`,
					`About ${planNumber(info.communityPopulation, lang)} people live in the community.`,
				),
			),
		)
	}
	if (profile.length === 0 && info.communityPopulation === null)
		out.push(note(pick(lang, '尚未填写社区概况', 'No community profile has been filled in yet.')))

	out.push(ctx.sub(pick(lang, '需求分析', 'Needs')))
	if (plan.needs.length === 0) {
		out.push(note(pick(lang, '尚未填写需求', 'No needs have been filled in yet.')))
		return out
	}
	const voted = plan.needs.some((x) => x.priority !== null)
	out.push(paragraph(needsIntro(ctx, voted)))
	const columns = [
		column(word(lang, 'no'), 'number'),
		column(word(lang, 'need'), 'text', { minChars: 10, weight: 3 }),
		column(word(lang, 'category'), 'text', { minChars: 4 }),
		column(word(lang, 'targetGroup'), 'text', { minChars: 6 }),
		column(pick(lang, '受益人数', 'Beneficiaries'), 'number'),
		column(word(lang, 'urgency'), 'text', { minChars: 4 }),
		column(word(lang, 'source'), 'text', { minChars: 4 }),
		...(voted ? [column(word(lang, 'votes'), 'number'), column(word(lang, 'priority'), 'number')] : []),
		column(word(lang, 'metBy'), 'text', { minChars: 8, weight: 3 }),
	]
	const rows = plan.needs.map((x, i) => [
		String(i + 1),
		untitled(x.title, lang),
		enumLabel(NEED_CATEGORIES, x.category, lang),
		x.targetGroup,
		x.beneficiaries === null ? unreported(lang) : planQuantity(x.beneficiaries, pick(lang, '人', ''), lang),
		enumLabel(URGENCIES, x.urgency, lang),
		enumLabel(NEED_SOURCES, x.source, lang),
		...(voted
			? [planQuantity(x.votes, pick(lang, '票', ''), lang), x.priority === null ? '' : String(x.priority)]
			: []),
		x.covered ? joinNames([...x.servedBy, ...x.sources], lang) : word(lang, 'notMet'),
	])
	out.push(table(columns, rows))
	return out
}
