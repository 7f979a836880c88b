/** Where this device's copy of the board (IndexedDB) stands. */
export type LocalCopy = 'loading' | 'loaded' | 'unavailable'

/**
 * Whether the tldraw store can be bound to the doc now: never twice, never before the
 * local copy has been read (or has failed), then as soon as either the server has
 * synced or the local copy holds records. Later changes from either flow through the
 * binding as remote changes.
 */
export function shouldBind(s: {
	bound: boolean
	localCopy: LocalCopy
	serverSynced: boolean
	hasRecords: boolean
}): boolean {
	if (s.bound || s.localCopy === 'loading') return false
	return s.serverSynced || s.hasRecords
}

/**
 * Whether to tell the person that the board cannot be shown: the server cannot be
 * reached and the local copy has been read and holds nothing.
 */
export function boardNotCached(s: {
	bound: boolean
	localCopy: LocalCopy
	hasRecords: boolean
	serverUnreachable: boolean
}): boolean {
	return !s.bound && s.localCopy !== 'loading' && !s.hasRecords && s.serverUnreachable
}
