import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type * as Y from 'yjs'
import type { ActivityPage } from '../../shared/activity/activityTypes'
import { fetchActivity } from './activityApi'
import { type ActivityFilter, activityQuery } from './activityFilter'
import { appendActivityPage, mergeActivityPages } from './mergeActivityPages'

/** Entries per page. */
export const ACTIVITY_PAGE_SIZE = 50
/** How long after a change of the board the open list asks again (at most this often while changes go on). */
export const ACTIVITY_REFRESH_MS = 2000

/** The activity list of the panel and what it can do. */
export interface ActivityLog {
	page: ActivityPage | null
	loading: boolean
	error: unknown
	refresh(): void
	loadMore(): void
}

/**
 * The board's activity for `filter`, newest first: loaded when the filter changes, refreshed
 * (new entries on top, older pages kept) ACTIVITY_REFRESH_MS after the board changes and on
 * demand, older pages added with loadMore.
 */
export function useActivityLog(boardId: string, filter: ActivityFilter, doc: Y.Doc | null): ActivityLog {
	const [page, setPage] = useState<ActivityPage | null>(null)
	const [loading, setLoading] = useState(false)
	const [error, setError] = useState<unknown>(null)
	// The query of the filter, fixed when the filter is chosen (today means today when chosen).
	const query = useMemo(() => activityQuery(filter, Date.now()), [filter])
	const pageRef = useRef(page)
	pageRef.current = page
	// Answers to an earlier filter's questions are dropped.
	const generation = useRef(0)
	useEffect(() => {
		void query
		generation.current += 1
		setPage(null)
		setError(null)
	}, [query])

	const load = useCallback(
		async (before?: number) => {
			const asked = generation.current
			setLoading(true)
			try {
				const fresh = await fetchActivity(boardId, { ...query, limit: ACTIVITY_PAGE_SIZE, before })
				if (asked !== generation.current) return
				setError(null)
				setPage((current) => {
					if (!current) return fresh
					return before === undefined ? mergeActivityPages(current, fresh) : appendActivityPage(current, fresh)
				})
			} catch (err) {
				if (asked === generation.current) setError(err)
			} finally {
				setLoading(false)
			}
		},
		[boardId, query],
	)

	useEffect(() => {
		void load()
	}, [load])

	// Anyone's change to the board: ask again once it has been quiet, at most every ACTIVITY_REFRESH_MS.
	useEffect(() => {
		if (!doc) return
		let timer: ReturnType<typeof setTimeout> | null = null
		const onUpdate = () => {
			timer ??= setTimeout(() => {
				timer = null
				void load()
			}, ACTIVITY_REFRESH_MS)
		}
		doc.on('update', onUpdate)
		return () => {
			doc.off('update', onUpdate)
			if (timer) clearTimeout(timer)
		}
	}, [doc, load])

	const refresh = useCallback(() => void load(), [load])
	const loadMore = useCallback(() => {
		const before = pageRef.current?.nextBefore
		if (before != null) void load(before)
	}, [load])
	return { page, loading, error, refresh, loadMore }
}
