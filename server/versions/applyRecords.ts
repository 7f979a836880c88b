import type * as Y from 'yjs'
import { deleteRecord, getYRecords, type PlainRecord, readAllRecords, writeRecord } from '../../shared/ydocLayout'
import { planRestore } from './planRestore'

/** How many records a restore wrote and removed. */
export interface AppliedRecords {
	written: number
	removed: number
}

/**
 * Makes the `records` map of `doc` hold exactly `target`, in ONE transaction with
 * `origin` (so it is one Yjs update): records absent from `target` are deleted, the
 * others are written field by field, touching only what differs. The other root maps
 * (`meta`, meeting, ballots) are left alone.
 */
export function applyRecords(doc: Y.Doc, target: readonly PlainRecord[], origin: unknown): AppliedRecords {
	const { write } = planRestore(readAllRecords(doc), target)
	// Removal goes by the map's keys, so malformed entries (left out of readAllRecords) go too.
	const yRecords = getYRecords(doc)
	const wanted = new Set(target.map((r) => r.id))
	const remove = [...yRecords.keys()].filter((id) => !wanted.has(id))
	if (remove.length === 0 && write.length === 0) return { written: 0, removed: 0 }
	doc.transact(() => {
		for (const id of remove) deleteRecord(yRecords, id)
		for (const rec of write) writeRecord(yRecords, rec)
	}, origin)
	return { written: write.length, removed: remove.length }
}
