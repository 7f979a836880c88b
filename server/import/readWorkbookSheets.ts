import ExcelJS from 'exceljs'
import type { ImportSheet } from '../../shared/import/parseImportSheets'

/** A workbook that could not be opened (not an xlsx file, or a damaged one). */
export class WorkbookReadError extends Error {}

/** The most rows and columns read from one sheet; what lies beyond is ignored. */
const MAX_ROWS = 100_000
const MAX_COLUMNS = 200

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

/**
 * The sheets of an xlsx workbook, each as rows of text cells (row `i` of `rows` is the
 * sheet's row `i + 1`, so problems name the rows Excel shows). Throws
 * `WorkbookReadError` when the data is not a readable xlsx workbook.
 */
export async function readWorkbookSheets(data: Uint8Array): Promise<ImportSheet[]> {
	const workbook = new ExcelJS.Workbook()
	try {
		await workbook.xlsx.load(Buffer.from(data.buffer, data.byteOffset, data.byteLength) as never)
	} catch (error) {
		throw new WorkbookReadError(error instanceof Error ? error.message : String(error))
	}
	const sheets: ImportSheet[] = []
	for (const sheet of workbook.worksheets) {
		const rows: string[][] = []
		const rowCount = Math.min(sheet.rowCount, MAX_ROWS)
		const columnCount = Math.min(sheet.columnCount, MAX_COLUMNS)
		for (let r = 1; r <= rowCount; r++) {
			const row = sheet.getRow(r)
			const cells: string[] = []
			for (let c = 1; c <= columnCount; c++) cells.push(cellText(row.getCell(c).value))
			while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop()
			rows.push(cells)
		}
		sheets.push({ name: sheet.name, rows })
	}
	return sheets
}
