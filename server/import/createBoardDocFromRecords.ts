import type { TLRecord, TLSchema } from '@tldraw/tlschema'
import type { PlainRecord } from '../../shared/ydocLayout'
import { type BoardDocs, encodeBoardDocs } from '../boards/createBoardDoc'

/**
 * A new board's documents holding `records` (already migrated to `schema` and
 * validated) and the schema they are written with, encoded as the board's first
 * snapshots — what `createBoardDocs` makes from a template, made from an imported file.
 * Private fields (联系方式) go to the private document.
 */
export function createBoardDocFromRecords(records: readonly TLRecord[], schema: TLSchema): BoardDocs {
	return encodeBoardDocs(records as unknown as PlainRecord[], schema.serialize())
}
