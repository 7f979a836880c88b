import type { SerializedSchema } from '@tldraw/store'
import type { TLSchema } from '@tldraw/tlschema'
import type * as Y from 'yjs'
import {
	getYPrivate,
	hidePrivateProps,
	mergePrivateProps,
	type PrivateProps,
	readAllPrivateProps,
} from '../../shared/privateDocLayout'
import { getYMeta, type PlainRecord, readAllRecords, Y_META_SCHEMA_KEY } from '../../shared/ydocLayout'
import { readStoredDoc } from '../storage/privateDocStorage'
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
 * Card records with their private props: merged from `privateProps` (the board's private
 * document) when given, else at their empty defaults — what a viewer may see.
 */
export function withBoardPrivateProps(
	records: readonly PlainRecord[],
	privateProps: ReadonlyMap<string, PrivateProps> | null,
): PlainRecord[] {
	if (!privateProps) return records.map(hidePrivateProps)
	return records.map((rec) => mergePrivateProps(rec, privateProps.get(rec.id)))
}

/** The private props of a board by record id: from its loaded private room, else as stored. */
export async function loadBoardPrivateProps(
	deps: { storage: Storage; rooms: RoomManager },
	boardId: string,
): Promise<Map<string, PrivateProps>> {
	const room = deps.rooms.peek(boardId, 'private')
	if (room) return readAllPrivateProps(getYPrivate(room.doc))
	const doc = await readStoredDoc(deps.storage, boardId, 'private')
	try {
		return readAllPrivateProps(getYPrivate(doc))
	} finally {
		doc.destroy()
	}
}

function schemaOf(doc: Y.Doc): SerializedSchema | null {
	return (getYMeta(doc).get(Y_META_SCHEMA_KEY) as SerializedSchema | undefined) ?? null
}

/**
 * The current records of board `boardId`: from the loaded room's live document when
 * the board is open (`rooms.peek`), otherwise from storage — the last snapshot and the
 * update log applied to a temporary Y.Doc that is migrated to `schema` when given (in
 * memory only; storage is not written) and then discarded. The board must exist.
 *
 * Private card props (联系方式) come from the board's private document with
 * `includePrivate` (the default), and are at their empty defaults without it.
 */
export async function loadBoardRecords(
	deps: { storage: Storage; rooms: RoomManager; schema?: TLSchema },
	boardId: string,
	opts: { includePrivate?: boolean } = {},
): Promise<BoardRecords> {
	const privateProps = (opts.includePrivate ?? true) ? await loadBoardPrivateProps(deps, boardId) : null
	const room = deps.rooms.peek(boardId)
	if (room) {
		return {
			records: withBoardPrivateProps(readAllRecords(room.doc), privateProps),
			schema: schemaOf(room.doc),
			live: true,
		}
	}
	const doc = await readStoredDoc(deps.storage, boardId)
	try {
		if (deps.schema) migrateBoardDoc(doc, deps.schema, READ_ONLY_MIGRATION)
		return {
			records: withBoardPrivateProps(readAllRecords(doc), privateProps),
			schema: schemaOf(doc),
			live: false,
		}
	} finally {
		doc.destroy()
	}
}
