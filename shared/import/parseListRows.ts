import { budgetLine, defaultCardProps, projectActivity, projectIndicator } from '../domain/cardDefaults'
import {
	ACTIVITY_FIELDS,
	BUDGET_FIELDS,
	DISPATCH_STEP_FIELDS,
	type FieldDescriptor,
	fieldsOfKind,
	INDICATOR_FIELDS,
	LINK_TYPE_LABELS,
	RISK_FIELDS,
} from '../domain/cardFields'
import { risksFromText } from '../domain/cardMigrations'
import { type CardKind, LINK_TYPES, type LinkType } from '../domain/cardProps'
import { MAX_LIST_ITEMS, MAX_LONG_TEXT, MAX_SHORT_TEXT } from '../domain/cardValidators'
import { deriveLinkType } from '../domain/deriveLink'
import { type EnumOption, MECHANISMS, STRATEGIES } from '../domain/enums'
import { LIST_COLUMNS, LIST_SHEET_NAMES, type ListName } from '../export/listColumns'
import { restoreCell } from '../export/listsToCsv'
import { parseTableCell } from '../export/tableCell'
import type { ImportedCard, ImportedLink, ImportProblem, ImportText, ParsedImport } from './importTypes'
import { LIST_CARD_KIND, listHeaderAliases } from './listHeaderAliases'
import {
	type CellResult,
	type EnumAliases,
	enumLookup,
	normaliseKey,
	parseDateCell,
	parseEnumCell,
	parseNumberCell,
	splitListCell,
} from './parseCellValue'

/** Columns a sheet must have (by key); the 匹配表 also needs 需求 or 项目. */
export const REQUIRED_COLUMNS: Readonly<Record<ListName, readonly string[]>> = {
	needs: ['title', 'targetGroup', 'urgency'],
	resources: ['title', 'sector', 'resourceType', 'provider', 'quantity', 'unit'],
	projects: ['title', 'targetGroup', 'status'],
	matches: ['resource', 'mechanism'],
	actors: ['title'],
}

/** Columns whose cells must not be empty on any row (by key). */
const REQUIRED_VALUES: Readonly<Record<ListName, readonly string[]>> = {
	needs: ['title', 'urgency'],
	resources: ['title', 'sector', 'resourceType'],
	projects: ['title', 'status'],
	matches: [],
	actors: ['title'],
}

/** Words accepted for enum values beyond their labels, by field key. */
const ENUM_ALIASES: Readonly<Record<string, EnumAliases>> = {
	urgency: { high: ['1', '紧急', '高度紧迫'], medium: ['2', '一般', '中等'], low: ['3', '不急'] },
	sector: {
		government: ['政府资源', '政府部门'],
		market: ['市场资源', '企业'],
		society: ['社会资源', '社会组织'],
		residents: ['居民自治'],
	},
	// Labels before the plan-content columns (企业, 捐赠), and common words for them.
	source: {
		enterprise: ['企业', '企业资金'],
		donation: ['捐赠', '社会捐助'],
		govPurchase: ['政府购买服务', '购买服务'],
	},
	form: { cash: ['现金', '资金投入'], inKind: ['实物', '志愿折算', '折算'] },
}

const LINK_TYPE_OPTIONS: readonly EnumOption[] = LINK_TYPES.map((value) => ({ value, ...LINK_TYPE_LABELS[value] }))

/** The match table's card columns, in the direction links flow. */
const LINK_END_KEYS = ['actor', 'resource', 'project', 'need'] as const

type Problems = ImportProblem[]

function text(zh: string, en: string): ImportText {
	return { zh, en }
}

/** A sheet's header row: which column index holds which key, and the header as written. */
interface SheetHeader {
	/** Row index (0-based) of the header. */
	rowIndex: number
	byKey: Map<string, { index: number; name: string }>
}

function isBlankRow(row: readonly string[] | undefined): boolean {
	return !row || row.every((c) => c.trim() === '')
}

function columnName(list: ListName, key: string): string {
	return LIST_COLUMNS[list].find((c) => c.key === key)?.zh ?? key
}

