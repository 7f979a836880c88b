import type { SerializedSchema } from '@tldraw/store'
import type { TLSchema } from '@tldraw/tlschema'
import type * as Y from 'yjs'
import { jsonEqual } from '../../shared/jsonEqual'
import {
	deleteRecord,
	getYMeta,
	getYRecords,
	type PlainRecord,
	readAllRecords,
	writeRecord,
	Y_META_SCHEMA_KEY,
} from '../../shared/ydocLayout'

/** What a migration of a board document did. */
export type MigrateResult =
	| { status: 'current' }
	| { status: 'migrated'; changed: number; removed: number }
	| { status: 'failed'; reason: string }

/**
 * Brings a board document up to `schema`: when the schema stored in the doc is older,
 * every record is migrated and the records that changed are written back, with the
 * new schema, in one transaction (origin `origin`). Clients that open the board after
 * that load current records and never replay old steps. A doc written by a newer
 * schema than the server's is left alone (`failed`), never downgraded.
 */
export function migrateBoardDoc(doc: Y.Doc, schema: TLSchema, origin: unknown): MigrateResult {
	const meta = getYMeta(doc)
	const stored = meta.get(Y_META_SCHEMA_KEY) as SerializedSchema | undefined
	const current = schema.serialize()
	if (stored && jsonEqual(stored, current)) return { status: 'current' }
	const records = readAllRecords(doc)
	const snapshot = {
		store: Object.fromEntries(records.map((r) => [r.id, r])) as never,
		schema: stored ?? current,
	}
	const result = schema.migrateStoreSnapshot(snapshot)
	if (result.type !== 'success') return { status: 'failed', reason: String(result.reason) }
	const migrated = result.value as unknown as Record<string, PlainRecord>
	let changed = 0
	let removed = 0
	doc.transact(() => {
		const yRecords = getYRecords(doc)
		for (const rec of records) {
			const next = migrated[rec.id]
			if (!next) {
				deleteRecord(yRecords, rec.id)
				removed++
			} else if (!jsonEqual(next, rec)) {
				writeRecord(yRecords, next)
				changed++
			}
		}
		meta.set(Y_META_SCHEMA_KEY, current)
	}, origin)
	return { status: 'migrated', changed, removed }
}
