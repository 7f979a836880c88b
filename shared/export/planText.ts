import type { PlanLang } from '../plan/planTypes'
import { formatPlanNumber } from './formatPlanNumber'

/** The Chinese or the English text. */
export function pick(lang: PlanLang, zh: string, en: string): string {
	return lang === 'zh' ? zh : en
}

/** A number as the plan writes it ('' when unknown). */
export function num(v: number | null, lang: PlanLang): string {
	return formatPlanNumber(v, lang)
}

/** A card title, or a placeholder when the card has none. */
export function untitled(title: string, lang: PlanLang): string {
	return title === '' ? pick(lang, '（未命名）', '(untitled)') : title
}

/** What an empty field reads as in the plan. */
export function notFilled(lang: PlanLang): string {
	return pick(lang, '（未填写）', '(not filled in)')
}

/** Names joined the way each language lists them. */
export function joinNames(names: readonly string[], lang: PlanLang): string {
	return names.join(lang === 'zh' ? '、' : ', ')
}

/** "700,000 元", or the bare number without a unit, or '' when unknown. */
export function quantityText(quantity: number | null, unit: string, lang: PlanLang): string {
	if (quantity === null) return ''
	return unit.trim() ? `${num(quantity, lang)} ${unit.trim()}` : num(quantity, lang)
}

/** One risk and its response as one line ("风险 —— 应对：…"). */
export function riskText(r: { risk: string; response: string }, lang: PlanLang): string {
	const risk = r.risk.trim()
	const response = r.response.trim()
	if (response === '') return risk
	return pick(lang, `${risk}——应对：${response}`, `${risk} — response: ${response}`)
}
