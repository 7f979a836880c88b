import type { ActivityQuery } from '../../shared/activity/activityTypes'
import { addDays, startOfDay } from './whenText'

/** The time the panel shows: today, the last 7 days, everything, or chosen dates (YYYY-MM-DD, either may be ''). */
export type ActivityRange =
	| { kind: 'today' }
	| { kind: 'week' }
	| { kind: 'all' }
	| { kind: 'custom'; from: string; to: string }

/** The panel's filters: a person (a display name or link label, '' for everyone) and a time range. */
export interface ActivityFilter {
	person: string
	range: ActivityRange
}

/** Local midnight of a YYYY-MM-DD date, or null. */
function dateStart(date: string): number | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
	if (!m) return null
	const ms = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime()
	return Number.isNaN(ms) ? null : ms
}

/**
 * The server query for the filters as seen at `now` (local days): today from midnight,
 * the last 7 days from midnight six days ago, chosen dates from the first day's midnight
 * up to (not including) the midnight after the last day.
 */
export function activityQuery(filter: ActivityFilter, now: number): ActivityQuery {
	const query: ActivityQuery = {}
	const person = filter.person.trim()
	if (person) query.person = person
	const { range } = filter
	if (range.kind === 'today') query.from = startOfDay(now)
	else if (range.kind === 'week') query.from = addDays(now, -6)
	else if (range.kind === 'custom') {
		const from = dateStart(range.from)
		const to = dateStart(range.to)
		if (from !== null) query.from = from
		if (to !== null) query.to = addDays(to, 1)
	}
	return query
}

/** The query string of `GET /api/boards/:id/activity` (`?…`, or '' when empty); `csv` asks for the CSV file. */
export function activityQueryString(query: ActivityQuery, format?: 'csv'): string {
	const params = new URLSearchParams()
	for (const key of ['from', 'to', 'person', 'before', 'limit'] as const) {
		const value = query[key]
		if (value !== undefined && value !== '') params.set(key, String(value))
	}
	if (format) params.set('format', format)
	const text = params.toString()
	return text ? `?${text}` : ''
}
