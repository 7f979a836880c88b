/** A CSV file that could not be read, with the 1-based line where reading stopped. */
export class CsvSyntaxError extends Error {
	constructor(
		readonly line: number,
		message: string,
	) {
		super(message)
	}
}

/**
 * Parses CSV text as RFC 4180 describes it, leniently where Excel is lenient: fields
 * separated by commas, records by CRLF, LF or CR; a field in double quotes may hold
 * commas, line breaks and doubled quotes (`""`). A leading byte-order mark is dropped,
 * a line break at the very end makes no empty record, and blank lines are kept as
 * `['']` so row numbers stay those a spreadsheet shows. Throws `CsvSyntaxError` for a
 * quoted field that never ends or text after a closing quote.
 */
export function parseCsv(text: string): string[][] {
	const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
	const rows: string[][] = []
	let row: string[] = []
	let field = ''
	let line = 1
	let i = 0
	const n = src.length
	if (n === 0) return rows
	while (i < n) {
		const c = src[i]
		if (c === '"' && field === '') {
			// A quoted field: read up to the closing quote.
			const startLine = line
			i++
			let closed = false
			while (i < n) {
				const q = src[i]
				if (q === '"') {
					if (src[i + 1] === '"') {
						field += '"'
						i += 2
						continue
					}
					closed = true
					i++
					break
				}
				if (q === '\n' || (q === '\r' && src[i + 1] !== '\n')) line++
				field += q
				i++
			}
			if (!closed) throw new CsvSyntaxError(startLine, `Line ${startLine}: a quoted field is never closed`)
			const next = src[i]
			if (i < n && next !== ',' && next !== '\n' && next !== '\r') {
				throw new CsvSyntaxError(line, `Line ${line}: unexpected text after a closing quote`)
			}
			continue
		}
		if (c === ',') {
			row.push(field)
			field = ''
			i++
			continue
		}
		if (c === '\r' || c === '\n') {
			row.push(field)
			rows.push(row)
			row = []
			field = ''
			i += c === '\r' && src[i + 1] === '\n' ? 2 : 1
			line++
			continue
		}
		field += c
		i++
	}
	// The last record, unless the text ended with a line break.
	const last = src[n - 1]
	if (last !== '\n' && last !== '\r') {
		row.push(field)
		rows.push(row)
	}
	return rows
}
