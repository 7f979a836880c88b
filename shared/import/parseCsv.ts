import { IMPORT_LIMITS, ImportLimitError } from './importLimits'

/** A CSV file that could not be read, with the 1-based line where reading stopped. */
export class CsvSyntaxError extends Error {
	constructor(
		readonly line: number,
		message: string,
	) {
		super(message)
	}
}

/** How much `parseCsv` reads before it stops with an `ImportLimitError`. */
export interface CsvLimits {
	/** Records (rows). */
	readonly rows: number
	/** Fields of one record. */
	readonly columns: number
	/** Characters of one field. */
	readonly cellChars: number
}

/**
 * Parses CSV text as RFC 4180 describes it, leniently where Excel is lenient: fields
 * separated by commas, records by CRLF, LF or CR; a field in double quotes may hold
 * commas, line breaks and doubled quotes (`""`). A leading byte-order mark is dropped,
 * a line break at the very end makes no empty record, and blank lines are kept as
 * `['']` so row numbers stay those a spreadsheet shows. Throws `CsvSyntaxError` for a
 * quoted field that never ends or text after a closing quote, and `ImportLimitError`
 * (its `sheet` empty) as soon as a record, a field count or a field length passes
 * `limits` — so 20 MB of line breaks cost no more than the first rows allowed.
 */
export function parseCsv(text: string, limits: CsvLimits = IMPORT_LIMITS): string[][] {
	const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
	const rows: string[][] = []
	let row: string[] = []
	let line = 1
	let i = 0
	const n = src.length
	if (n === 0) return rows
	const pushField = (field: string): void => {
		if (field.length > limits.cellChars) throw new ImportLimitError('cellChars', limits.cellChars, '', rows.length + 1)
		if (row.length >= limits.columns) throw new ImportLimitError('columns', limits.columns, '', rows.length + 1)
		row.push(field)
	}
	const pushRow = (): void => {
		if (rows.length >= limits.rows) throw new ImportLimitError('rows', limits.rows, '', rows.length + 1)
		rows.push(row)
		row = []
	}
	while (i < n) {
		let field: string
		if (src[i] === '"') {
			// A quoted field: read up to the closing quote.
			const startLine = line
			field = ''
			i++
			for (;;) {
				const q = src.indexOf('"', i)
				if (q < 0) throw new CsvSyntaxError(startLine, `Line ${startLine}: a quoted field is never closed`)
				const part = src.slice(i, q)
				for (let k = 0; k < part.length; k++) {
					const ch = part[k]
					if (ch === '\n' || (ch === '\r' && part[k + 1] !== '\n')) line++
				}
				field += part
				if (field.length > limits.cellChars) {
					throw new ImportLimitError('cellChars', limits.cellChars, '', rows.length + 1)
				}
				if (src[q + 1] === '"') {
					field += '"'
					i = q + 2
					continue
				}
				i = q + 1
				break
			}
			const next = src[i]
			if (i < n && next !== ',' && next !== '\n' && next !== '\r') {
				throw new CsvSyntaxError(line, `Line ${line}: unexpected text after a closing quote`)
			}
		} else {
			// An unquoted field: up to the next comma or line break (a quote inside is literal).
			let end = i
			while (end < n) {
				const c = src[end]
				if (c === ',' || c === '\n' || c === '\r') break
				end++
			}
			field = src.slice(i, end)
			i = end
		}
		pushField(field)
		if (i >= n) {
			pushRow()
			break
		}
		const c = src[i]
		if (c === ',') {
			i++
			// A comma at the very end leaves one empty field.
			if (i >= n) {
				pushField('')
				pushRow()
			}
			continue
		}
		// A line break ends the record.
		pushRow()
		i += c === '\r' && src[i + 1] === '\n' ? 2 : 1
		line++
	}
	return rows
}
