import type { CardKind } from '../domain/cardProps'
import type { CommentThread } from './commentThreads'

/** What a thread is attached to, as the panel's kind filter sees it ('deleted': its shape is gone). */
export type ThreadPlace = CardKind | 'link' | 'point' | 'deleted'

export interface ThreadFilter {
	/** Only threads on this kind of place; null for all. */
	place: ThreadPlace | null
	/** Only threads this person wrote in or was mentioned in; null for everyone. */
	person: string | null
	status: 'open' | 'resolved' | 'all'
}

export const DEFAULT_THREAD_FILTER: ThreadFilter = { place: null, person: null, status: 'open' }

/**
 * The threads that pass `filter`. `placeOfShape` tells what a shape is now (a card kind,
 * 'link' for a link's arrow, null when the shape no longer exists).
 */
export function filterThreads(
	threads: readonly CommentThread[],
	filter: ThreadFilter,
	placeOfShape: (shapeId: string) => CardKind | 'link' | null,
): CommentThread[] {
	return threads.filter((thread) => {
		if (filter.status === 'open' && thread.resolved) return false
		if (filter.status === 'resolved' && !thread.resolved) return false
		if (filter.person !== null && !thread.participants.includes(filter.person)) return false
		if (filter.place !== null && threadPlace(thread, placeOfShape) !== filter.place) return false
		return true
	})
}

/** Where a thread is, for the filter and the panel's labels. */
export function threadPlace(
	thread: CommentThread,
	placeOfShape: (shapeId: string) => CardKind | 'link' | null,
): ThreadPlace {
	if (thread.target.type === 'point') return 'point'
	return placeOfShape(thread.target.shapeId) ?? 'deleted'
}
