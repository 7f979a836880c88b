import { LIST_SHEET_NAMES, type ListName } from '../export/listColumns'
import { ImportLimitError, limitProblem } from './importLimits'
import type { ImportedCard, ImportedLink, ImportProblem, ParsedImport } from './importTypes'
import { listForSheetName } from './listForSheetName'
import { CsvSyntaxError, parseCsv } from './parseCsv'
import { parseListRows } from './parseListRows'

/** One sheet of a workbook, its cells as text. */
export interface ImportSheet {
	readonly name: string
	readonly rows: readonly (readonly string[])[]
}

/**
 * Reads every sheet of a workbook whose name is a list's (需求清单, 资源清单, 项目清单,
 * 匹配表, 主体, their English names or aliases); other sheets are ignored. A workbook
 * with none of them is one problem.
 */
export function parseImportSheets(sheets: readonly ImportSheet[]): ParsedImport {
	const cards: ImportedCard[] = []
	const links: ImportedLink[] = []
	const problems: ImportProblem[] = []
	let read = 0
	for (const sheet of sheets) {
		const list = listForSheetName(sheet.name)
		if (!list) continue
		read++
		const parsed = parseListRows(list, sheet.rows, sheet.name)
		cards.push(...parsed.cards)
		links.push(...parsed.links)
		problems.push(...parsed.problems)
	}
	if (read === 0) {
		const names = Object.values(LIST_SHEET_NAMES).join('、')
		problems.push({
			sheet: '',
			row: 0,
			column: '',
			message: {
				zh: `工作簿中没有可导入的工作表，工作表应命名为：${names}`,
				en: `The workbook has no sheet to import; sheets must be named: ${names} (or Needs, Resources, Projects, Matches, Actors)`,
			},
		})
	}
	return { cards, links, problems }
}

/**
 * Reads one list from a csv file's text (RFC 4180, UTF-8, with or without BOM). A file
 * past `IMPORT_LIMITS` (rows, fields per row, characters per field) is one problem
 * naming the limit; reading stops there.
 */
export function parseCsvList(list: ListName, csv: string): ParsedImport {
	const sheet = LIST_SHEET_NAMES[list]
	try {
		return parseListRows(list, parseCsv(csv), sheet)
	} catch (error) {
		if (error instanceof ImportLimitError)
			return { cards: [], links: [], problems: [limitProblem(error.inSheet(sheet))] }
		if (!(error instanceof CsvSyntaxError)) throw error
		return {
			cards: [],
			links: [],
			problems: [
				{
					sheet,
					row: error.line,
					column: '',
					message: { zh: `CSV 格式错误：第 ${error.line} 行的引号没有闭合或位置不对`, en: error.message },
				},
			],
		}
	}
}
