import * as Y from 'yjs'
import { jsonEqual } from './jsonEqual'
import { isRowTable, ROW_TABLE_PROPS, writeRowTable } from './ydocRows'

/**
 * The layout of a board's Y.Doc.
 *
 * ```
 * Y.Doc
 * ├─ "records": Y.Map<recordId, Y.Map>   one entry per tldraw document record
 * │     └─ Y.Map of the record's top-level fields
 * │          ├─ "props": Y.Map   one key per prop (concurrent edits of different props merge);
 * │          │                    card tables (ROW_TABLE_PROPS) as Y.Array<Y.Map>, a map per row
 * │          ├─ "meta":  Y.Map   one key per meta field
 * │          ├─ "xyr":   [x, y, rotation]   shapes only: one key, so a drag frame writes one item
 * │          └─ any other field as a plain JSON value
 * └─ "meta": Y.Map   board-level data: "schema" (the tldraw SerializedSchema the records were written with),
 *                    "versionsAt" (when the newest version was saved; written by the server)
 * ```
 *
 * Packing a shape's position into one key matters for document growth: Yjs can merge
 * consecutive overwritten items of one key into a single tombstone, but not when two keys
 * are overwritten in turn, so a 10-second drag costs a few bytes instead of ~12 KB.
 */
export const Y_RECORDS_KEY = 'records'
export const Y_META_KEY = 'meta'
export const Y_META_SCHEMA_KEY = 'schema'
/** Board-level meta key the server sets to the time of the newest saved version, so open history lists refresh. */
export const Y_META_VERSIONS_AT_KEY = 'versionsAt'

/** Nested-map fields of a record. */
const NESTED_FIELDS = ['props', 'meta'] as const
/** Shape fields packed into one key. */
const POSITION_KEY = 'xyr'

/** A plain JSON record as tldraw stores it (`id` and `typeName` always present). */
export interface PlainRecord {
	id: string
	typeName: string
	[key: string]: unknown
}

type YRecord = Y.Map<unknown>

/** The records map of a board doc. */
export function getYRecords(doc: Y.Doc): Y.Map<YRecord> {
	return doc.getMap<YRecord>(Y_RECORDS_KEY)
}

/** The board-level meta map of a board doc. */
export function getYMeta(doc: Y.Doc): Y.Map<unknown> {
	return doc.getMap<unknown>(Y_META_KEY)
}

function isShape(rec: { typeName: unknown }): boolean {
	return rec.typeName === 'shape'
}

/** Flattens a record into the key → value pairs stored in its Y.Map (nested fields excluded). */
function flatFields(rec: PlainRecord): Map<string, unknown> {
	const out = new Map<string, unknown>()
	const shape = isShape(rec)
	for (const [key, value] of Object.entries(rec)) {
		if ((NESTED_FIELDS as readonly string[]).includes(key)) continue
		if (shape && (key === 'x' || key === 'y' || key === 'rotation')) continue
		out.set(key, value)
	}
	if (shape) out.set(POSITION_KEY, [rec.x ?? 0, rec.y ?? 0, rec.rotation ?? 0])
	return out
}

function syncPlainMap(ymap: Y.Map<unknown>, entries: Map<string, unknown>): void {
	for (const [key, value] of entries) {
		if (value === undefined) continue
		if (!ymap.has(key) || !jsonEqual(ymap.get(key), value)) ymap.set(key, value)
	}
	for (const key of [...ymap.keys()]) {
		if (!entries.has(key) || entries.get(key) === undefined) ymap.delete(key)
	}
}

function syncNested(yrec: YRecord, field: string, value: unknown, tables = false): void {
	if (value === undefined || value === null || typeof value !== 'object' || Array.isArray(value)) {
		if (value === undefined) {
			if (yrec.has(field)) yrec.delete(field)
		} else if (!jsonEqual(yrec.get(field), value)) {
			yrec.set(field, value)
		}
		return
	}
	let nested = yrec.get(field)
	if (!(nested instanceof Y.Map)) {
		nested = new Y.Map<unknown>()
		yrec.set(field, nested)
	}
	const entries = new Map(Object.entries(value as Record<string, unknown>))
	if (tables) {
		for (const [key, table] of entries) {
			if (!ROW_TABLE_PROPS.has(key) || !isRowTable(table)) continue
			writeRowTable(nested as Y.Map<unknown>, key, undefined, table)
			entries.delete(key)
		}
		// Tables were written above; the rest of the props as plain values (the tables kept).
		const map = nested as Y.Map<unknown>
		for (const [key, v] of entries) {
			if (v === undefined) continue
			if (!map.has(key) || !jsonEqual(map.get(key), v)) map.set(key, v)
		}
		const own = value as Record<string, unknown>
		for (const key of [...map.keys()]) if (own[key] === undefined) map.delete(key)
		return
	}
	syncPlainMap(nested as Y.Map<unknown>, entries)
}

/**
 * Writes `rec` into the records map, touching only the keys whose value differs from
 * what the doc holds. Writing a record equal to the doc's version changes nothing, so
 * derived changes that every client computes are never written twice.
 * Must run inside a transaction for the change to be one update.
 */