function readHeader(
	list: ListName,
	rows: readonly (readonly string[])[],
	sheet: string,
	problems: Problems,
): SheetHeader | null {
	const rowIndex = rows.findIndex((r) => !isBlankRow(r))
	if (rowIndex < 0) {
		problems.push({
			sheet,
			row: 0,
			column: '',
			message: text('工作表是空的，没有表头', 'The sheet is empty: no header row'),
		})
		return null
	}
	const aliases = listHeaderAliases(list)
	const byKey = new Map<string, { index: number; name: string }>()
	rows[rowIndex].forEach((cell, index) => {
		const name = cell.trim()
		const key = aliases.get(normaliseKey(name))
		if (!key) return
		const seen = byKey.get(key)
		if (seen) {
			problems.push({
				sheet,
				row: rowIndex + 1,
				column: name,
				message: text(`与“${seen.name}”是同一列，重复出现`, `The same column as "${seen.name}", given twice`),
			})
			return
		}
		byKey.set(key, { index, name })
	})
	const missing = REQUIRED_COLUMNS[list].filter((key) => !byKey.has(key))
	for (const key of missing) {
		const col = LIST_COLUMNS[list].find((c) => c.key === key)
		problems.push({
			sheet,
			row: rowIndex + 1,
			column: col?.zh ?? key,
			message: text(`缺少必填列“${col?.zh ?? key}”`, `Missing required column "${col?.zh ?? key}" (${col?.en ?? key})`),
		})
	}
	if (list === 'matches' && !byKey.has('need') && !byKey.has('project')) {
		problems.push({
			sheet,
			row: rowIndex + 1,
			column: '需求',
			message: text('缺少必填列“需求”或“项目”', 'Missing required column "需求" (Need) or "项目" (Project)'),
		})
	}
	return { rowIndex, byKey }
}

/** Reads the cells of one row by key, restoring cells the export neutralised. */
function rowCells(header: SheetHeader, row: readonly string[]): Map<string, { cell: string; column: string }> {
	const out = new Map<string, { cell: string; column: string }>()
	for (const [key, { index, name }] of header.byKey) {
		out.set(key, { cell: restoreCell((row[index] ?? '').replace(/\r\n?/g, '\n')), column: name })
	}
	return out
}

function checkLength(value: string, max: number): CellResult<string> {
	if (value.length <= max) return { ok: true, value }
	return {
		ok: false,
		message: text(
			`内容过长：最多 ${max} 个字符，实际 ${value.length} 个`,
			`Too long: at most ${max} characters, got ${value.length}`,
		),
	}
}

function shortText(cell: string): CellResult<string> {
	return checkLength(cell.trim(), MAX_SHORT_TEXT)
}

const lookups = new Map<string, ReadonlyMap<string, string>>()

function lookupFor(key: string, options: readonly EnumOption[]): ReadonlyMap<string, string> {
	const id = `${key}:${options.map((o) => o.value).join(',')}`
	let found = lookups.get(id)
	if (!found) {
		found = enumLookup(options, ENUM_ALIASES[key])
		lookups.set(id, found)
	}
	return found
}

function enumCell(field: FieldDescriptor, cell: string): CellResult<string | null> {
	const options = field.options ?? []
	return parseEnumCell(cell, options, lookupFor(field.key, options))
}

