import zlib from 'node:zlib'
import { IMPORT_LIMITS, ImportLimitError } from '../../shared/import/importLimits'

/** A workbook that could not be opened (not an xlsx file, or a damaged one). */
export class WorkbookReadError extends Error {}

/** The most bytes the entries of a workbook may unpack to (a real 100 000-row workbook is far below). */
export const MAX_UNPACKED_WORKBOOK_BYTES = 64 * 1024 * 1024

/** The limits `scanWorkbookZip` checks. */
export type WorkbookScanLimits = Pick<typeof IMPORT_LIMITS, 'rows' | 'cellsPerSheet' | 'cellsPerWorkbook'>

/** What one worksheet part would cost ExcelJS to load. */
interface SheetCost {
	/** `<row>` elements. */
	rows: number
	/** `<c>` elements, plus every cell ExcelJS creates for merged ranges. */
	cells: number
}

const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/
const RANGE = /\$?([A-Z]{1,3})\$?(\d{1,7}):\$?([A-Z]{1,3})\$?(\d{1,7})/g

function columnNumber(letters: string): number {
	let n = 0
	for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64)
	return n
}

/** Cells covered by every `A1:B2` range in `text` (single cells and whole rows or columns count nothing). */
function rangeArea(text: string): number {
	let area = 0
	for (const m of text.matchAll(RANGE)) {
		const cols = Math.abs(columnNumber(m[3]) - columnNumber(m[1])) + 1
		const rows = Math.abs(Number(m[4]) - Number(m[2])) + 1
		area += cols * rows
	}
	return area
}

/** How many elements named `tag` (no namespace prefix, as ExcelJS reads them) `xml` holds. */
function countElements(xml: Buffer, tag: string): number {
	const open = Buffer.from(`<${tag}`, 'latin1')
	let count = 0
	let at = xml.indexOf(open)
	while (at >= 0) {
		const next = xml[at + open.length]
		// Followed by white space, '>' or '/': `<c ` but not `<col` or `<cfRule`.
		if (next === 0x20 || next === 0x3e || next === 0x2f || next === 0x09 || next === 0x0a || next === 0x0d) count++
		at = xml.indexOf(open, at + open.length)
	}
	return count
}

/** The attribute `name` of every `<tag …>` in `xml`. */
function attributes(xml: string, tag: string, name: string): string[] {
	const values: string[] = []
	for (const m of xml.matchAll(new RegExp(`<${tag}\\b[^>]*?\\s${name}="([^"]*)"`, 'g'))) values.push(m[1])
	return values
}

function unescapeXml(text: string): string {
	return text.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-fA-F]+);/g, (_m, e: string) => {
		if (e === 'lt') return '<'
		if (e === 'gt') return '>'
		if (e === 'quot') return '"'
		if (e === 'apos') return "'"
		if (e === 'amp') return '&'
		const code = e[1] === 'x' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10)
		return code <= 0x10ffff ? String.fromCodePoint(code) : ''
	})
}

function sheetCost(xml: Buffer): SheetCost {
	let cells = countElements(xml, 'c')
	// ExcelJS creates a cell for every address of a merged range.
	if (xml.includes('<mergeCell')) {
		for (const ref of attributes(xml.toString('latin1'), 'mergeCell', 'ref')) cells += rangeArea(ref)
	}
	return { rows: countElements(xml, 'row'), cells }
}

