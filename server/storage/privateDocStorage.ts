import * as Y from 'yjs'
import type { DocKind, Storage } from './Storage'

/**
 * The same storage, with the document methods (`loadDoc`, `appendUpdates`, `compact`,
 * `countUpdates`) bound to boards' PRIVATE documents: what a Room of a private document
 * is given, so the Room itself does not need to know which document it holds.
 */
export function privateDocStorage(storage: Storage): Storage {
	const bound: Partial<Storage> = {
		loadDoc: (boardId) => storage.loadDoc(boardId, 'private'),
		loadDocSince: (boardId, afterSeq) => storage.loadDocSince(boardId, afterSeq, 'private'),
		appendUpdates: (boardId, updates) => storage.appendUpdates(boardId, updates, 'private'),
		compact: (boardId, snapshot, uptoSeq) => storage.compact(boardId, snapshot, uptoSeq, 'private'),
		countUpdates: (boardId) => storage.countUpdates(boardId, 'private'),
	}
	return new Proxy(storage, {
		get(target, prop) {
			if (typeof prop === 'string' && Object.hasOwn(bound, prop)) return bound[prop as keyof Storage]
			const value: unknown = Reflect.get(target, prop, target)
			return typeof value === 'function' ? value.bind(target) : value
		},
	})
}

/**
 * A board's stored document (its snapshot and the log after it) in a new Y.Doc with gc
 * on, for reading when no room holds it; the caller destroys it.
 */
export async function readStoredDoc(storage: Storage, boardId: string, doc: DocKind = 'main'): Promise<Y.Doc> {
	const stored = await storage.loadDoc(boardId, doc)
	const ydoc = new Y.Doc({ gc: true })
	if (stored.snapshot) Y.applyUpdate(ydoc, stored.snapshot)
	for (const u of stored.updates) Y.applyUpdate(ydoc, u)
	return ydoc
}
