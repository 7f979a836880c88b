import { ACTOR_SECTORS, DISPATCH_STATUSES, type EnumOption, MECHANISMS, SECTORS, URGENCIES } from '../domain/enums'
import type { ActorRow, MatchRow, NeedRow, ProjectRow, ResourceRow } from './planTypes'

const collator = new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' })

/** Compares two titles as a Chinese reader sorts them (pinyin, numbers by value). */
export function compareTitles(a: string, b: string): number {
	return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0)
}

function rank(list: readonly EnumOption[], value: string): number {
	const i = list.findIndex((o) => o.value === value)
	return i === -1 ? list.length : i
}

function byId(a: { id: string }, b: { id: string }): number {
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

const LINK_TYPE_ORDER = { allocation: 0, serves: 1, provides: 2 } as const

/**
 * Needs by votes (most first — the priority a dot vote gave them), then urgency (高
 * first), then title, then id. On a board where no need has votes this is the order by
 * urgency, then title.
 */
export function compareNeeds(a: NeedRow, b: NeedRow): number {
	return (
		b.votes - a.votes ||
		rank(URGENCIES, a.urgency) - rank(URGENCIES, b.urgency) ||
		compareTitles(a.title, b.title) ||
		byId(a, b)
	)
}

/** Resources by sector (政府, 市场, 社会), then title, then id. */
export function compareResources(a: ResourceRow, b: ResourceRow): number {
	return rank(SECTORS, a.sector) - rank(SECTORS, b.sector) || compareTitles(a.title, b.title) || byId(a, b)
}

/** Actors by sector (政府, 市场, 社会, 居民), then title, then id. */
export function compareActors(a: ActorRow, b: ActorRow): number {
	return rank(ACTOR_SECTORS, a.sector) - rank(ACTOR_SECTORS, b.sector) || compareTitles(a.title, b.title) || byId(a, b)
}

/** Projects by dispatch status order (发布 … 结项), then title, then id. */
export function compareProjects(a: ProjectRow, b: ProjectRow): number {
	return (
		rank(DISPATCH_STATUSES, a.status) - rank(DISPATCH_STATUSES, b.status) ||
		compareTitles(a.title, b.title) ||
		byId(a, b)
	)
}

/** Matches by type (allocation, serves, provides), mechanism (none last), from, to, then id. */
export function compareMatches(a: MatchRow, b: MatchRow): number {
	return (
		LINK_TYPE_ORDER[a.type] - LINK_TYPE_ORDER[b.type] ||
		rank(MECHANISMS, a.mechanism) - rank(MECHANISMS, b.mechanism) ||
		compareTitles(a.from, b.from) ||
		compareTitles(a.to, b.to) ||
		byId(a, b)
	)
}
