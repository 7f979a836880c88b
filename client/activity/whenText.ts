import type { TFunction } from 'i18next'

const MINUTE = 60_000
const pad = (n: number) => String(n).padStart(2, '0')

/** Midnight (local time) of the day `ms` falls in. */
export function startOfDay(ms: number): number {
	const d = new Date(ms)
	return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime()
}

/** Midnight (local time) `days` days after the one of `ms` (negative: before), across clock changes. */
export function addDays(ms: number, days: number): number {
	const d = new Date(startOfDay(ms))
	return new Date(d.getFullYear(), d.getMonth(), d.getDate() + days).getTime()
}

function dateValues(at: number): { year: number; month: number; day: number; time: string } {
	const d = new Date(at)
	return {
		year: d.getFullYear(),
		month: d.getMonth() + 1,
		day: d.getDate(),
		time: `${pad(d.getHours())}:${pad(d.getMinutes())}`,
	}
}

/**
 * When something happened, short, as seen at `now`: "刚刚", "10 分钟前", "今天 14:02",
 * "昨天 09:15", "3月5日 14:02", and the year when it is not this one.
 */
export function whenText(at: number, now: number, t: TFunction): string {
	const ago = now - at
	if (ago >= 0 && ago < MINUTE) return t('activity.when.justNow')
	if (ago >= 0 && ago < 60 * MINUTE) return t('activity.when.minutesAgo', { count: Math.floor(ago / MINUTE) })
	const values = dateValues(at)
	const today = startOfDay(now)
	if (at >= today && at < addDays(now, 1)) return t('activity.when.today', values)
	if (at >= addDays(now, -1) && at < today) return t('activity.when.yesterday', values)
	const sameYear = values.year === new Date(now).getFullYear()
	return t(sameYear ? 'activity.when.date' : 'activity.when.dateWithYear', values)
}

/** The full date and time, for a tooltip: "2026年3月5日 14:02". */
export function fullWhenText(at: number, t: TFunction): string {
	return t('activity.when.dateWithYear', dateValues(at))
}

/** A day's heading in the activity list: "今天", "昨天", "3月5日" (with the year when not this one). */
export function dayText(dayStart: number, now: number, t: TFunction): string {
	if (dayStart === startOfDay(now)) return t('activity.day.today')
	if (dayStart === addDays(now, -1)) return t('activity.day.yesterday')
	const values = dateValues(dayStart)
	return t(values.year === new Date(now).getFullYear() ? 'activity.day.date' : 'activity.day.dateWithYear', values)
}
