import * as Y from 'yjs'
import { isRole, roleAtLeast } from '../../shared/auth/permissions'
import {
	getYComments,
	MAX_COMMENT_LENGTH,
	MAX_COMMENT_MENTIONS,
	MEETING_VIEWER_COMMENTS_KEY,
	Y_COMMENTS_KEY,
} from '../../shared/comments/commentsLayout'
import { getYMeeting } from '../../shared/meeting/meetingLayout'
import type { Role } from '../../shared/protocol'
import type { InsertedWrite, UpdateWrites, WritePath } from './updateWrites'

/** Longest id, name or user id a comment may hold (in characters). */
export const MAX_COMMENT_TEXT_FIELD = 100

/** Who may change a field of an existing comment. */
type FieldChange = 'nobody' | 'author' | 'authorOrFacilitator' | 'anyone'

interface FieldRule {
	change: FieldChange
	/** Must be present on every new comment. */
	required: boolean
	valid: (value: unknown) => boolean
}

const codePoints = (s: string): number => [...s].length
const boundedText = (v: unknown, allowEmpty = false): boolean =>
	typeof v === 'string' && (allowEmpty || v.length > 0) && codePoints(v) <= MAX_COMMENT_TEXT_FIELD
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)
/** A server-clock time in ms. */
const time = (v: unknown): v is number => finite(v) && v >= 0
const hasExactKeys = (v: object, keys: readonly string[]): boolean => {
	const own = Object.keys(v)
	return own.length === keys.length && own.every((k) => keys.includes(k))
}
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v)

/** A CommentTarget: a shape, or a point of a page. */
export function isCommentTarget(v: unknown): boolean {
	if (!isPlainObject(v)) return false
	if (v.type === 'shape') return hasExactKeys(v, ['type', 'shapeId']) && boundedText(v.shapeId)
	if (v.type === 'point') {
		return hasExactKeys(v, ['type', 'pageId', 'x', 'y']) && boundedText(v.pageId) && finite(v.x) && finite(v.y)
	}
	return false
}

/** A CommentResolution, or null (open). */
function isResolution(v: unknown): boolean {
	if (v === null) return true
	return isPlainObject(v) && hasExactKeys(v, ['by', 'at']) && boundedText(v.by, true) && time(v.at)
}

/** The fields of a comment's map (BoardComment), who may change each, and their values. */
export const COMMENT_FIELD_RULES: Readonly<Record<string, FieldRule>> = {
	id: { change: 'nobody', required: true, valid: (v) => boundedText(v) },
	threadId: { change: 'nobody', required: true, valid: (v) => boundedText(v) },
	// Required on a thread's first comment only; null or absent on a reply (checked apart).
	target: { change: 'nobody', required: false, valid: (v) => v === null || isCommentTarget(v) },
	body: {
		change: 'author',
		required: true,
		// UTF-16 length, as the app's writer and reader count it (shared/comments).
		valid: (v) => typeof v === 'string' && v.length <= MAX_COMMENT_LENGTH,
	},
	mentions: {
		change: 'author',
		required: false,
		valid: (v) => Array.isArray(v) && v.length <= MAX_COMMENT_MENTIONS && v.every((m) => boundedText(m)),
	},
	authorName: { change: 'nobody', required: true, valid: (v) => boundedText(v, true) },
	authorUserId: { change: 'nobody', required: true, valid: (v) => boundedText(v) },
	authorRole: { change: 'nobody', required: true, valid: isRole },
	createdAt: { change: 'nobody', required: true, valid: time },
	editedAt: { change: 'author', required: false, valid: (v) => v === null || time(v) },
	deleted: { change: 'authorOrFacilitator', required: false, valid: (v) => typeof v === 'boolean' },
	// Only on a thread's first comment (checked apart).
	resolved: { change: 'anyone', required: false, valid: isResolution },
}

/**
 * True when a connection of `role` may write the comments root of `doc`: 参会 and up; a
 * viewer only while the facilitator allows it (meeting key MEETING_VIEWER_COMMENTS_KEY).
 */
export function mayComment(role: Role, doc: Y.Doc): boolean {
	return roleAtLeast(role, 'participant') || getYMeeting(doc).get(MEETING_VIEWER_COMMENTS_KEY) === true
}

/**
 * True when an update of a connection below editor is dropped unread (as every update of
 * theirs was before comments): it writes anything outside the comments root, or could
 * not be applied at all. What is left — comments only — goes through commentWriteRefusal.
 */
export function dropBelowEditorUpdate(inspection: {
	dependenciesMet: boolean
	deletesCovered: boolean
	paths: readonly WritePath[]
}): boolean {
	if (!inspection.dependenciesMet || !inspection.deletesCovered) return true
	return inspection.paths.some((p) => p[0] !== Y_COMMENTS_KEY)
}

