import type { PlanInfo } from './planInfo'
import type { PlanWarning, ResourceRow } from './planTypes'
import { yuanPerUnit } from './valuedAllocations'
import { isIsoDate, numberText, periodText, quoted } from './warningText'

const YEAR = /(?<!\d)(19[89]\d|20\d\d)(?!\d)/g

/** The years (1980–2099) written in `text`, in order, without repeats. */
export function yearsIn(text: string): number[] {
	return [...new Set([...text.matchAll(YEAR)].map((m) => Number(m[1])))]
}

/**
 * `resourceOutsidePeriod` (warning): a resource counted in money (元, 万元 …) whose title,
 * 可用时间, 使用条件 or 说明 names a year outside the plan's 项目周期 — e.g. "2019年以来累计
 * 近70万元" in a 2027 plan: money of another period must not be added to this plan's
 * figures. Needs both ends of the 项目周期. Pure.
 */
export function resourcePeriodWarnings(resources: readonly ResourceRow[], info: PlanInfo | undefined): PlanWarning[] {
	if (!info || !isIsoDate(info.periodStart) || !isIsoDate(info.periodEnd)) return []
	const from = Number(info.periodStart.trim().slice(0, 4))
	const to = Number(info.periodEnd.trim().slice(0, 4))
	const out: PlanWarning[] = []
	for (const r of resources) {
		if (r.quantity === null || yuanPerUnit(r.unit) === null) continue
		const outside = yearsIn([r.title, r.availability, r.conditions, r.description].join('\n')).filter(
			(y) => y < from || y > to,
		)
		if (outside.length === 0) continue
		const amount = `${numberText(r.quantity)} ${r.unit.trim()}`
		out.push({
			code: 'resourceOutsidePeriod',
			severity: 'warning',
			cardId: r.id,
			message: {
				zh: `资源${quoted(r.title, 'zh')}（${amount}）注明的年份（${outside.join('、')}年）不在项目周期（${periodText(info.periodStart, info.periodEnd, 'zh')}）内：不同期间的金额不能与本期经费相加`,
				en: `Resource ${quoted(r.title, 'en')} (${amount}) names years (${outside.join(', ')}) outside the plan's period (${periodText(info.periodStart, info.periodEnd, 'en')}): money of another period must not be added to this plan's figures`,
			},
		})
	}
	return out
}
