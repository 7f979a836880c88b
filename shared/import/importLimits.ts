import type { ImportProblem } from './importTypes'

/**
 * The most an imported workbook or csv file may hold. A board of 5,000 cards and
 * 7,500 links exports to about 5,000 rows of ~20 columns in its largest sheet and
 * ~200,000 cells in all, well inside these; a hostile file is refused as soon as it
 * passes one of them, before it costs more memory or time.
 */
export const IMPORT_LIMITS = {
	/** Rows of one sheet or csv file, the header included (by the row numbers Excel shows). */
	rows: 20_000,
	/** Columns of one sheet, fields of one csv row. */
	columns: 100,
	/** Cells of one sheet, as stored in the file (empty styled cells count). */
	cellsPerSheet: 250_000,
	/** Cells of the whole workbook, every sheet counted (reading one costs ExcelJS ~700 bytes). */
	cellsPerWorkbook: 400_000,
	/** Characters of one cell or csv field: Excel's own limit. */
	cellChars: 32_767,
} as const

/** What a limit counts. */
export type ImportLimitKind = 'rows' | 'columns' | 'cellsPerSheet' | 'cellsPerWorkbook' | 'cellChars'

/** Thrown when a file passes one of `IMPORT_LIMITS`: reading stops there. */
export class ImportLimitError extends Error {
	constructor(
		readonly kind: ImportLimitKind,
		readonly limit: number,
		/** The sheet (or csv list) it happened in; '' for the whole workbook or a csv file not yet named. */
		readonly sheet: string,
		/** The row where reading stopped (1-based; 0 when not one row's). */
		readonly row: number,
	) {
		super(limitTexts(kind, limit, sheet, row).en)
		this.name = 'ImportLimitError'
	}

	/** The same error, about the sheet (or csv list) `sheet`. */
	inSheet(sheet: string): ImportLimitError {
		return new ImportLimitError(this.kind, this.limit, sheet, this.row)
	}
}

function count(n: number): string {
	return n.toLocaleString('en-US')
}

function limitTexts(kind: ImportLimitKind, limit: number, sheet: string, row: number): { zh: string; en: string } {
	const zhSheet = sheet ? `工作表“${sheet}”` : '文件'
	const enSheet = sheet ? `sheet ${sheet}` : 'the file'
	const n = count(limit)
	switch (kind) {
		case 'rows':
			return { zh: `${zhSheet}超过 ${n} 行（上限）`, en: `${enSheet} has more than ${n} rows (limit)` }
		case 'columns':
			return {
				zh: `${zhSheet}第 ${count(row)} 行超过 ${n} 列（上限）`,
				en: `${enSheet} has more than ${n} columns (limit) in row ${count(row)}`,
			}
		case 'cellsPerSheet':
			return { zh: `${zhSheet}超过 ${n} 个单元格（上限）`, en: `${enSheet} has more than ${n} cells (limit)` }
		case 'cellsPerWorkbook':
			return { zh: `工作簿超过 ${n} 个单元格（上限）`, en: `the workbook has more than ${n} cells (limit)` }
		case 'cellChars':
			return {
				zh: `${zhSheet}第 ${count(row)} 行有单元格超过 ${n} 个字符（上限）`,
				en: `${enSheet} has a cell of more than ${n} characters (limit) in row ${count(row)}`,
			}
	}
}

/** The import problem an `ImportLimitError` is: the limit named, with a hint to split the file. */
export function limitProblem(error: ImportLimitError): ImportProblem {
	const text = limitTexts(error.kind, error.limit, error.sheet, error.row)
	return {
		sheet: error.sheet,
		row: error.row,
		column: '',
		limit: error.kind,
		message: {
			zh: `${text.zh}，请把文件拆分成几个较小的文件再导入`,
			en: `${text.en[0].toUpperCase()}${text.en.slice(1)}; split it into smaller files`,
		},
	}
}
