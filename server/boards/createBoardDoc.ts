import * as Y from 'yjs'
import { createBoardSchema, validateBoardRecord } from '../../shared/boardSchema'
import { createSeedRecords } from '../../shared/seedRecords'
import { getYMeta, getYRecords, type PlainRecord, writeRecord, Y_META_SCHEMA_KEY } from '../../shared/ydocLayout'

const schema = createBoardSchema()

/**
 * Builds a new board's document: the seed records (validated against the board
 * schema) and the schema they were written with. Returns the encoded state, stored
 * as the board's first snapshot.
 */
export function createBoardDoc(pageName: string): Uint8Array {
	const doc = new Y.Doc()
	const records = createSeedRecords(pageName)
	doc.transact(() => {
		const yRecords = getYRecords(doc)
		for (const rec of records) {
			validateBoardRecord(schema, rec)
			writeRecord(yRecords, rec as unknown as PlainRecord)
		}
		getYMeta(doc).set(Y_META_SCHEMA_KEY, schema.serialize())
	})
	const state = Y.encodeStateAsUpdate(doc)
	doc.destroy()
	return state
}
