import type { Plan, PlanLang } from '../plan/planTypes'
import type { ListName } from './listColumns'
import { type ListCell, listTable } from './listTable'

export type { ListColumn, ListName } from './listColumns'
export { LIST_COLUMNS, LIST_NAMES, LIST_SHEET_NAMES, LIST_SHEET_NAMES_EN, listColumns } from './listColumns'

/** The byte-order mark that makes Excel read a csv file as UTF-8. */
export const UTF8_BOM = '\uFEFF'

/** Characters that make a spreadsheet read a cell as a formula (or hide its start). */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * `text` made safe for a spreadsheet: a cell that starts with = + - @, a tab or a
 * carriage return gets a leading apostrophe, so Excel / WPS / LibreOffice show it as
 * text instead of running it as a formula (CSV injection).
 */
export function neutraliseCell(text: string): string {
	return FORMULA_START.test(text) ? `'${text}` : text
}

/** The inverse of `neutraliseCell`, for the import: drops the apostrophe it added. */
export function restoreCell(text: string): string {
	return text.length > 1 && text[0] === "'" && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text
}

/** One csv field, RFC 4180: quoted when it holds a comma, a quote or a line break. */
export function csvField(cell: ListCell): string {
	const text = typeof cell === 'number' ? (Number.isFinite(cell) ? String(cell) : '') : neutraliseCell(cell)
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** Rows as RFC 4180 csv: CRLF line ends (also after the last row), UTF-8 BOM first. */
export function rowsToCsv(rows: readonly (readonly ListCell[])[]): string {
	return UTF8_BOM + rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('')
}

/**
 * One list of `plan` as a csv file: UTF-8 with BOM (so Excel reads Chinese), CRLF,
 * RFC 4180 quoting, the `LIST_COLUMNS` headers in `lang` (Chinese by default), enum
 * values as labels, formula-like cells neutralised. 联系方式 only when the plan was
 * derived with private fields.
 */
export function listToCsv(plan: Plan, list: ListName, lang: PlanLang = 'zh'): string {
	const table = listTable(plan, list, lang)
	return rowsToCsv([table.header, ...table.rows])
}
