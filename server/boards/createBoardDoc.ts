import { createBindingId, createShapeId, type TLRecord } from '@tldraw/tlschema'
import * as Y from 'yjs'
import { createBoardSchema, validateBoardRecord } from '../../shared/boardSchema'
import { createSeedRecords, FIRST_PAGE_ID } from '../../shared/seedRecords'
import { getTemplate } from '../../shared/templates/templateRegistry'
import { getYMeta, getYRecords, type PlainRecord, writeRecord, Y_META_SCHEMA_KEY } from '../../shared/ydocLayout'

const schema = createBoardSchema()

/**
 * The records of template `templateId` for a new board: Chinese labels, origin (0, 0),
 * the first page, random ids. Throws for an unknown id (callers validate user input first).
 */
function templateRecords(templateId: string): TLRecord[] {
	const template = getTemplate(templateId)
	if (!template) throw new Error(`Unknown board template: ${templateId}`)
	return template.build({
		pageId: FIRST_PAGE_ID,
		origin: { x: 0, y: 0 },
		lang: 'zh',
		indexAbove: null,
		createId: () => createShapeId(),
		createBindingId: () => createBindingId(),
	})
}

/**
 * Builds a new board's document: the seed records, then the records of `templateId`
 * when given, each validated against the board schema (an invalid template record is
 * a bug and throws), and the schema they were written with. Returns the encoded state,
 * stored as the board's first snapshot.
 */
export function createBoardDoc(pageName: string, templateId?: string): Uint8Array {
	const doc = new Y.Doc()
	const records = [...createSeedRecords(pageName), ...(templateId ? templateRecords(templateId) : [])]
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
