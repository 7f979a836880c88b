import crypto from 'node:crypto'
import * as Y from 'yjs'
import type { Role } from '../../shared/protocol'
import { getYRecords } from '../../shared/ydocLayout'
import type { Storage, StoredVersion, VersionKind, VersionRow } from '../storage/Storage'

/** Who saves a version, and why. */
export interface VersionMeta {
	kind: VersionKind
	name: string
	createdBy: string
	role: Role | null
}

/** How many records a board doc holds, and how many of them are shapes (one map read per record). */
export function countRecords(doc: Y.Doc): { recordCount: number; shapeCount: number } {
	const records = getYRecords(doc)
	let shapeCount = 0
	for (const rec of records.values()) {
		if (rec instanceof Y.Map && rec.get('typeName') === 'shape') shapeCount++
	}
	return { recordCount: records.size, shapeCount }
}

/** A fresh, unguessable version id. */
export function newVersionId(): string {
	return crypto.randomBytes(12).toString('base64url')
}

/**
 * The whole of `doc` as it is now, as a version of `boardId` ready to store, with
 * `privateSnapshot` (the board's private document at the same moment) when given.
 */
export function prepareDocVersion(
	boardId: string,
	doc: Y.Doc,
	meta: VersionMeta,
	now = Date.now(),
	privateSnapshot: Uint8Array | null = null,
): StoredVersion {
	return {
		id: newVersionId(),
		boardId,
		name: meta.name,
		kind: meta.kind,
		createdAt: now,
		createdBy: meta.createdBy,
		role: meta.role,
		...countRecords(doc),
		snapshot: Y.encodeStateAsUpdate(doc),
		privateSnapshot,
	}
}

/** The row of a version, without its snapshots. */
export function versionRowOf(version: StoredVersion): VersionRow {
	const { snapshot: _snapshot, privateSnapshot: _private, ...row } = version
	return row
}

/**
 * Stores the whole of `doc` as a version of `boardId`, with `privateSnapshot` (the board's
 * private document at the same moment) when given; returns the stored row (without snapshots).
 */
export async function saveDocVersion(
	storage: Storage,
	boardId: string,
	doc: Y.Doc,
	meta: VersionMeta,
	now = Date.now(),
	privateSnapshot: Uint8Array | null = null,
): Promise<VersionRow> {
	const version = prepareDocVersion(boardId, doc, meta, now, privateSnapshot)
	await storage.createVersion(version)
	return versionRowOf(version)
}
