import type { ActivityEntry } from '../../shared/activity/activityTypes'
import { startOfDay } from './whenText'

/** The entries of one local day, newest first. */
export interface ActivityDay {
	/** Local midnight of the day. */
	day: number
	entries: ActivityEntry[]
}

/** Entries (newest first) in runs of one local day each, keeping their order. */
export function activityDays(entries: readonly ActivityEntry[]): ActivityDay[] {
	const days: ActivityDay[] = []
	for (const entry of entries) {
		const day = startOfDay(entry.at)
		const last = days.at(-1)
		if (last && last.day === day) last.entries.push(entry)
		else days.push({ day, entries: [entry] })
	}
	return days
}

/**
 * The people the log names, for the person filter: every display name and every link label
 * seen, each once, sorted, with `keep` (people seen before, the current choice) kept even when
 * the entries shown no longer name them.
 */
export function activityPeople(entries: readonly ActivityEntry[], keep: readonly string[] = []): string[] {
	const names = new Set<string>()
	for (const { actor } of entries) {
		if (actor.name.trim()) names.add(actor.name.trim())
		if (actor.linkLabel.trim()) names.add(actor.linkLabel.trim())
	}
	for (const name of keep) if (name.trim()) names.add(name.trim())
	return [...names].sort((a, b) => a.localeCompare(b, 'zh-CN'))
}