export function writeRecord(records: Y.Map<YRecord>, rec: PlainRecord): void {
	let yrec = records.get(rec.id)
	if (!(yrec instanceof Y.Map)) {
		// Integrate the empty map first, then fill it inside the same transaction.
		yrec = new Y.Map<unknown>()
		records.set(rec.id, yrec)
	}
	const target = yrec
	const flat = flatFields(rec)
	for (const [key, value] of flat) {
		if (value === undefined) continue
		if (!target.has(key) || !jsonEqual(target.get(key), value)) target.set(key, value)
	}
	for (const field of NESTED_FIELDS) syncNested(target, field, rec[field], field === 'props' && isShape(rec))
	for (const key of [...target.keys()]) {
		const known = flat.has(key) || (NESTED_FIELDS as readonly string[]).includes(key)
		if (!known) target.delete(key)
	}
}

/** Removes a record from the records map if present. */
export function deleteRecord(records: Y.Map<YRecord>, id: string): void {
	if (records.has(id)) records.delete(id)
}

/**
 * Reads one record back into the plain shape tldraw expects, or `null` when the entry
 * is not a well-formed record map (it will then be skipped and logged by the caller).
 */
export function readRecord(yrec: unknown): PlainRecord | null {
	if (!(yrec instanceof Y.Map)) return null
	const out: Record<string, unknown> = {}
	for (const [key, value] of yrec.entries()) {
		if (key === POSITION_KEY) {
			if (!Array.isArray(value) || value.length !== 3) return null
			out.x = value[0]
			out.y = value[1]
			out.rotation = value[2]
		} else if (value instanceof Y.Map) {
			out[key] = value.toJSON()
		} else {
			out[key] = value
		}
	}
	if (typeof out.id !== 'string' || typeof out.typeName !== 'string') return null
	return out as PlainRecord
}

/** Reads every record of a doc (malformed entries are left out and reported). */
export function readAllRecords(doc: Y.Doc, onBad?: (id: string) => void): PlainRecord[] {
	const out: PlainRecord[] = []
	for (const [id, yrec] of getYRecords(doc).entries()) {
		const rec = readRecord(yrec)
		if (rec && rec.id === id) out.push(rec)
		else onBad?.(id)
	}
	return out
}

function changedEntries(
	from: Record<string, unknown> | undefined,
	to: Record<string, unknown> | undefined,
): [string, unknown][] {
	const out: [string, unknown][] = []
	const keys = new Set([...Object.keys(from ?? {}), ...Object.keys(to ?? {})])
	for (const key of keys) {
		const a = from?.[key]
		const b = to?.[key]
		if (!jsonEqual(a, b)) out.push([key, b])
	}
	return out
}

function setIfDifferent(ymap: Y.Map<unknown>, key: string, value: unknown): void {
	if (value === undefined) {
		if (ymap.has(key)) ymap.delete(key)
	} else if (!ymap.has(key) || !jsonEqual(ymap.get(key), value)) {
		ymap.set(key, value)
	}
}

/**
 * Writes the fields that differ between `from` and `to` — and only those — into the
 * record's map, skipping values the doc already holds. Fields another client changed
 * meanwhile are left alone, so concurrent edits of different fields both survive.
 * A record that is no longer in the doc (deleted concurrently) is not resurrected.
 * Returns false when the record was missing.
 */
export function writeRecordChanges(records: Y.Map<YRecord>, from: PlainRecord, to: PlainRecord): boolean {
	const yrec = records.get(to.id)
	if (!(yrec instanceof Y.Map)) return false
	let positionChanged = false
	const shape = isShape(to)
	for (const [key, value] of changedEntries(from, to)) {
		if (shape && (key === 'x' || key === 'y' || key === 'rotation')) {
			positionChanged = true
			continue
		}
		if ((NESTED_FIELDS as readonly string[]).includes(key)) {
			const nested = yrec.get(key)
			if (nested instanceof Y.Map && value !== null && typeof value === 'object' && !Array.isArray(value)) {
				const before = from[key] as Record<string, unknown> | undefined
				const tables = key === 'props' && shape
				for (const [sub, subValue] of changedEntries(before, value as Record<string, unknown>)) {
					if (tables && ROW_TABLE_PROPS.has(sub) && isRowTable(subValue)) {
						writeRowTable(nested, sub, before?.[sub], subValue)
					} else setIfDifferent(nested, sub, subValue)
				}
			} else {
				syncNested(yrec, key, value, key === 'props' && shape)
			}
			continue
		}
		setIfDifferent(yrec, key, value)
	}
	if (positionChanged) setIfDifferent(yrec, POSITION_KEY, [to.x ?? 0, to.y ?? 0, to.rotation ?? 0])
	return true
}

/** The ids of records touched by a batch of deep events on the records map. */
export function changedRecordIds(
	records: Y.Map<YRecord>,
	events: readonly Y.YEvent<Y.AbstractType<unknown>>[],
): Set<string> {
	const ids = new Set<string>()
	for (const event of events) {
		if (event.target === records) {
			for (const key of event.keys.keys()) ids.add(key)
		} else {
			const first = event.path[0]
			if (typeof first === 'string') ids.add(first)
		}
	}
	return ids
}
