/**
 * How the 项目计划书 writes numbers, amounts and dates: thousands separators, a unit in
 * every figure, dates as 2026年12月6日 (or 6 December 2026), and 未填报 — never 0 — for
 * a value nobody reported.
 */
import type { PlanLang } from '../plan/planTypes'
import { formatPlanNumber } from './formatPlanNumber'

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

const EN_MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
]

/** An ISO date (YYYY-MM-DD) as the plan writes it: 2026年3月1日 / 1 March 2026; '' for '' or a malformed date. */
export function planDate(iso: string, lang: PlanLang): string {
	const m = ISO_DATE.exec(iso.trim())
	if (!m) return ''
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
	if (mo < 1 || mo > 12 || d < 1 || d > 31) return ''
	return planDayText(y, mo, d, lang)
}

/** A day as the plan writes it: 2026年3月1日 / 1 March 2026 (`month` 1–12). */
export function planDayText(year: number, month: number, day: number, lang: PlanLang): string {
	return lang === 'zh' ? `${year}年${month}月${day}日` : `${day} ${EN_MONTHS[month - 1]} ${year}`
}

/** A period: 2026年3月1日至2026年12月31日; one end alone says so; '' when both are empty. */
export function planPeriod(start: string, end: string, lang: PlanLang): string {
	const s = planDate(start, lang)
	const e = planDate(end, lang)
	if (s && e) return lang === 'zh' ? `${s}至${e}` : `${s} to ${e}`
	if (s) return lang === 'zh' ? `${s}起` : `from ${s}`
	if (e) return lang === 'zh' ? `至${e}` : `until ${e}`
	return ''
}

/** A number with thousands separators ('' when null). */
export function planNumber(v: number | null | undefined, lang: PlanLang, digits = 2): string {
	return formatPlanNumber(v, lang, digits)
}

/** The currency unit. */
export function yuan(lang: PlanLang): string {
	return lang === 'zh' ? '元' : 'yuan'
}

/** An amount of money: "700,000 元" ('' when null). */
export function planMoney(v: number | null | undefined, lang: PlanLang): string {
	const n = formatPlanNumber(v, lang, 2)
	return n === '' ? '' : `${n} ${yuan(lang)}`
}

/** A quantity with its unit: "50 人", or the bare number when there is no unit ('' when null). */
export function planQuantity(v: number | null | undefined, unit: string, lang: PlanLang): string {
	const n = formatPlanNumber(v, lang, 2)
	if (n === '') return ''
	const u = unit.trim()
	return u ? `${n} ${u}` : n
}

/** What a value nobody has reported reads as. */
export function unreported(lang: PlanLang): string {
	return lang === 'zh' ? '未填报' : 'not reported'
}

/** A reported quantity with its unit, or 未填报 when null. */
export function reported(v: number | null | undefined, unit: string, lang: PlanLang): string {
	return v === null || v === undefined || !Number.isFinite(v) ? unreported(lang) : planQuantity(v, unit, lang)
}

/** A ratio (0–1) as a percentage with one decimal: "75.5%". */
export function planPercent(ratio: number, lang: PlanLang): string {
	return `${formatPlanNumber(Number.isFinite(ratio) ? ratio * 100 : 0, lang, 1)}%`
}
