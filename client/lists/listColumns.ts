import { type FieldDescriptor, fieldsOfKind } from '../../shared/domain/cardFields'
import type { CardKind } from '../../shared/domain/cardProps'

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

/** The editable columns of a card list: the kind's fields that fit in a cell. */
export function cardColumns(kind: CardKind): readonly FieldDescriptor[] {
	return fieldsOfKind(kind).filter((f) => CELL_INPUTS.has(f.input))
}

/** The text a cell shows, for filtering and sorting. */
export function cellText(field: FieldDescriptor, value: unknown, lang: 'zh' | 'en'): string {
	if (value === null || value === undefined) return ''
	if (field.input === 'enum') return field.options?.find((o) => o.value === value)?.[lang] ?? String(value)
	if (Array.isArray(value)) {
		return value
			.map((v) => (field.options ? (field.options.find((o) => o.value === v)?.[lang] ?? String(v)) : String(v)))
			.join('、')
	}
	return String(value)
}

/** Compares two cell values for sorting: enums by their order, numbers numerically, text by pinyin order. */
export function compareCells(field: FieldDescriptor, a: unknown, b: unknown, lang: 'zh' | 'en'): number {
	if (field.input === 'enum' && field.options) {
		const ia = field.options.findIndex((o) => o.value === a)
		const ib = field.options.findIndex((o) => o.value === b)
		return ia - ib
	}
	if (typeof a === 'number' || typeof b === 'number') {
		const na = typeof a === 'number' ? a : Number.NEGATIVE_INFINITY
		const nb = typeof b === 'number' ? b : Number.NEGATIVE_INFINITY
		return na === nb ? 0 : na < nb ? -1 : 1
	}
	return cellText(field, a, lang).localeCompare(cellText(field, b, lang), lang === 'zh' ? 'zh-CN' : 'en')
}