/** One entry of a small table cell, by its columns. */
function tableEntry(columns: readonly FieldDescriptor[], fields: string[]): CellResult<Record<string, unknown>> {
	if (fields.length > columns.length) {
		return {
			ok: false,
			message: text(
				`每行最多 ${columns.length} 项（${columns.map((c) => c.zh).join(' | ')}），实际 ${fields.length} 项`,
				`Each line has at most ${columns.length} fields (${columns.map((c) => c.en).join(' | ')}), got ${fields.length}`,
			),
		}
	}
	const entry: Record<string, unknown> = {}
	for (const [i, col] of columns.entries()) {
		// A line written before a column existed (or shorter) keeps that column's default.
		if (i >= fields.length) continue
		const raw = fields[i]
		let result: CellResult<unknown>
		if (col.input === 'number') result = parseNumberCell(raw, { min: col.min, max: col.max, integer: col.integer })
		else if (col.input === 'date') result = parseDateCell(raw)
		else if (col.input === 'enum') {
			const parsed = enumCell(col, raw)
			result =
				parsed.ok && parsed.value === null
					? { ok: false, message: text(`“${col.zh}”不能为空`, `"${col.en}" must not be empty`) }
					: parsed
		} else result = checkLength(raw, col.key === 'content' ? MAX_LONG_TEXT : MAX_SHORT_TEXT)
		if (!result.ok) {
			return { ok: false, message: text(`${col.zh}：${result.message.zh}`, `${col.en}: ${result.message.en}`) }
		}
		entry[col.key] = result.value
	}
	return { ok: true, value: entry }
}

function tableCell(
	columns: readonly FieldDescriptor[],
	cell: string,
	defaults: Record<string, unknown>,
): CellResult<Record<string, unknown>[]> {
	const entries = parseTableCell(cell)
	if (entries.length > MAX_LIST_ITEMS) {
		return { ok: false, message: text(`最多 ${MAX_LIST_ITEMS} 行`, `At most ${MAX_LIST_ITEMS} lines`) }
	}
	const out: Record<string, unknown>[] = []
	for (const [i, fields] of entries.entries()) {
		const entry = tableEntry(columns, fields)
		if (!entry.ok) {
			return { ok: false, message: text(`第 ${i + 1} 行：${entry.message.zh}`, `Line ${i + 1}: ${entry.message.en}`) }
		}
		out.push({ ...defaults, ...entry.value })
	}
	return { ok: true, value: out }
}

const TABLE_COLUMNS: Readonly<Record<string, readonly FieldDescriptor[]>> = {
	activities: ACTIVITY_FIELDS,
	budget: BUDGET_FIELDS,
	indicators: INDICATOR_FIELDS,
	risks: RISK_FIELDS,
	dispatchTrail: DISPATCH_STEP_FIELDS,
}

/** A full row of each table, for the columns a line leaves out. */
const TABLE_DEFAULTS: Readonly<Record<string, Record<string, unknown>>> = {
	activities: { ...projectActivity({}) },
	budget: { ...budgetLine({}) },
	indicators: { ...projectIndicator({}) },
	risks: { risk: '', response: '' },
	dispatchTrail: { stage: 'published', date: '', by: '', note: '' },
}

/** The value of one card field from its cell; `undefined` means "keep the card default". */
function fieldValue(kind: CardKind, field: FieldDescriptor, cell: string): CellResult<unknown> {
	switch (field.input) {
		case 'text':
		case 'suggest':
			return shortText(cell)
		case 'longtext':
			return checkLength(cell, MAX_LONG_TEXT)
		case 'number': {
			const parsed = parseNumberCell(cell, { integer: field.integer, min: field.min, max: field.max })
			if (!parsed.ok) return parsed
			const fallback = (defaultCardProps(kind) as unknown as Record<string, unknown>)[field.key]
			// An empty cell of a field that cannot be empty (票数, 影响力 …) keeps the default.
			return { ok: true, value: parsed.value === null && fallback !== null ? undefined : parsed.value }
		}
		case 'enum': {
			const parsed = enumCell(field, cell)
			if (!parsed.ok) return parsed
			return { ok: true, value: parsed.value ?? undefined }
		}
		case 'multiEnum': {
			const values: string[] = []
			for (const word of splitListCell(cell)) {
				const parsed = enumCell(field, word)
				if (!parsed.ok) return parsed
				if (parsed.value !== null && !values.includes(parsed.value)) values.push(parsed.value)
			}
			return { ok: true, value: values }
		}
		case 'stringList': {
			const items = splitListCell(cell)
			if (items.length > MAX_LIST_ITEMS) {
				return { ok: false, message: text(`最多 ${MAX_LIST_ITEMS} 项`, `At most ${MAX_LIST_ITEMS} entries`) }
			}
			for (const item of items) {
				const checked = shortText(item)
				if (!checked.ok) return checked
			}
			return { ok: true, value: items }
		}
		case 'date':
			return parseDateCell(cell)
		case 'activities':
		case 'budget':
		case 'indicators':
		case 'dispatchTrail':
			return tableCell(TABLE_COLUMNS[field.input], cell, TABLE_DEFAULTS[field.input])
		case 'risks': {
			// A cell typed as plain text (no `|`) reads as one risk per line, responses empty.
			if (!cell.includes('|')) return { ok: true, value: risksFromText(cell) }
			return tableCell(TABLE_COLUMNS.risks, cell, TABLE_DEFAULTS.risks)
		}
	}
}

