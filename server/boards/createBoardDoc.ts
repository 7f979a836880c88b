import { createBindingId, createShapeId, type TLRecord } from '@tldraw/tlschema'
import * as Y from 'yjs'
import { createBoardSchema, validateBoardRecord } from '../../shared/boardSchema'
import { getYPrivate, splitAllPrivateProps, writePrivateProps } from '../../shared/privateDocLayout'
import { createSeedRecords, FIRST_PAGE_ID } from '../../shared/seedRecords'
import { mergeTemplateRecords } from '../../shared/templates/mergeTemplateRecords'
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

/** A new board's first snapshots: its main document, and its private document when a card has private fields. */
export interface BoardDocs {
	main: Uint8Array
	private: Uint8Array | null
}

/**
 * Encodes a new board's documents holding `records` (already valid for the board schema)
 * and the schema they are written with: the records without their private props in the
 * main document, those props in the private document (shared/privateDocLayout.ts).
 */
export function encodeBoardDocs(records: readonly PlainRecord[], serializedSchema: unknown): BoardDocs {
	const split = splitAllPrivateProps(records)
	const doc = new Y.Doc()
	doc.transact(() => {
		const yRecords = getYRecords(doc)
		for (const rec of split.records) writeRecord(yRecords, rec)
		getYMeta(doc).set(Y_META_SCHEMA_KEY, serializedSchema)
	})
	const main = Y.encodeStateAsUpdate(doc)
	doc.destroy()
	if (split.privateProps.size === 0) return { main, private: null }
	const privateDoc = new Y.Doc()
	privateDoc.transact(() => {
		const yPrivate = getYPrivate(privateDoc)
		for (const [id, props] of split.privateProps) writePrivateProps(yPrivate, id, props)
	})
	const priv = Y.encodeStateAsUpdate(privateDoc)
	privateDoc.destroy()
	return { main, private: priv }
}

/**
 * Builds a new board's documents: the seed records, then the records of `templateId`
 * when given, each validated against the board schema (an invalid template record is
 * a bug and throws), and the schema they were written with. Returns the encoded states,
 * stored as the board's first snapshots.
 */
export function createBoardDocs(pageName: string, templateId?: string): BoardDocs {
	const seed = createSeedRecords(pageName)
	// A template's document meta (计划书信息) goes into the seed's document record.
	const records = templateId ? mergeTemplateRecords(seed, templateRecords(templateId)) : seed
	for (const rec of records) validateBoardRecord(schema, rec)
	return encodeBoardDocs(records as unknown as PlainRecord[], schema.serialize())
}

/** The main document of `createBoardDocs` alone (private fields, if any, left out). */
export function createBoardDoc(pageName: string, templateId?: string): Uint8Array {
	return createBoardDocs(pageName, templateId).main
}