/** True when transaction `tr` of `doc` has just allowed viewers to comment. */
export function viewerCommentsOpened(tr: Y.Transaction, doc: Y.Doc): boolean {
	const meeting = getYMeeting(doc)
	const changed: ReadonlyMap<unknown, Set<string | null>> = tr.changed
	const keys = changed.get(meeting)
	return keys?.has(MEETING_VIEWER_COMMENTS_KEY) === true && meeting.get(MEETING_VIEWER_COMMENTS_KEY) === true
}

/** Who writes, for the comment rules. */
export interface CommentWriter {
	role: Role
	/** True when Yjs client id `clientId` belongs to the writing connection's owner (see ClientOwners). */
	ownsClient: (clientId: number) => boolean
}

/** The plain values an inserted item holds, or null when it holds something else (a nested type, text, binary…). */
function valuesOf(struct: InsertedWrite['struct']): unknown[] | null {
	if (!(struct instanceof Y.Item)) return null
	const content = struct.content
	if (content instanceof Y.ContentDeleted) return []
	if (content instanceof Y.ContentAny || content instanceof Y.ContentJSON) return content.arr as unknown[]
	return null
}

/** Values the update leaves in place (not deleted by the update itself) for one field. */
interface FieldWrite {
	/** Every value the update inserts (deleted again or not): each must be valid. */
	all: unknown[]
	/** Values that stay. */
	live: unknown[]
}

function addValues(fields: Map<string, FieldWrite>, field: string, values: unknown[], deleted: boolean): void {
	let entry = fields.get(field)
	if (!entry) {
		entry = { all: [], live: [] }
		fields.set(field, entry)
	}
	entry.all.push(...values)
	if (!deleted) entry.live.push(...values)
}

/** Why field `field` of new comment `id` written by `writer` is not acceptable, or null. */
function newFieldProblem(id: string, field: string, write: FieldWrite, writer: CommentWriter): string | null {
	const rule = COMMENT_FIELD_RULES[field]
	if (!rule) return `comment "${id}" may not have field "${field}"`
	if (write.live.length > 1) return `comment "${id}" has more than one "${field}"`
	for (const v of write.all) {
		if (!rule.valid(v)) return `field "${field}" of comment "${id}" is not valid`
		if (field === 'id' && v !== id) return `comment "${id}" must have id "${id}"`
		if (field === 'authorRole' && v !== writer.role) {
			return `${writer.role} may not write comment "${id}" as ${String(v)}`
		}
	}
	return null
}

/** Why new comment `id` (a new map in the comments root, with `fields`) is not acceptable, or null. */
function newCommentProblem(id: string, fields: Map<string, FieldWrite>, writer: CommentWriter): string | null {
	if (!boundedText(id)) return 'a comment id must be 1 to 100 characters'
	for (const [field, write] of fields) {
		const problem = newFieldProblem(id, field, write, writer)
		if (problem) return problem
	}
	const live = (field: string): unknown => fields.get(field)?.live[0] ?? null
	for (const [field, rule] of Object.entries(COMMENT_FIELD_RULES)) {
		if (rule.required && (fields.get(field)?.live.length ?? 0) === 0) {
			return `comment "${id}" lacks field "${field}"`
		}
	}
	if (live('threadId') === id) {
		if (live('target') === null) return `comment "${id}" starts a thread but has no target`
	} else {
		if (live('target') !== null) return `reply "${id}" may not have a target`
		if (live('resolved') !== null) return `reply "${id}" may not be resolved`
	}
	return null
}

/** Why `writer` may not change field `field` of existing comment `id` (held in `comment`), or null. */
function editProblem(
	id: string,
	comment: Y.Map<unknown>,
	field: string,
	values: readonly unknown[],
	writer: CommentWriter,
): string | null {
	const rule = COMMENT_FIELD_RULES[field]
	const { role } = writer
	if (!rule) return `${role} may not add field "${field}" to comment "${id}"`
	const author = comment._item !== null && writer.ownsClient(comment._item.id.client)
	switch (rule.change) {
		case 'nobody':
			return `${role} may not change "${field}" of comment "${id}"`
		case 'author':
			if (!author) return `${role} may not edit comment "${id}" of another author`
			break
		case 'authorOrFacilitator':
			if (!author && !roleAtLeast(role, 'facilitator')) {
				return `${role} may not delete comment "${id}" of another author`
			}
			break
		case 'anyone':
			if (field === 'resolved' && comment.get('threadId') !== id) {
				return `${role} may not resolve reply "${id}" (only a thread's first comment)`
			}
			break
	}
	for (const v of values) if (!rule.valid(v)) return `field "${field}" of comment "${id}" is not valid`
	return null
}