function parseCardRow(
	list: Exclude<ListName, 'matches'>,
	cells: Map<string, { cell: string; column: string }>,
	sheet: string,
	row: number,
	problems: Problems,
): ImportedCard | null {
	const kind = LIST_CARD_KIND[list]
	const fields = fieldsOfKind(kind)
	const props: Record<string, unknown> = {}
	const columns: Record<string, string> = {}
	let ok = true
	for (const [key, { cell, column }] of cells) {
		const field = fields.find((f) => f.key === key)
		if (!field) continue
		columns[key] = column
		if (REQUIRED_VALUES[list].includes(key) && cell.trim() === '') {
			problems.push({ sheet, row, column, message: text(`“${column}”不能为空`, `"${column}" must not be empty`) })
			ok = false
			continue
		}
		const result = fieldValue(kind, field, cell)
		if (!result.ok) {
			problems.push({ sheet, row, column, message: result.message })
			ok = false
		} else if (result.value !== undefined) {
			props[key] = result.value
		}
	}
	return ok ? { kind, sheet, row, props, columns } : null
}

function parseMatchRow(
	cells: Map<string, { cell: string; column: string }>,
	sheet: string,
	row: number,
	problems: Problems,
): ImportedLink | null {
	const ends = LINK_END_KEYS.flatMap((key) => {
		const found = cells.get(key)
		const title = found?.cell.trim() ?? ''
		return found && title !== '' ? [{ kind: key, title, column: found.column }] : []
	})
	const before = problems.length
	let type: LinkType | null = null
	if (ends.length !== 2) {
		problems.push({
			sheet,
			row,
			column: ends[2]?.column ?? ends[0]?.column ?? columnName('matches', 'resource'),
			message: text(
				`每行应恰好填写两张卡片（主体+资源、资源+项目、资源+需求 或 项目+需求），实际 ${ends.length} 张`,
				`Each row must name exactly two cards (actor + resource, resource + project, resource + need or project + need); got ${ends.length}`,
			),
		})
	} else {
		type = deriveLinkType(ends[0].kind, ends[1].kind)
		if (!type) {
			problems.push({
				sheet,
				row,
				column: ends[1].column,
				message: text(
					`“${ends[0].column}”与“${ends[1].column}”之间不能连线`,
					`No link can join "${ends[0].column}" and "${ends[1].column}"`,
				),
			})
		}
	}
	const typeCell = cells.get('type')
	if (type && typeCell && typeCell.cell.trim() !== '') {
		const parsed = parseEnumCell(typeCell.cell, LINK_TYPE_OPTIONS, lookupFor('type', LINK_TYPE_OPTIONS))
		if (!parsed.ok) problems.push({ sheet, row, column: typeCell.column, message: parsed.message })
		else if (parsed.value !== type) {
			problems.push({
				sheet,
				row,
				column: typeCell.column,
				message: text(
					`类型“${typeCell.cell.trim()}”与所填卡片不符，应为“${LINK_TYPE_LABELS[type].zh}”`,
					`Type "${typeCell.cell.trim()}" does not match the cards named; expected "${LINK_TYPE_LABELS[type].en}"`,
				),
			})
		}
	}
	let mechanism = ''
	const mechanismCell = cells.get('mechanism')
	if (mechanismCell && mechanismCell.cell.trim() !== '') {
		const parsed = parseEnumCell(mechanismCell.cell, MECHANISMS, lookupFor('mechanism', MECHANISMS))
		if (!parsed.ok) problems.push({ sheet, row, column: mechanismCell.column, message: parsed.message })
		else if (type !== null && type !== 'allocation') {
			problems.push({
				sheet,
				row,
				column: mechanismCell.column,
				message: text(
					'只有资源配置（资源→需求/项目）才有机制',
					'Only allocations (resource → need / project) have a mechanism',
				),
			})
		} else mechanism = parsed.value ?? ''
	}
	let strategy = ''
	const strategyCell = cells.get('strategy')
	if (strategyCell && strategyCell.cell.trim() !== '') {
		const parsed = parseEnumCell(strategyCell.cell, STRATEGIES, lookupFor('strategy', STRATEGIES))
		if (!parsed.ok) problems.push({ sheet, row, column: strategyCell.column, message: parsed.message })
		else if (type !== null && type !== 'allocation') {
			problems.push({
				sheet,
				row,
				column: strategyCell.column,
				message: text(
					'只有资源配置（资源→需求/项目）才有配置策略',
					'Only allocations (resource → need / project) have a strategy',
				),
			})
		} else strategy = parsed.value ?? ''
	}
	let quantity: number | null = null
	const quantityCell = cells.get('quantity')
	if (quantityCell) {
		const parsed = parseNumberCell(quantityCell.cell, { min: 0 })
		if (!parsed.ok) problems.push({ sheet, row, column: quantityCell.column, message: parsed.message })
		else quantity = parsed.value
	}
	let unit = ''
	const unitCell = cells.get('unit')
	if (unitCell) {
		const parsed = shortText(unitCell.cell)
		if (!parsed.ok) problems.push({ sheet, row, column: unitCell.column, message: parsed.message })
		else unit = parsed.value
	}
	let note = ''
	const noteCell = cells.get('note')
	if (noteCell) {
		const parsed = checkLength(noteCell.cell, MAX_LONG_TEXT)
		if (!parsed.ok) problems.push({ sheet, row, column: noteCell.column, message: parsed.message })
		else note = parsed.value
	}
	if (problems.length > before || type === null) return null
	const [from, to] = ends
	return {
		sheet,
		row,
		fromKind: from.kind,
		from: from.title,
		fromColumn: from.column,
		toKind: to.kind,
		to: to.title,
		toColumn: to.column,
		mechanism,
		strategy,
		quantity,
		unit,
		note,
	}
}

