import * as Y from 'yjs'
import { jsonEqual } from './jsonEqual'

/**
 * Table props of cards — a project's 活动安排, 预算, 评估指标, 风险与应对 and 调度流程 —
 * held in the Y.Doc as a Y.Array with one Y.Map per row (one key per cell), instead of one
 * JSON value per table. Two people editing different rows, or different cells of one row,
 * of the same table at the same moment both keep their edit (one JSON value would keep
 * only the last writer's table); adding and deleting rows merge as list edits. Read back,
 * the table is the same plain array of row objects (`Y.Array#toJSON`). Older boards hold
 * these props as plain arrays: the first write of a table turns it into rows.
 */
export const ROW_TABLE_PROPS: ReadonlySet<string> = new Set([
	'activities',
	'budget',
	'indicators',
	'risks',
	'dispatchTrail',
])

type Row = Record<string, unknown>

function isRow(value: unknown): value is Row {
	return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** True when `value` is a table of rows (an array of plain objects, or empty). */
export function isRowTable(value: unknown): value is Row[] {
	return Array.isArray(value) && value.every(isRow)
}

function rowMap(row: Row): Y.Map<unknown> {
	return new Y.Map<unknown>(Object.entries(row).filter(([, v]) => v !== undefined))
}

/** Writes the cells the writer changed from `base` to `row` (others' edits of other cells stay). */
function syncRow(map: Y.Map<unknown>, base: unknown, row: Row): void {
	const was: Row = isRow(base) ? base : {}
	for (const [key, value] of Object.entries(row)) {
		if (value === undefined || (key in was && jsonEqual(was[key], value) && map.has(key))) continue
		if (!map.has(key) || !jsonEqual(map.get(key), value)) map.set(key, value)
	}
	for (const key of [...map.keys()]) if (row[key] === undefined) map.delete(key)
}

/**
 * Applies the change `base` → `after` to `rows`, whose content is `base`: the rows both
 * start and end with are left alone; in between, rows at the same place are edited cell
 * by cell (so another person's edit of another cell of that row survives), surplus rows
 * deleted and new rows inserted.
 */
function applyRowChange(rows: Y.Array<unknown>, base: readonly unknown[], after: readonly Row[]): void {
	let prefix = 0
	const max = Math.min(base.length, after.length)
	while (prefix < max && jsonEqual(base[prefix], after[prefix])) prefix++
	let suffix = 0
	while (suffix < max - prefix && jsonEqual(base[base.length - 1 - suffix], after[after.length - 1 - suffix])) suffix++
	const baseMiddle = base.length - prefix - suffix
	const afterMiddle = after.length - prefix - suffix
	const paired = Math.min(baseMiddle, afterMiddle)
	for (let i = 0; i < paired; i++) {
		const at = prefix + i
		const row = after[at] as Row
		const map = rows.get(at)
		if (map instanceof Y.Map) syncRow(map, base[at], row)
		else {
			rows.delete(at, 1)
			rows.insert(at, [rowMap(row)])
		}
	}
	if (baseMiddle > paired) rows.delete(prefix + paired, baseMiddle - paired)
	if (afterMiddle > paired) rows.insert(prefix + paired, after.slice(prefix + paired, prefix + afterMiddle).map(rowMap))
}

/**
 * Writes the table `after` under `key` of a record's props map. `before` is the table as
 * the writer last saw it: its change to `after` is what gets written, so rows others
 * changed meanwhile keep their changes. A prop still held as a plain array (an older
 * board) becomes rows. Must run inside a transaction.
 */
export function writeRowTable(props: Y.Map<unknown>, key: string, before: unknown, after: readonly Row[]): void {
	const existing = props.get(key)
	if (!(existing instanceof Y.Array)) {
		props.set(key, Y.Array.from(after.map(rowMap)))
		return
	}
	const rows = existing as Y.Array<unknown>
	const current = rows.toJSON() as unknown[]
	if (jsonEqual(current, after)) return
	// The writer's own change when the doc holds what it last saw (the usual case: remote
	// changes reach the store as they arrive); else the change from what the doc holds.
	const base = Array.isArray(before) && before.length === current.length ? before : current
	applyRowChange(rows, base, after)
}
