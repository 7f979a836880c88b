import { type FieldDescriptor, fieldsOfKind } from '../../shared/domain/cardFields'
import type { CardKind } from '../../shared/domain/cardProps'
import { computedAmount } from '../inspector/budgetAmount'
import { displayColumns } from '../inspector/tableColumns'

/** The tabs of the lists view: the three lists, the match table and the actors. */
export const LIST_TABS = ['needs', 'resources', 'projects', 'matches', 'actors'] as const
export type ListTab = (typeof LIST_TABS)[number]

/** The card kind shown in a tab (the match table shows links). */
export const TAB_KIND: Record<ListTab, CardKind | null> = {
	needs: 'need',
	resources: 'resource',
	projects: 'project',
	matches: null,
	actors: 'actor',
}

/** Inputs that fit in a table cell. */
const CELL_INPUTS = new Set(['text', 'number', 'enum', 'suggest', 'date', 'stringList', 'multiEnum', 'longtext'])

/** True for a field edited as a table (activities, budget, indicators, risks, dispatch trail). */
export function isTableField(field: FieldDescriptor): boolean {
	return field.columns !== undefined
}

/** The columns of a card list: the kind's fields that fit in a cell, and its tables as compact multi-line cells. */
export function cardColumns(kind: CardKind): readonly FieldDescriptor[] {
	return fieldsOfKind(kind).filter((f) => CELL_INPUTS.has(f.input) || isTableField(f))
}

/** An indicator value left empty: not reported, which is not 0. */
const NOT_REPORTED = { zh: '未填报', en: 'not reported' } as const

function formatNumber(value: number, lang: 'zh' | 'en'): string {
	return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: 2 }).format(value)
}

/** The text of one value of a column (enum label, number with its unit, text). */
function valueText(field: FieldDescriptor, value: unknown, lang: 'zh' | 'en'): string {
	if (value === null || value === undefined || value === '') return ''
	if (field.input === 'enum') return field.options?.find((o) => o.value === value)?.[lang] ?? String(value)
	if (typeof value === 'number') return `${formatNumber(value, lang)}${field.unit ? ` ${field.unit[lang]}` : ''}`
	return String(value)
}

/**
 * One row of a table field as one line: its non-empty values in display order, joined by
 * " · ". A budget line reads "类别 · 项目 · 数量 单位 × 单价 = 金额 · 来源 · 形式".
 */
export function tableRowText(field: FieldDescriptor, row: Record<string, unknown>, lang: 'zh' | 'en'): string {
	const columns = displayColumns(field)
	if (field.input === 'budget') {
		const col = (key: string) => columns.find((c) => c.key === key)
		const text = (key: string) => {
			const c = col(key)
			return c ? valueText(c, row[key], lang) : ''
		}
		const computed = computedAmount(row)
		const quantity = [text('quantity'), text('unit')].filter(Boolean).join(' ')
		const money =
			computed !== null
				? `${quantity} × ${text('unitPrice')} = ${formatNumber(computed, lang)} ${lang === 'zh' ? '元' : 'yuan'}`
				: [quantity, text('amount')].filter(Boolean).join(' · ')
		return [text('category'), text('item'), money, text('source'), text('form')].filter(Boolean).join(' · ')
	}
	if (field.input === 'indicators') {
		const col = (key: string) => columns.find((c) => c.key === key)
		const figure = (key: string) => {
			const c = col(key)
			if (!c) return ''
			const value = valueText(c, row[key], lang) || NOT_REPORTED[lang]
			return `${c[lang]} ${value}`
		}
		const name = [row.name, col('dimension') ? valueText(col('dimension') as FieldDescriptor, row.dimension, lang) : '']
			.filter(Boolean)
			.join(' · ')
		const unit = typeof row.unit === 'string' && row.unit ? ` ${row.unit}` : ''
		return `${name}：${figure('baseline')} → ${figure('target')} → ${figure('actual')}${unit}`
	}
	return columns
		.map((c) => valueText(c, row[c.key], lang))
		.filter(Boolean)
		.join(' · ')
}

/** The text a cell shows, for filtering and sorting (a table: one line per row). */
export function cellText(field: FieldDescriptor, value: unknown, lang: 'zh' | 'en'): string {
	if (value === null || value === undefined) return ''
	if (field.input === 'enum') return field.options?.find((o) => o.value === value)?.[lang] ?? String(value)
	if (isTableField(field)) {
		return Array.isArray(value)
			? value
					.filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null)
					.map((r) => tableRowText(field, r, lang))
					.join('\n')
			: ''
	}
	if (Array.isArray(value)) {
		return value
			.map((v) => (field.options ? (field.options.find((o) => o.value === v)?.[lang] ?? String(v)) : String(v)))
			.join('、')
	}
	return String(value)
}

/** Compares two cell values for sorting: enums by their order, numbers numerically, tables by row count, text by pinyin order. */
export function compareCells(field: FieldDescriptor, a: unknown, b: unknown, lang: 'zh' | 'en'): number {
	if (field.input === 'enum' && field.options) {
		const ia = field.options.findIndex((o) => o.value === a)
		const ib = field.options.findIndex((o) => o.value === b)
		return ia - ib
	}
	if (isTableField(field)) {
		const na = Array.isArray(a) ? a.length : 0
		const nb = Array.isArray(b) ? b.length : 0
		if (na !== nb) return na - nb
	}
	if (typeof a === 'number' || typeof b === 'number') {
		const na = typeof a === 'number' ? a : Number.NEGATIVE_INFINITY
		const nb = typeof b === 'number' ? b : Number.NEGATIVE_INFINITY
		return na === nb ? 0 : na < nb ? -1 : 1
	}
	return cellText(field, a, lang).localeCompare(cellText(field, b, lang), lang === 'zh' ? 'zh-CN' : 'en')
}
