import zlib from 'node:zlib'
import ExcelJS from 'exceljs'
import type { ImportSheet } from '../../shared/import/parseImportSheets'

/** A workbook that could not be opened (not an xlsx file, or a damaged one). */
export class WorkbookReadError extends Error {}

/** The most bytes the entries of a workbook may unpack to (a real 100 000-row workbook is far below). */
export const MAX_UNPACKED_WORKBOOK_BYTES = 64 * 1024 * 1024

/**
 * Refuses a zip whose entries would unpack to more than `MAX_UNPACKED_WORKBOOK_BYTES`
 * (a decompression bomb), without trusting the sizes it declares: every entry is
 * inflated with a cap on its output, so no more than the budget is ever allocated.
 */
function checkUnpackedSize(data: Buffer): void {
	const eocd = data.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
	if (eocd < 0 || eocd + 22 > data.length) throw new WorkbookReadError('not a zip file')
	const count = data.readUInt16LE(eocd + 10)
	let at = data.readUInt32LE(eocd + 16)
	let budget = MAX_UNPACKED_WORKBOOK_BYTES
	for (let i = 0; i < count; i++) {
		if (at + 46 > data.length || data.readUInt32LE(at) !== 0x02014b50)
			throw new WorkbookReadError('damaged zip directory')
		const method = data.readUInt16LE(at + 10)
		const packedSize = data.readUInt32LE(at + 20)
		const nameLength = data.readUInt16LE(at + 28)
		const extraLength = data.readUInt16LE(at + 30)
		const commentLength = data.readUInt16LE(at + 32)
		const local = data.readUInt32LE(at + 42)
		if (local + 30 > data.length || data.readUInt32LE(local) !== 0x04034b50)
			throw new WorkbookReadError('damaged zip entry')
		const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28)
		const packed = data.subarray(start, start + packedSize)
		let size: number
		if (method === 0) size = packed.length
		else if (method === 8) {
			try {
				size = zlib.inflateRawSync(packed, { maxOutputLength: Math.max(1, budget) }).length
			} catch (err) {
				if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
					throw new WorkbookReadError('the workbook is too large once unpacked')
				}
				throw new WorkbookReadError('damaged zip entry')
			}
		} else throw new WorkbookReadError(`unsupported zip compression method ${method}`)
		budget -= size
		if (budget < 0) throw new WorkbookReadError('the workbook is too large once unpacked')
		at += 46 + nameLength + extraLength + commentLength
	}
}

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
	checkUnpackedSize(Buffer.from(data.buffer, data.byteOffset, data.byteLength))
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
