import type { TLRecord, TLStore } from '@tldraw/tldraw'
import { CLIENT_ID_TAKEN_REASON, CloseCode } from '../../shared/protocol'

const KEY_PREFIX = 'niudai.recover.'

/** True for the close that says this browser's Yjs client id belongs to someone else. */
export function isClientIdTaken(event: { code: number; reason: string } | null): boolean {
	return event !== null && event.code === CloseCode.forbidden && event.reason.startsWith(CLIENT_ID_TAKEN_REASON)
}

/**
 * Keeps the board's records as this page shows them (its pending changes included) for
 * the next page of this tab: the server refused the page's client id, so its copy starts
 * over under a new one and the records are written again as that page's own changes.
 */
export function saveRecordsForRecovery(boardId: string, store: TLStore): void {
	try {
		const records = Object.values(store.serialize('document'))
		sessionStorage.setItem(`${KEY_PREFIX}${boardId}`, JSON.stringify(records))
	} catch {
		// Storage full or unavailable: the records the server has are still there after the reload.
	}
}

/** The records saved by saveRecordsForRecovery, once (they are removed). */
export function takeRecoveredRecords(boardId: string): TLRecord[] {
	try {
		const key = `${KEY_PREFIX}${boardId}`
		const raw = sessionStorage.getItem(key)
		sessionStorage.removeItem(key)
		const parsed = raw ? (JSON.parse(raw) as unknown) : []
		return Array.isArray(parsed) ? (parsed as TLRecord[]) : []
	} catch {
		return []
	}
}

/**
 * Writes recovered records that differ from the store's, or that it lacks, as this
 * person's own changes (the binding sends only the fields that differ). A record someone
 * else deleted meanwhile comes back: in this rare recovery, keeping a card beats losing one.
 */
export function reapplyRecoveredRecords(store: TLStore, records: readonly TLRecord[]): number {
	const changed = records.filter((r) => {
		const current = store.get(r.id)
		return !current || JSON.stringify(current) !== JSON.stringify(r)
	})
	if (changed.length === 0) return 0
	try {
		store.put(changed)
	} catch {
		return 0
	}
	return changed.length
}
