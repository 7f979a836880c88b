import {
	createTLSchema,
	defaultBindingSchemas,
	defaultShapeSchemas,
	type SchemaPropsInfo,
	type TLRecord,
	type TLSchema,
} from '@tldraw/tlschema'
import { CARD_SHAPE_MIGRATIONS } from './domain/cardMigrations'
import type { CardKind } from './domain/cardProps'
import { CARD_SHAPE_PROPS } from './domain/cardValidators'

/**
 * The props and migrations of the four card shapes, in the form `createTLSchema`
 * takes. A card's ShapeUtil uses the same objects (`static props`, `static migrations`).
 */
export const cardShapeSchemas: Readonly<Record<CardKind, SchemaPropsInfo>> = {
	need: { props: CARD_SHAPE_PROPS.need, migrations: CARD_SHAPE_MIGRATIONS.need },
	resource: { props: CARD_SHAPE_PROPS.resource, migrations: CARD_SHAPE_MIGRATIONS.resource },
	actor: { props: CARD_SHAPE_PROPS.actor, migrations: CARD_SHAPE_MIGRATIONS.actor },
	project: { props: CARD_SHAPE_PROPS.project, migrations: CARD_SHAPE_MIGRATIONS.project },
}

/**
 * The tldraw schema of a Niudai board — tldraw's default shapes and bindings plus the
 * four cards — built without a browser so the server can validate and migrate records.
 * The client builds the same schema from its shape utils; a unit test checks that both
 * serialize identically.
 */
export function createBoardSchema(): TLSchema {
	return createTLSchema({
		shapes: { ...defaultShapeSchemas, ...cardShapeSchemas },
		bindings: defaultBindingSchemas,
	})
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

/** A record `validateBoardRecords` refused, and why. */
export interface BoardRecordProblem {
	/** The record's id, or `(no id)` when it has none. */
	readonly id: string
	/** What is wrong, with the failing path (e.g. `At shape(type = need).props.urgency: …`). */
	readonly message: string
}

let sharedSchema: TLSchema | undefined

function boardSchema(): TLSchema {
	sharedSchema ??= createBoardSchema()
	return sharedSchema
}

/**
 * Validates many records (e.g. a whole board loaded from storage) without throwing:
 * the valid ones are returned, each invalid one becomes a problem naming its id and
 * the failing path. Uses the board schema unless `schema` is given.
 */
export function validateBoardRecords(
	records: Iterable<unknown>,
	schema: TLSchema = boardSchema(),
): { valid: TLRecord[]; problems: BoardRecordProblem[] } {
	const valid: TLRecord[] = []
	const problems: BoardRecordProblem[] = []
	for (const record of records) {
		const isObject = typeof record === 'object' && record !== null
		const rawId = isObject ? (record as { id?: unknown }).id : undefined
		const id = typeof rawId === 'string' ? rawId : '(no id)'
		try {
			if (!isObject) throw new Error('not an object')
			valid.push(validateBoardRecord(schema, record as TLRecord))
		} catch (error) {
			problems.push({ id, message: error instanceof Error ? error.message : String(error) })
		}
	}
	return { valid, problems }
}
