import ExcelJS from 'exceljs'
import { LIST_NAMES, LIST_SHEET_NAMES, LIST_SHEET_NAMES_EN, type ListName } from '../../shared/export/listColumns'
import { neutraliseCell } from '../../shared/export/listsToCsv'
import { type ListCell, listTable } from '../../shared/export/listTable'
import type { Plan } from '../../shared/plan/planTypes'

/** Options of `planToXlsx`. */
export interface PlanToXlsxOptions {
	/** Headers, sheet names and enum labels in this language (Chinese by default). */
	lang: 'zh' | 'en'
}

/** Excel's limit on the characters of one cell. */
const MAX_CELL_CHARS = 32_767

/** Columns that hold long or multi-line text: wrapped, and given a wider column. */
const WIDE_COLUMNS = new Set([
	'description',
	'conditions',
	'goal',
	'risks',
	'activities',
	'budget',
	'indicators',
	'note',
])

/** Characters XML 1.0 cannot hold; an xlsx file with them does not open. */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

/** A text cell's value: XML-safe, within Excel's limit, and never read as a formula (as the csv does). */
function textValue(text: string): string {
	return neutraliseCell(text.replace(XML_INVALID, '')).slice(0, MAX_CELL_CHARS)
}

/** How wide `text` shows in Excel's column units: CJK and full-width characters count twice. */
function displayWidth(text: string): number {
	let width = 0
	for (const line of text.split('\n')) {
		let w = 0
		for (const ch of line)
			w += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(ch)
				? 2
				: 1
		width = Math.max(width, w)
	}
	return width
}

function cellValue(cell: ListCell): string | number | null {
	if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null
	return cell === '' ? null : textValue(cell)
}

function addListSheet(workbook: ExcelJS.Workbook, plan: Plan, list: ListName, lang: 'zh' | 'en'): void {
	const table = listTable(plan, list, lang)
	const name = (lang === 'zh' ? LIST_SHEET_NAMES : LIST_SHEET_NAMES_EN)[list]
	const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] })
	const header = sheet.addRow(table.header.map(textValue))
	for (const row of table.rows) sheet.addRow(row.map(cellValue))

	table.columns.forEach((col, i) => {
		const column = sheet.getColumn(i + 1)
		const wide = WIDE_COLUMNS.has(col.key)
		let width = displayWidth(table.header[i])
		for (const row of table.rows) {
			const cell = row[i]
			width = Math.max(width, typeof cell === 'number' ? String(cell).length : displayWidth(cell))
		}
		column.width = Math.min(Math.max(width + 2, 8), wide ? 60 : 30)
		const textColumn = table.rows.every((row) => typeof row[i] !== 'number')
		// Text columns are formatted as text, so what a user types there later is not a formula either.
		if (textColumn) column.numFmt = '@'
		if (wide) column.alignment = { wrapText: true, vertical: 'top' }
		else column.alignment = { vertical: 'top' }
	})
	// After the column styles, which also reach the header cells.
	header.font = { bold: true }
	header.alignment = { vertical: 'middle' }
	sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, table.columns.length) } }
}

/**
 * The plan's lists as one Excel workbook: sheets 需求清单, 资源清单, 项目清单, 匹配表
 * and 主体 (English names when `lang` is 'en'), each with the `LIST_COLUMNS` headers in
 * bold on a frozen first row with a filter, sensible column widths, enum values as
 * labels, numbers as numbers and text as text. A text cell that starts with = + - @ is
 * neutralised as in the csv export (a leading apostrophe); no cell is ever a formula.
 * 联系方式 columns only when the plan was derived with private fields.
 */
export async function planToXlsx(plan: Plan, opts: PlanToXlsxOptions): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook()
	workbook.creator = '纽带 Niudai'
	workbook.title = plan.title.replace(XML_INVALID, '')
	workbook.created = new Date(plan.generatedAt)
	workbook.modified = new Date(plan.generatedAt)
	for (const list of LIST_NAMES) addListSheet(workbook, plan, list, opts.lang)
	const buffer = await workbook.xlsx.writeBuffer()
	return new Uint8Array(buffer)
}
