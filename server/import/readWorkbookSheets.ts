import ExcelJS from 'exceljs'
import { IMPORT_LIMITS, ImportLimitError } from '../../shared/import/importLimits'
import type { ImportSheet } from '../../shared/import/parseImportSheets'
import { scanWorkbookZip, WorkbookReadError } from './scanWorkbookZip'

export { MAX_UNPACKED_WORKBOOK_BYTES, WorkbookReadError } from './scanWorkbookZip'

/**
 * Worksheet parts ExcelJS need not load to read cell values. Some of them it would
 * expand cell by cell (a data validation over `A1:XFD1048576` is 17 billion entries);
 * hyperlinks only wrap a cell's text, which the cell holds anyway.
 */
const IGNORED_SHEET_NODES = [
	'cols',
	'dataValidations',
	'hyperlinks',
	'conditionalFormatting',
	'extLst',
	'autoFilter',
	'rowBreaks',
	'pageMargins',
	'pageSetup',
	'headerFooter',
	'printOptions',
	'picture',
	'drawing',
	'sheetProtection',
	'tableParts',
]

function pad(n: number): string {
	return String(n).padStart(2, '0')
}

/** A date cell as text: YYYY-MM-DD, with the time when it has one (exceljs reads dates as UTC). */
function dateText(date: Date): string {
	if (Number.isNaN(date.getTime())) return ''
	const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
	const h = date.getUTCHours()
	const m = date.getUTCMinutes()
	return h === 0 && m === 0 ? day : `${day} ${pad(h)}:${pad(m)}`
}

/**
 * A cell's value as the text a person sees: strings as they are, numbers in their
 * shortest form, dates as YYYY-MM-DD, rich text joined, a hyperlink's text, a
 * formula's cached result (never the formula), booleans as TRUE / FALSE, errors as ''.
 */
export function cellText(value: ExcelJS.CellValue): string {
	if (value === null || value === undefined) return ''
	if (typeof value === 'string') return value
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
	if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
	if (value instanceof Date) return dateText(value)
	if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text ?? '').join('')
	if ('hyperlink' in value) {
		const text: unknown = value.text
		if (typeof text === 'string') return text
		return cellText(text as ExcelJS.CellValue)
	}
	if ('formula' in value || 'sharedFormula' in value) {
		return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue)
	}
	return ''
}

/** Options of `readWorkbookSheets`. */
export interface ReadWorkbookOptions {
	/** Which sheets to read, by name (default: all); the others are still counted against the limits. */
	readonly sheets?: (name: string) => boolean
	/** Default: IMPORT_LIMITS. */
	readonly limits?: typeof IMPORT_LIMITS
}

/**
 * The sheets of an xlsx workbook, each as rows of text cells (row `i` of `rows` is the
 * sheet's row `i + 1`, so problems name the rows Excel shows). Only cells the file
 * holds are visited — never rows × columns. Throws `WorkbookReadError` when the data
 * is not a readable xlsx workbook and `ImportLimitError` as soon as a sheet passes one
 * of `IMPORT_LIMITS` (checked on the zip before ExcelJS loads it, then row by row).
 */
export async function readWorkbookSheets(data: Uint8Array, options: ReadWorkbookOptions = {}): Promise<ImportSheet[]> {
	const limits = options.limits ?? IMPORT_LIMITS
	const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength)
	scanWorkbookZip(bytes, limits)
	const workbook = new ExcelJS.Workbook()
	try {
		await workbook.xlsx.load(bytes as never, { ignoreNodes: IGNORED_SHEET_NODES })
	} catch (error) {
		throw new WorkbookReadError(error instanceof Error ? error.message : String(error))
	}
	const sheets: ImportSheet[] = []
	for (const sheet of workbook.worksheets) {
		if (options.sheets && !options.sheets(sheet.name)) continue
		sheets.push({ name: sheet.name, rows: sheetRows(sheet, limits) })
	}
	return sheets
}

/** A sheet's rows of text, walking only the rows and cells that hold something. */
function sheetRows(sheet: ExcelJS.Worksheet, limits: typeof IMPORT_LIMITS): string[][] {
	const rows: string[][] = []
	sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
		if (rowNumber > limits.rows) throw new ImportLimitError('rows', limits.rows, sheet.name, rowNumber)
		const cells: string[] = []
		row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
			if (columnNumber > limits.columns) {
				throw new ImportLimitError('columns', limits.columns, sheet.name, rowNumber)
			}
			const text = cellText(cell.value)
			if (text.length > limits.cellChars) {
				throw new ImportLimitError('cellChars', limits.cellChars, sheet.name, rowNumber)
			}
			while (cells.length < columnNumber - 1) cells.push('')
			cells[columnNumber - 1] = text
		})
		while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop()
		while (rows.length < rowNumber - 1) rows.push([])
		rows[rowNumber - 1] = cells
	})
	return rows
}
