import { TABLE_FIELD_SEPARATOR } from './listColumns'

function escapeField(field: string): string {
	return field
		.replace(/\\/g, '\\\\')
		.replace(/\|/g, '\\|')
		.replace(/\r\n|\r|\n/g, '\\n')
}

/**
 * One spreadsheet cell holding a small table (活动安排, 预算, 评估指标): one entry per
 * line, fields separated by ` | `. A `\`, `|` or line break inside a field is written
 * as `\\`, `\|` or `\n`, so `parseTableCell` reads back exactly what was written.
 */
export function formatTableCell(entries: readonly (readonly string[])[]): string {
	return entries.map((fields) => fields.map(escapeField).join(TABLE_FIELD_SEPARATOR)).join('\n')
}

/**
 * The entries of a cell written by `formatTableCell` (or typed by hand): lines split
 * on line breaks, fields on unescaped `|`, each field trimmed; blank lines skipped.
 */
export function parseTableCell(cell: string): string[][] {
	const out: string[][] = []
	for (const line of cell.split(/\r\n|\r|\n/)) {
		if (line.trim() === '') continue
		const fields: string[] = []
		let current = ''
		for (let i = 0; i < line.length; i++) {
			const ch = line[i]
			if (ch === '\\' && i + 1 < line.length) {
				const next = line[++i]
				current += next === 'n' ? '\n' : next
			} else if (ch === '|') {
				fields.push(current.trim())
				current = ''
			} else {
				current += ch
			}
		}
		fields.push(current.trim())
		out.push(fields)
	}
	return out
}