/**
 * Reads the rows of one list (a workbook sheet or a csv file) as cards or links.
 * `rows` are the sheet's cells as text, row by row from the top; the first non-blank
 * row is the header, whose names are matched to `LIST_COLUMNS` (Chinese or English
 * names and aliases; unknown columns are ignored). Blank rows are skipped. Enum cells
 * take the zh label, the en label or the stored value; numbers allow thousands
 * separators and 千/万/亿; cells the export neutralised (a leading apostrophe before
 * = + - @) are restored. Every problem is reported with the sheet, the row as Excel
 * numbers it and the column's header; a row with a problem yields nothing.
 */
export function parseListRows(
	list: ListName,
	rows: readonly (readonly string[])[],
	sheet: string = LIST_SHEET_NAMES[list],
): ParsedImport {
	const problems: Problems = []
	const cards: ImportedCard[] = []
	const links: ImportedLink[] = []
	const header = readHeader(list, rows, sheet, problems)
	if (!header || problems.length > 0) return { cards, links, problems }
	for (let i = header.rowIndex + 1; i < rows.length; i++) {
		const row = rows[i]
		if (isBlankRow(row)) continue
		const cells = rowCells(header, row)
		if (list === 'matches') {
			const link = parseMatchRow(cells, sheet, i + 1, problems)
			if (link) links.push(link)
		} else {
			const card = parseCardRow(list, cells, sheet, i + 1, problems)
			if (card) cards.push(card)
		}
	}
	return { cards, links, problems }
}
