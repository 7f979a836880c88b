import type { ActivityPage } from '../../shared/activity/activityTypes'

/**
 * The list after a refresh: `fresh` is the newest page again. When it reaches back into what
 * is shown, its entries (new ones, and merged edits whose time and fields grew) replace theirs
 * and the older pages already loaded stay; when it does not (more new entries than a page),
 * the list starts again from it.
 */
export function mergeActivityPages(current: ActivityPage, fresh: ActivityPage): ActivityPage {
	if (current.entries.length === 0 || fresh.nextBefore === null || fresh.entries.length === 0) return fresh
	const oldestFresh = Math.min(...fresh.entries.map((e) => e.id))
	const newestShown = Math.max(...current.entries.map((e) => e.id))
	if (oldestFresh > newestShown) return fresh
	return {
		entries: [...fresh.entries, ...current.entries.filter((e) => e.id < oldestFresh)],
		nextBefore: current.nextBefore,
	}
}

/** The list with the next (older) page below it. */
export function appendActivityPage(current: ActivityPage, older: ActivityPage): ActivityPage {
	const oldestShown = Math.min(...current.entries.map((e) => e.id))
	return {
		entries: [...current.entries, ...older.entries.filter((e) => e.id < oldestShown)],
		nextBefore: older.nextBefore,
	}
}