/** Worksheet part path → sheet name, from xl/workbook.xml and its relationships. */
function sheetNames(workbookXml: string, relsXml: string): Map<string, string> {
	const targets = new Map<string, string>()
	for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
		const id = /\sId="([^"]*)"/.exec(m[0])?.[1]
		const target = /\sTarget="([^"]*)"/.exec(m[0])?.[1]
		if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`)
	}
	const names = new Map<string, string>()
	for (const m of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
		const name = /\sname="([^"]*)"/.exec(m[0])?.[1]
		const id = /\s[A-Za-z]+:id="([^"]*)"/.exec(m[0])?.[1]
		const part = id ? targets.get(id) : undefined
		if (name !== undefined && part) names.set(part, unescapeXml(name).slice(0, 100))
	}
	return names
}

/**
 * Checks an xlsx file before ExcelJS loads it, without trusting anything it declares:
 *
 * - every zip entry is inflated with a cap on its output, so the whole file never
 *   unpacks to more than `MAX_UNPACKED_WORKBOOK_BYTES` (a decompression bomb);
 * - each worksheet's `<row>` and `<c>` elements are counted, with the cells ExcelJS
 *   would create for merged ranges (one `A1:XFD1048576` merge is 17 billion cells) and
 *   for the workbook's defined names (the other parts ExcelJS would expand, such as
 *   data validations, are not loaded: see `readWorkbookSheets`);
 *
 * and throws `WorkbookReadError` for a damaged file, `ImportLimitError` (naming the
 * sheet) for one past `limits` — so what ExcelJS then loads is bounded.
 */
export function scanWorkbookZip(data: Buffer, limits: WorkbookScanLimits = IMPORT_LIMITS): void {
	const eocd = data.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
	if (eocd < 0 || eocd + 22 > data.length) throw new WorkbookReadError('not a zip file')
	const count = data.readUInt16LE(eocd + 10)
	let at = data.readUInt32LE(eocd + 16)
	let budget = MAX_UNPACKED_WORKBOOK_BYTES
	const costs = new Map<string, SheetCost>()
	let workbookXml = ''
	let relsXml = ''
	for (let i = 0; i < count; i++) {
		if (at + 46 > data.length || data.readUInt32LE(at) !== 0x02014b50) {
			throw new WorkbookReadError('damaged zip directory')
		}
		const method = data.readUInt16LE(at + 10)
		const packedSize = data.readUInt32LE(at + 20)
		const nameLength = data.readUInt16LE(at + 28)
		const extraLength = data.readUInt16LE(at + 30)
		const commentLength = data.readUInt16LE(at + 32)
		const local = data.readUInt32LE(at + 42)
		const name = data.toString('utf8', at + 46, Math.min(data.length, at + 46 + nameLength))
		if (local + 30 > data.length || data.readUInt32LE(local) !== 0x04034b50) {
			throw new WorkbookReadError('damaged zip entry')
		}
		const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28)
		const packed = data.subarray(start, start + packedSize)
		let content: Buffer
		if (method === 0) content = packed
		else if (method === 8) {
			try {
				content = zlib.inflateRawSync(packed, { maxOutputLength: Math.max(1, budget) })
			} catch (err) {
				if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
					throw new WorkbookReadError('the workbook is too large once unpacked')
				}
				throw new WorkbookReadError('damaged zip entry')
			}
		} else throw new WorkbookReadError(`unsupported zip compression method ${method}`)
		budget -= content.length
		if (budget < 0) throw new WorkbookReadError('the workbook is too large once unpacked')
		if (WORKSHEET_PART.test(name)) costs.set(name, sheetCost(content))
		else if (name === 'xl/workbook.xml') workbookXml = content.toString('utf8')
		else if (name === 'xl/_rels/workbook.xml.rels') relsXml = content.toString('utf8')
		at += 46 + nameLength + extraLength + commentLength
	}

	const names = sheetNames(workbookXml, relsXml)
	// ExcelJS records every cell of a defined name's ranges (print areas included).
	let total = 0
	for (const m of workbookXml.matchAll(/<definedName\b[^>]*>([^<]*)<\/definedName>/g)) total += rangeArea(m[1])
	for (const [part, cost] of costs) {
		const sheet = names.get(part) ?? part
		if (cost.rows > limits.rows) throw new ImportLimitError('rows', limits.rows, sheet, 0)
		if (cost.cells > limits.cellsPerSheet) throw new ImportLimitError('cellsPerSheet', limits.cellsPerSheet, sheet, 0)
		total += cost.cells
	}
	if (total > limits.cellsPerWorkbook) throw new ImportLimitError('cellsPerWorkbook', limits.cellsPerWorkbook, '', 0)
}
