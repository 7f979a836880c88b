import { createTLSchema, type TLRecord, type TLSchema } from '@tldraw/tlschema'

/**
 * The tldraw schema of a Niudai board, built without a browser so the server can
 * validate and migrate records. The client builds the same schema from its shape
 * utils; a unit test checks that both serialize identically.
 */
export function createBoardSchema(): TLSchema {
	return createTLSchema()
}

/**
 * Validates one record against `schema`; throws an error that names the record and
 * the failing path when it is not valid. Returns the validated record.
 */
export function validateBoardRecord(schema: TLSchema, record: TLRecord): TLRecord {
	const type = Object.hasOwn(schema.types, record.typeName)
		? schema.types[record.typeName as keyof typeof schema.types]
		: undefined
	if (!type) throw new Error(`${record.id}: unknown record type "${record.typeName}"`)
	return type.validate(record) as TLRecord
}
