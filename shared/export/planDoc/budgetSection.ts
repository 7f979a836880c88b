import { BUDGET_CATEGORIES, BUDGET_SOURCES, enumLabel } from '../../domain/enums'
import type { PlanBudgetLine } from '../../plan/planTypes'
import { column, note, type PlanBlock, paragraph, table } from '../planBlocks'
import { planMoney, planPeriod, planQuantity, unreported } from '../planFormat'
import { pick, untitled, word } from '../planText'
import { leverageText } from './leverageText'
import type { SectionContext } from './sectionContext'

type Line = PlanBudgetLine & { project: string }

/** "12 场 × 500 元", "200 小时 × 25 元/小时" (a volunteer hour at the board's value), or ''. */
function quantityTimesPrice(l: PlanBudgetLine, ctx: SectionContext): string {
	const { lang } = ctx
	if (l.amountBasis === 'quantityTimesUnitPrice') {
		return `${planQuantity(l.quantity, l.unit, lang)} × ${planMoney(l.unitPrice, lang)}`
	}
	if (l.amountBasis === 'volunteerHours') {
		const hour = pick(lang, '小时', 'h')
		return `${planQuantity(l.quantity, l.unit.trim() || hour, lang)} × ${planMoney(l.hourValue, lang)}/${hour}`
	}
	return ''
}

function lineRows(lines: readonly Line[], ctx: SectionContext): string[][] {
	const { lang } = ctx
	return lines.map((l) => [
		l.project,
		enumLabel(BUDGET_CATEGORIES, l.category, lang),
		l.item,
		quantityTimesPrice(l, ctx),
		l.amountBasis === 'none' ? unreported(lang) : planMoney(l.effectiveAmount, lang),
		enumLabel(BUDGET_SOURCES, l.source, lang),
	])
}

function lineTable(lines: readonly Line[], total: number, amountHeader: string, ctx: SectionContext): PlanBlock {
	const { lang } = ctx
	const rows = lineRows(lines, ctx)
	rows.push([word(lang, 'total'), '', '', '', planMoney(total, lang), ''])
	return table(
		[
			column(word(lang, 'project'), 'text', { minChars: 8, weight: 2 }),
			column(word(lang, 'category'), 'text', { minChars: 4 }),
			column(word(lang, 'budgetItem'), 'text', { minChars: 8, weight: 2.5 }),
			column(word(lang, 'quantityTimesPrice'), 'money'),
			column(amountHeader, 'money'),
			column(word(lang, 'budgetSource'), 'text', { minChars: 6 }),
		],
		rows,
		{ totalRow: true },
	)
}

/**
 * 九、项目预算: the cash budget and the values in kind (donated goods, volunteer hours at
 * the board's hourly value) apart, then totals by expense category and by source — 政府购买
 * against 自筹 and 配套 — all within the plan's 项目周期 (never sums of different periods).
 */
export function budgetSection(ctx: SectionContext): PlanBlock[] | null {
	const { plan, lang } = ctx
	const lines: Line[] = plan.projects.flatMap((p) => p.budget.map((b) => ({ ...b, project: untitled(p.title, lang) })))
	if (lines.length === 0) return null
	const { budget, leverage } = plan.metrics.efficiency
	const period = planPeriod(plan.info.periodStart, plan.info.periodEnd, lang)
	const out: PlanBlock[] = [
		paragraph(
			pick(
				lang,
				`${period ? `项目周期（${period}）内` : ''}项目预算合计 ${planMoney(budget.total, lang)}，其中资金 ${planMoney(budget.cash, lang)}，实物与志愿服务折算 ${planMoney(budget.inKind, lang)}。政府购买 ${planMoney(budget.government, lang)}，自筹、企业配套与社会捐赠 ${planMoney(budget.nonGovernment, lang)}，资源撬动比 ${leverageText(leverage, lang)}。`,
				`${period ? `For ${period}, the` : 'The'} budget totals ${planMoney(budget.total, lang)}: ${planMoney(budget.cash, lang)} in cash and ${planMoney(budget.inKind, lang)} in kind. Government purchase ${planMoney(budget.government, lang)}; self-raised, enterprise co-funding and donations ${planMoney(budget.nonGovernment, lang)}; leverage ratio ${leverageText(leverage, lang)}.`,
			),
		),
	]
	if (!period) {
		out.push(
			note(
				pick(
					lang,
					'注：尚未填写项目周期，请核对各项目预算是否属于同一期间。',
					'No project period is filled in: check that every project’s budget covers the same period.',
				),
			),
		)
	}
	const cash = lines.filter((l) => l.form === 'cash')
	const inKind = lines.filter((l) => l.form === 'inKind')
	out.push(ctx.sub(pick(lang, '资金预算', 'Cash budget')))
	out.push(
		cash.length
			? lineTable(cash, budget.cash, word(lang, 'amount'), ctx)
			: note(pick(lang, '尚未填写资金预算', 'No cash budget has been filled in yet.')),
	)
	out.push(ctx.sub(pick(lang, '实物捐赠与志愿服务折算', 'Donated goods and volunteer time')))
	out.push(
		inKind.length
			? lineTable(inKind, budget.inKind, word(lang, 'inKindAmount'), ctx)
			: note(pick(lang, '无实物捐赠或志愿服务折算', 'No goods or volunteer time valued in kind.')),
	)

	out.push(ctx.sub(pick(lang, '按支出类别汇总', 'By expense category')))
	const categories = BUDGET_CATEGORIES.filter((c) => budget.byCategory[c.value] !== 0)
	out.push(
		table(
			[column(word(lang, 'category'), 'text', { minChars: 8 }), column(word(lang, 'amount'), 'money')],
			[
				...categories.map((c) => [c[lang], planMoney(budget.byCategory[c.value], lang)]),
				[word(lang, 'total'), planMoney(budget.total, lang)],
			],
			{ totalRow: true },
		),
	)

	out.push(ctx.sub(pick(lang, '按经费来源汇总', 'By source')))
	const sources = BUDGET_SOURCES.filter((s) => budget.bySource[s.value].total !== 0)
	out.push(
		table(
			[
				column(word(lang, 'budgetSource'), 'text', { minChars: 8 }),
				column(word(lang, 'cash'), 'money'),
				column(word(lang, 'inKind'), 'money'),
				column(word(lang, 'total'), 'money'),
			],
			[
				...sources.map((s) => {
					const v = budget.bySource[s.value]
					return [s[lang], planMoney(v.cash, lang), planMoney(v.inKind, lang), planMoney(v.total, lang)]
				}),
				[
					word(lang, 'total'),
					planMoney(budget.cash, lang),
					planMoney(budget.inKind, lang),
					planMoney(budget.total, lang),
				],
			],
			{ totalRow: true },
		),
	)
	if (leverage.allocatedValue > 0) {
		out.push(
			note(
				pick(
					lang,
					`另有未列入预算的市场与社会资源折合 ${planMoney(leverage.allocatedValue, lang)}，计入资源撬动比。`,
					`Market and society resources worth ${planMoney(leverage.allocatedValue, lang)} not in the budget count towards the leverage ratio.`,
				),
			),
		)
	}
	return out
}
