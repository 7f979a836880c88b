import type { Role } from '../../shared/protocol'
import type { BoardRow, ShareLinkRow, VersionKind, VersionRow } from './Storage'

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
