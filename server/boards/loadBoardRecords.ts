import type { SerializedSchema } from '@tldraw/store'
import type { TLSchema } from '@tldraw/tlschema'
import * as Y from 'yjs'
import { getYMeta, type PlainRecord, readAllRecords, Y_META_SCHEMA_KEY } from '../../shared/ydocLayout'
import type { Storage } from '../storage/Storage'
import type { RoomManager } from '../sync/RoomManager'
import { migrateBoardDoc } from './migrateBoardDoc'

/** A board's current records and the schema they are written with. */
export interface BoardRecords {
	records: PlainRecord[]
	/** The schema stored in the board's document (the current one after migration). */
	schema: SerializedSchema | null
	/** True when they were read from the live room, false when from storage. */
	live: boolean
}

/** Origin of the migration of a temporary document (never stored, never relayed). */
const READ_ONLY_MIGRATION = Symbol('niudai-export-migration')

/**
 * The current records of board `boardId`: from the loaded room's live document when
 * the board is open (`rooms.peek`), otherwise from storage — the last snapshot and the
 * update log applied to a temporary Y.Doc that is migrated to `schema` when given (in
 * memory only; storage is not written) and then discarded. The board must exist.
 */
export function loadBoardRecords(
	deps: { storage: Storage; rooms: RoomManager; schema?: TLSchema },
	boardId: string,
): BoardRecords {
	const room = deps.rooms.peek(boardId)
	if (room) {
		return {
			records: readAllRecords(room.doc),
			schema: (getYMeta(room.doc).get(Y_META_SCHEMA_KEY) as SerializedSchema | undefined) ?? null,
			live: true,
		}
	}
	const stored = deps.storage.loadDoc(boardId)
	const doc = new Y.Doc({ gc: true })
	try {
		if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot)
		for (const u of stored.updates) Y.applyUpdate(doc, u)
		if (deps.schema) migrateBoardDoc(doc, deps.schema, READ_ONLY_MIGRATION)
		return {
			records: readAllRecords(doc),
			schema: (getYMeta(doc).get(Y_META_SCHEMA_KEY) as SerializedSchema | undefined) ?? null,
			live: false,
		}
	} finally {
		doc.destroy()
	}
}
