import type { TargetActual } from '../../plan/planTypes'
import { column, note, type PlanBlock, paragraph, table } from '../planBlocks'
import { planMoney, planNumber, planQuantity, unreported } from '../planFormat'
import { pick, word } from '../planText'
import { actualValue, indicatorTable, setValue } from './indicatorTable'
import { leverageText } from './leverageText'
import { quadrantBlocks } from './quadrantBlocks'
import type { SectionContext } from './sectionContext'

/**
 * 十一、评估指标: 资源使用效率 (budget, 资源撬动比, cost per direct and per indirect
 * beneficiary, volunteer hours as reported), 治理效能 基线 → 目标 → 实际 (未填报 when no
 * actual is reported, never 0), and each project placed by efficiency × effectiveness.
 */
export function evaluationSection(ctx: SectionContext): PlanBlock[] | null {
	const { plan, lang } = ctx
	const { efficiency: ef, effectiveness: ev } = plan.metrics
	if (plan.indicators.length === 0 && ef.totalBudget === 0 && plan.projects.length === 0) return null
	const people = pick(lang, '人次', '')
	const perPerson = (v: number | null, has: boolean) =>
		v !== null
			? `${planMoney(v, lang)}${pick(lang, '/人次', ' each')}`
			: has
				? unreported(lang)
				: word(lang, 'notApplicable')
	const out: PlanBlock[] = [ctx.sub(pick(lang, '资源使用效率', 'Resource-use efficiency'))]
	const hours = pick(lang, '小时', 'h')
	const volunteer = ef.volunteer
	const volunteerText =
		volunteer.reported !== null
			? planQuantity(volunteer.reported, hours, lang)
			: volunteer.planned !== null
				? pick(
						lang,
						`未填报（计划 ${planQuantity(volunteer.planned, hours, lang)}）`,
						`not reported (planned ${planQuantity(volunteer.planned, hours, lang)})`,
					)
				: unreported(lang)
	const cost = ef.costPerBeneficiary
	const rows = [
		{ label: pick(lang, '项目预算合计', 'Total budget'), value: planMoney(ef.budget.total, lang) },
		{ label: pick(lang, '其中：资金', 'of which cash'), value: planMoney(ef.budget.cash, lang) },
		{ label: pick(lang, '其中：实物与志愿服务折算', 'of which in kind'), value: planMoney(ef.budget.inKind, lang) },
		{ label: pick(lang, '政府购买', 'Government purchase'), value: planMoney(ef.leverage.government, lang) },
		{
			label: pick(lang, '撬动的市场与社会资源', 'Market and society resources brought in'),
			value: planMoney(ef.leverage.nonGovernment, lang),
		},
		{
			label: pick(lang, '资源撬动比（政府 : 社会）', 'Leverage ratio (government : others)'),
			value: leverageText(ef.leverage, lang),
		},
		{ label: word(lang, 'directBeneficiaries'), value: planQuantity(ef.directBeneficiaries, people, lang) },
		{ label: word(lang, 'indirectBeneficiaries'), value: planQuantity(ef.indirectBeneficiaries, people, lang) },
		{
			label: pick(lang, '直接受益人均成本', 'Cost per direct beneficiary'),
			value: perPerson(cost.perDirect, cost.cost > 0),
		},
		{
			label: pick(lang, '间接受益人均成本', 'Cost per indirect beneficiary'),
			value: perPerson(cost.perIndirect, cost.cost > 0),
		},
		{ label: pick(lang, '志愿服务时长', 'Volunteer hours'), value: volunteerText },
	]
	if (volunteer.directBeneficiariesPerReportedHour !== null) {
		rows.push({
			label: pick(lang, '每志愿小时直接受益人次', 'Direct beneficiaries per volunteer hour'),
			value: planQuantity(volunteer.directBeneficiariesPerReportedHour, people, lang),
		})
	}
	out.push(
		table(
			[column(word(lang, 'figure'), 'text', { minChars: 12, weight: 2 }), column(word(lang, 'value'), 'money')],
			rows.map((r) => [r.label, r.value]),
		),
	)
	if (ef.indicators.length > 0) out.push(indicatorTable(ef.indicators, lang))

	out.push(ctx.sub(pick(lang, '治理效能', 'Governance effectiveness')))
	const o = ev.overview
	if (o.indicators === 0) out.push(note(pick(lang, '尚未设置评估指标', 'No indicators have been set yet.')))
	else {
		const n = (v: number) => planNumber(v, lang)
		out.push(
			paragraph(
				pick(
					lang,
					`共设评估指标 ${n(o.indicators)} 项，其中已设目标 ${n(o.indicators - o.notSet)} 项、已填报实际值 ${n(o.reported)} 项、未填报 ${n(o.notReported)} 项。`,
					`${n(o.indicators)} indicators: ${n(o.indicators - o.notSet)} with a target, ${n(o.reported)} reported, ${n(o.notReported)} not reported yet.`,
				),
			),
		)
		const figure = (label: string, t: TargetActual) =>
			t.indicators === 0
				? null
				: [
						label,
						setValue(t.baseline, t.unit, lang),
						setValue(t.target, t.unit, lang),
						actualValue(t.actual, t.unit, lang),
					]
		const figures = [
			figure(pick(lang, '居民参与', 'Residents taking part'), ev.participation),
			figure(pick(lang, '志愿者招募', 'Volunteers recruited'), ev.volunteers),
			figure(pick(lang, '社区组织孵化', 'Community organisations incubated'), ev.organisations),
			figure(pick(lang, '满意度', 'Satisfaction'), ev.satisfaction),
		].filter((r): r is string[] => r !== null)
		if (figures.length > 0) {
			out.push(
				table(
					[
						column(word(lang, 'dimension'), 'text', { minChars: 10 }),
						column(word(lang, 'baseline'), 'number'),
						column(word(lang, 'target'), 'number'),
						column(word(lang, 'actual'), 'number'),
					],
					figures,
				),
			)
		}
		if (ev.indicators.length > 0) out.push(indicatorTable(ev.indicators, lang))
	}

	out.push(ctx.sub(pick(lang, '项目效率与效能定位', 'Projects by efficiency and effectiveness')))
	out.push(...quadrantBlocks(ctx))
	return out
}
