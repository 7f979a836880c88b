import { enumLabel, INDICATOR_DIMENSIONS } from '../../domain/enums'
import type { IndicatorRow, PlanLang } from '../../plan/planTypes'
import { column, type PlanTableBlock, table } from '../planBlocks'
import { planQuantity, unreported } from '../planFormat'
import { untitled, word } from '../planText'

/** A value set in advance (基线, 目标) with its unit, or 未设定. */
export function setValue(v: number | null, unit: string, lang: PlanLang): string {
	return v === null ? word(lang, 'notSet') : planQuantity(v, unit, lang)
}

/** A reported value (实际) with its unit, or 未填报 — never 0. */
export function actualValue(v: number | null, unit: string, lang: PlanLang): string {
	return v === null ? unreported(lang) : planQuantity(v, unit, lang)
}

/** Indicators 基线 → 目标 → 实际, one a row. */
export function indicatorTable(rows: readonly IndicatorRow[], lang: PlanLang, withDimension = false): PlanTableBlock {
	return table(
		[
			column(word(lang, 'project'), 'text', { minChars: 8, weight: 2 }),
			column(word(lang, 'indicator'), 'text', { minChars: 8, weight: 2.5 }),
			...(withDimension ? [column(word(lang, 'dimension'), 'text', { minChars: 6 })] : []),
			column(word(lang, 'baseline'), 'number'),
			column(word(lang, 'target'), 'number'),
			column(word(lang, 'actual'), 'number'),
		],
		rows.map((i) => [
			untitled(i.project, lang),
			i.name,
			...(withDimension ? [enumLabel(INDICATOR_DIMENSIONS, i.dimension, lang)] : []),
			setValue(i.baseline, i.unit, lang),
			setValue(i.target, i.unit, lang),
			actualValue(i.actual, i.unit, lang),
		]),
	)
}
