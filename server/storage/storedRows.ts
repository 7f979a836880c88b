import type {
	ActivityEntry,
	ActivityKind,
	ActivityPage,
	ActivityQuery,
	ShapeAttribution,
} from '../../shared/activity/activityTypes'
import type { Role } from '../../shared/protocol'
import {
	ACTIVITY_PAGE_DEFAULT,
	ACTIVITY_PAGE_MAX,
	type BoardRow,
	type NewActivityEntry,
	type ShareLinkRow,
	type VersionKind,
	type VersionRow,
} from './Storage'

// The SQL column names SQLite and PostgreSQL share, and their rows in the Storage interface's shape.

export interface BoardDbRow {
	id: string
	title: string
	created_at: number
	updated_at: number
	deleted_at: number | null
}

export function toBoardRow(r: BoardDbRow): BoardRow {
	return { id: r.id, title: r.title, createdAt: r.created_at, updatedAt: r.updated_at, deletedAt: r.deleted_at }
}

export interface LinkDbRow {
	id: string
	board_id: string
	role: Role
	label: string
	token_hash: string
	created_at: number
	expires_at: number | null
	revoked_at: number | null
	last_used_at: number | null
}

export function toLinkRow(r: LinkDbRow): ShareLinkRow {
	return {
		id: r.id,
		boardId: r.board_id,
		role: r.role,
		label: r.label,
		tokenHash: r.token_hash,
		createdAt: r.created_at,
		expiresAt: r.expires_at,
		revokedAt: r.revoked_at,
		lastUsedAt: r.last_used_at,
	}
}

export interface VersionDbRow {
	id: string
	board_id: string
	name: string
	kind: VersionKind
	created_at: number
	created_by: string
	role: Role | null
	record_count: number
	shape_count: number
}

export function toVersionRow(r: VersionDbRow): VersionRow {
	return {
		id: r.id,
		boardId: r.board_id,
		name: r.name,
		kind: r.kind,
		createdAt: r.created_at,
		createdBy: r.created_by,
		role: r.role,
		recordCount: r.record_count,
		shapeCount: r.shape_count,
	}
}

/** The version columns read for listing (without the snapshots). */
export const VERSION_COLUMNS = 'id, board_id, name, kind, created_at, created_by, role, record_count, shape_count'

export interface ActivityDbRow {
	id: number
	board_id: string
	at: number
	last_at: number
	kind: ActivityKind
	link_id: string | null
	link_label: string
	role: Role | null
	name: string
	target_id: string | null
	target_type: string | null
	target_title: string
	/** JSON array of strings. */
	fields: string
}

function parseFields(json: string): string[] {
	try {
		const v: unknown = JSON.parse(json)
		return Array.isArray(v) ? v.filter((f): f is string => typeof f === 'string') : []
	} catch {
		return []
	}
}

export function toActivityEntry(r: ActivityDbRow): ActivityEntry {
	return {
		id: Number(r.id),
		boardId: r.board_id,
		at: r.at,
		lastAt: r.last_at,
		kind: r.kind,
		actor: { linkId: r.link_id, linkLabel: r.link_label, role: r.role, name: r.name },
		targetId: r.target_id,
		targetType: r.target_type,
		targetTitle: r.target_title,
		fields: parseFields(r.fields),
	}
}

/** The column values of a new activity entry, in ACTIVITY_INSERT_COLUMNS order. */
export function activityValues(boardId: string, e: NewActivityEntry): unknown[] {
	return [
		boardId,
		e.at,
		e.lastAt,
		e.kind,
		e.actor.linkId,
		e.actor.linkLabel,
		e.actor.role,
		e.actor.name,
		e.targetId,
		e.targetType,
		e.targetTitle,
		JSON.stringify(e.fields),
	]
}

export const ACTIVITY_INSERT_COLUMNS =
	'board_id, at, last_at, kind, link_id, link_label, role, name, target_id, target_type, target_title, fields'

/** Kinds that create a card or link, and those that change one (for shapeAttribution). */
export const CREATED_KINDS: readonly ActivityKind[] = ['card_created', 'link_made']
export const CHANGED_KINDS: readonly ActivityKind[] = ['card_created', 'card_edited', 'link_made', 'link_edited']

/**
 * The WHERE clause (after `board_id = <first>`) and parameters of an activity query, with
 * `param(n)` writing the n-th (1-based) placeholder; the limit is the last parameter.
 */
export function activityFilter(
	boardId: string,
	query: ActivityQuery,
	param: (n: number) => string,
): { where: string; params: unknown[]; limit: number } {
	const params: unknown[] = [boardId]
	const clauses = [`board_id = ${param(1)}`]
	const add = (sql: (p: string) => string, value: unknown) => {
		params.push(value)
		clauses.push(sql(param(params.length)))
	}
	if (query.from !== undefined) add((p) => `at >= ${p}`, query.from)
	if (query.to !== undefined) add((p) => `at < ${p}`, query.to)
	if (query.before !== undefined) add((p) => `id < ${p}`, query.before)
	if (query.person !== undefined) {
		params.push(query.person, query.person)
		clauses.push(`(name = ${param(params.length - 1)} OR link_label = ${param(params.length)})`)
	}
	const limit = Math.min(Math.max(1, Math.floor(query.limit ?? ACTIVITY_PAGE_DEFAULT)), ACTIVITY_PAGE_MAX)
	return { where: clauses.join(' AND '), params, limit }
}

/** A page from rows fetched with `limit + 1`: the extra row only says there is more. */
export function activityPage(rows: ActivityDbRow[], limit: number): ActivityPage {
	const entries = rows.slice(0, limit).map(toActivityEntry)
	return { entries, nextBefore: rows.length > limit ? entries[entries.length - 1].id : null }
}

/** ShapeAttribution from a target's first created entry and its newest changed entry. */
export function toAttribution(created: ActivityDbRow | undefined, last: ActivityDbRow | undefined): ShapeAttribution {
	const at = (r: ActivityDbRow | undefined, time: 'at' | 'last_at') =>
		r ? { actor: toActivityEntry(r).actor, at: Number(r[time]) } : null
	return { created: at(created, 'at'), lastModified: at(last, 'last_at') }
}
