import { note, type PlanBlock, paragraph } from '../planBlocks'
import { planMoney, planNumber, planPeriod } from '../planFormat'
import { joinNames, pick } from '../planText'
import { applicantName } from './coverSection'
import { leverageText } from './leverageText'
import type { SectionContext } from './sectionContext'
import { textParagraphs } from './textParagraphs'

/** 一、项目概要: the plan in figures, its positioning (项目定位) and who applies (申报单位简介). */
export function summarySection(ctx: SectionContext): PlanBlock[] | null {
	const { plan, lang } = ctx
	const { info, metrics } = plan
	const { counts, efficiency } = metrics
	const hasCards = counts.needs + counts.resources + counts.actors + counts.projects > 0
	if (!hasCards && info.positioning.trim() === '' && info.applicantProfile.trim() === '') return null
	const n = (v: number) => planNumber(v, lang)
	const out: PlanBlock[] = []

	out.push(ctx.sub(pick(lang, '项目基本情况', 'The project at a glance')))
	const who = applicantName(ctx)
	const period = planPeriod(info.periodStart, info.periodEnd, lang)
	const sentences: string[] = []
	sentences.push(
		pick(
			lang,
			`本项目${who ? `由${who}申报` : ''}${period ? `${who ? '，' : ''}项目周期为${period}` : ''}${who || period ? '，' : ''}围绕社区 ${n(counts.needs)} 项需求，整合政府、市场、社会三方 ${n(counts.resources)} 项资源与 ${n(counts.actors)} 个参与主体，设计 ${n(counts.projects)} 个服务项目。`,
			`${who ? `Submitted by ${who}, this project` : 'This project'}${period ? ` runs ${period} and` : ''} addresses ${n(counts.needs)} community needs with ${n(counts.resources)} resources from government, market and society and ${n(counts.actors)} parties, in ${n(counts.projects)} service projects.`,
		),
	)
	if (info.requestedAmount !== null) {
		sentences.push(
			pick(
				lang,
				`申请金额 ${planMoney(info.requestedAmount, lang)}。`,
				`Amount requested: ${planMoney(info.requestedAmount, lang)}.`,
			),
		)
	}
	const budget = efficiency.budget
	if (budget.total > 0) {
		const split =
			budget.inKind > 0
				? pick(
						lang,
						`，其中资金 ${planMoney(budget.cash, lang)}、实物与志愿服务折算 ${planMoney(budget.inKind, lang)}`,
						`: ${planMoney(budget.cash, lang)} in cash and ${planMoney(budget.inKind, lang)} in kind`,
					)
				: ''
		sentences.push(
			pick(
				lang,
				`项目预算合计 ${planMoney(budget.total, lang)}${split}；资源撬动比 ${leverageText(efficiency.leverage, lang)}。`,
				`The budget totals ${planMoney(budget.total, lang)}${split}; leverage ratio ${leverageText(efficiency.leverage, lang)}.`,
			),
		)
	}
	if (counts.projects > 0) {
		sentences.push(
			pick(
				lang,
				`预计直接受益 ${n(efficiency.directBeneficiaries)} 人次，间接受益 ${n(efficiency.indirectBeneficiaries)} 人次（分别统计，不相加）。`,
				`Expected beneficiaries: ${n(efficiency.directBeneficiaries)} direct and ${n(efficiency.indirectBeneficiaries)} indirect (counted apart, never added).`,
			),
		)
	}
	out.push(paragraph(sentences.join(lang === 'zh' ? '' : ' ')))
	if (plan.unmetNeeds.length > 0) {
		out.push(
			paragraph(
				pick(
					lang,
					`尚待回应的需求：${joinNames(
						plan.unmetNeeds.map((x) => x.title || '（未命名）'),
						lang,
					)}。`,
					`Needs not yet met: ${joinNames(
						plan.unmetNeeds.map((x) => x.title || '(untitled)'),
						lang,
					)}.`,
				),
			),
		)
	}

	out.push(ctx.sub(pick(lang, '项目定位', 'Positioning')))
	const positioning = textParagraphs(info.positioning)
	out.push(
		...(positioning.length
			? positioning
			: [note(pick(lang, '尚未填写项目定位', 'No positioning has been filled in yet.'))]),
	)

	out.push(ctx.sub(pick(lang, '申报单位简介', 'About the applicant')))
	const profile = textParagraphs(info.applicantProfile)
	out.push(
		...(profile.length
			? profile
			: [note(pick(lang, '尚未填写申报单位简介', 'Nothing about the applicant has been filled in yet.'))]),
	)
	return out
}