/**
 * Why `writer` may not make `writes` (an update's writes, resolved before it is applied:
 * see updateWrites) to the comments root of `doc`, or null when it may. Writes elsewhere
 * are not looked at (writeRefusal and the room check those). The rules (see
 * shared/comments/commentsLayout.ts):
 *
 * - only someone who may comment (mayComment) writes the root at all;
 * - a new key of the root is a new comment: a map whose fields are all known, valid and
 *   present when required, whose `authorRole` is the writer's role, whose `id` is its key,
 *   with a target when it starts a thread and none (nor `resolved`) when it is a reply;
 * - on an existing comment: anyone who may comment resolves or reopens a thread
 *   (`resolved` of its first comment); only its author (the owner of the client id that
 *   created its map) changes `body`, `mentions`, `editedAt` or `deleted`, and the
 *   facilitator may set `deleted` on any; nobody changes the other fields;
 * - nobody removes or replaces a comment's map, nor removes a required field.
 *
 * A value the update writes and deletes again (an edit made twice offline) must be valid too.
 */
export function commentWriteRefusal(
	writes: Pick<UpdateWrites, 'inserted' | 'removed'>,
	doc: Y.Doc,
	writer: CommentWriter,
): string | null {
	const inserted = writes.inserted.filter((w) => w.path[0] === Y_COMMENTS_KEY)
	const removed = writes.removed.filter((p) => p[0] === Y_COMMENTS_KEY)
	if (inserted.length === 0 && removed.length === 0) return null
	const { role } = writer
	if (!mayComment(role, doc)) return `${role} may not comment on this board`
	const comments = getYComments(doc)
	const existing = (id: string): Y.Map<unknown> | null => {
		const v = comments.get(id)
		return v instanceof Y.Map ? v : null
	}

	for (const path of [...removed, ...inserted.map((w) => w.path)]) {
		if (path.length > 3) return `field "${path[2]}" of comment "${path[1]}" must be a plain value`
	}
	// New comment maps, by key.
	const created = new Set<string>()
	for (const w of inserted) {
		if (w.path.length !== 2) continue
		const id = w.path[1]
		if (comments.has(id)) return `${role} may not replace comment "${id}"`
		if (created.has(id)) return `comment "${id}" is created twice`
		const struct = w.struct
		const isMap =
			struct instanceof Y.Item && struct.content instanceof Y.ContentType && struct.content.type instanceof Y.Map
		if (w.deletedInUpdate) return `${role} may not remove comment "${id}"`
		if (!isMap) return `comment "${id}" must be a map of its fields`
		created.add(id)
	}
	for (const path of removed) {
		if (path.length === 2) return `${role} may not remove comment "${path[1]}"`
	}

	// Field values, of new comments and of existing ones.
	const newFields = new Map<string, Map<string, FieldWrite>>()
	const edits = new Map<string, Map<string, FieldWrite>>()
	for (const id of created) newFields.set(id, new Map())
	for (const w of inserted) {
		if (w.path.length !== 3) continue
		const [, id, field] = w.path
		const values = valuesOf(w.struct)
		if (values === null) return `field "${field}" of comment "${id}" must be a plain value`
		let fields = newFields.get(id) ?? edits.get(id)
		if (!fields) {
			if (!existing(id)) return `comment "${id}" does not exist`
			fields = new Map()
			edits.set(id, fields)
		}
		addValues(fields, field, values, w.deletedInUpdate)
	}

	for (const [id, fields] of newFields) {
		const problem = newCommentProblem(id, fields, writer)
		if (problem) return problem
	}
	for (const [id, fields] of edits) {
		const comment = existing(id)
		if (!comment) return `comment "${id}" does not exist`
		for (const [field, write] of fields) {
			const problem = editProblem(id, comment, field, write.all, writer)
			if (problem) return problem
			if (write.live.length > 1) return `comment "${id}" would have more than one "${field}"`
		}
	}
	// A field removed from an existing comment: a change of that field, and only an
	// optional field may be left without a value.
	for (const path of removed) {
		const [, id, field] = path
		const comment = existing(id)
		if (!comment) return `comment "${id}" does not exist`
		const problem = editProblem(id, comment, field, [], writer)
		if (problem) return problem
		const replaced = (edits.get(id)?.get(field)?.live.length ?? 0) > 0
		if (!replaced && COMMENT_FIELD_RULES[field]?.required) {
			return `${role} may not remove "${field}" of comment "${id}"`
		}
	}
	return null
}
