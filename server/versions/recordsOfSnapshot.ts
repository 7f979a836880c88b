import type { TLSchema } from '@tldraw/tlschema'
import * as Y from 'yjs'
import { type PlainRecord, readAllRecords } from '../../shared/ydocLayout'
import { migrateBoardDoc } from '../boards/migrateBoardDoc'

/** Origin of the migration of a version's temporary document (never stored, never relayed). */
const VERSION_MIGRATION = Symbol('niudai-version-migration')

/**
 * The records of a version snapshot (`Y.encodeStateAsUpdate` of a board doc), migrated
 * to `schema` when given, read through a temporary Y.Doc that is then discarded.
 */
export function recordsOfSnapshot(snapshot: Uint8Array, schema?: TLSchema): PlainRecord[] {
	const doc = new Y.Doc({ gc: true })
	try {
		Y.applyUpdate(doc, snapshot)
		if (schema) migrateBoardDoc(doc, schema, VERSION_MIGRATION)
		return readAllRecords(doc)
	} finally {
		doc.destroy()
	}
}
