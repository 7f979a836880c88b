import { LIST_NAMES, LIST_SHEET_NAMES, LIST_SHEET_NAMES_EN, type ListName } from '../export/listColumns'
import { normaliseKey } from './parseCellValue'

/** Sheet names accepted beside `LIST_SHEET_NAMES`, their English names and the list ids. */
const SHEET_ALIASES: Readonly<Record<ListName, readonly string[]>> = {
	needs: ['需求', '需求表', 'Needs list', 'Need'],
	resources: ['资源', '资源表', 'Resources list', 'Resource'],
	projects: ['项目', '项目表', '服务清单', 'Projects list', 'Project'],
	matches: ['匹配', '匹配清单', '供需匹配', 'Match table', 'Match', 'Links'],
	actors: ['主体清单', '主体地图', '参与主体', 'Actor list', 'Actor'],
}

/**
 * The list a workbook sheet (or csv file) holds, from its name: the export's Chinese
 * or English sheet name, the list id or an alias (case and spaces ignored); null for
 * a sheet the import does not read (e.g. a notes sheet).
 */
export function listForSheetName(name: string): ListName | null {
	const key = normaliseKey(name)
	for (const list of LIST_NAMES) {
		const names = [list, LIST_SHEET_NAMES[list], LIST_SHEET_NAMES_EN[list], ...SHEET_ALIASES[list]]
		if (names.some((n) => normaliseKey(n) === key)) return list
	}
	return null
}
