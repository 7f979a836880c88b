import type { TLSchema } from '@tldraw/tlschema'
import * as Y from 'yjs'
import { getYPrivate, type PrivateProps, readAllPrivateProps } from '../../shared/privateDocLayout'
import { type PlainRecord, readAllRecords } from '../../shared/ydocLayout'
import { withBoardPrivateProps } from '../boards/loadBoardRecords'
import { migrateBoardDoc } from '../boards/migrateBoardDoc'
import type { StoredVersion } from '../storage/Storage'

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

/** The private props of a private-document snapshot, by record id. */
export function privatePropsOfSnapshot(snapshot: Uint8Array): Map<string, PrivateProps> {
	const doc = new Y.Doc({ gc: true })
	try {
		Y.applyUpdate(doc, snapshot)
		return readAllPrivateProps(getYPrivate(doc))
	} finally {
		doc.destroy()
	}
}

/**
 * The records of a stored version: with its private props (from the private snapshot
 * saved with it; a version saved before private fields had their own document holds
 * them in its records) when `includePrivate`, else with them at their empty defaults.
 */
export function recordsOfVersion(version: StoredVersion, includePrivate: boolean, schema?: TLSchema): PlainRecord[] {
	const records = recordsOfSnapshot(version.snapshot, schema)
	if (!includePrivate) return withBoardPrivateProps(records, null)
	const privateProps = version.privateSnapshot ? privatePropsOfSnapshot(version.privateSnapshot) : new Map()
	return withBoardPrivateProps(records, privateProps)
}
