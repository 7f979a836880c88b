import type { TLRecord, TLSchema } from '@tldraw/tlschema'
import * as Y from 'yjs'
import { getYMeta, getYRecords, type PlainRecord, writeRecord, Y_META_SCHEMA_KEY } from '../../shared/ydocLayout'

/**
 * A new board's document holding `records` (already migrated to `schema` and
 * validated) and the schema they are written with, encoded as the board's first
 * snapshot — what `createBoardDoc` makes from a template, made from an imported file.
 */
export function createBoardDocFromRecords(records: readonly TLRecord[], schema: TLSchema): Uint8Array {
	const doc = new Y.Doc()
	doc.transact(() => {
		const yRecords = getYRecords(doc)
		for (const rec of records) writeRecord(yRecords, rec as unknown as PlainRecord)
		getYMeta(doc).set(Y_META_SCHEMA_KEY, schema.serialize())
	})
	const state = Y.encodeStateAsUpdate(doc)
	doc.destroy()
	return state
}
