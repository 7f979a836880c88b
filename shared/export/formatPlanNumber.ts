import type { PlanLang } from '../plan/planTypes'

const formatters = new Map<string, Intl.NumberFormat>()

function formatter(lang: PlanLang, digits: number): Intl.NumberFormat {
	const key = `${lang}:${digits}`
	let f = formatters.get(key)
	if (!f) {
		f = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: digits })
		formatters.set(key, f)
	}
	return f
}

/** A number for people (grouped thousands, at most `digits` decimals); '' for null or a non-finite value. */
export function formatPlanNumber(value: number | null | undefined, lang: PlanLang, digits = 2): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return ''
	return formatter(lang, digits).format(value)
}

/** A ratio (0–1) as a percentage with one decimal: "75.5%". */
export function formatPlanPercent(ratio: number, lang: PlanLang): string {
	return `${formatPlanNumber(Number.isFinite(ratio) ? ratio * 100 : 0, lang, 1)}%`
}
