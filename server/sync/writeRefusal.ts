import type * as Y from 'yjs'
import { roleAtLeast } from '../../shared/auth/permissions'
import { Y_COMMENTS_KEY } from '../../shared/comments/commentsLayout'
import { mayWriteRoot } from '../../shared/meeting/meetingLayout'
import type { Role } from '../../shared/protocol'
import { getYMeta, getYRecords, Y_META_KEY, Y_META_SCHEMA_KEY, Y_RECORDS_KEY } from '../../shared/ydocLayout'
import { commentWriteRefusal } from './commentWrites'
import type { UpdateWrites } from './updateWrites'

/** The top-level record field holding a shape's lock. */
const LOCK_FIELD = 'isLocked'

/**
 * Why a connection of `role` may not make `writes` (see updateWrites) to `doc`, or null
 * when it may. `ownsClient` tells whether a Yjs client id belongs to the connection's
 * owner. Checked before the update is applied, against the doc as it is:
 *
 * - each root map has a least role (DOC_ROOT_WRITE_ROLES: the meeting map is the facilitator's,
 *   ballots the server's);
 * - below facilitator (ACTION_ROLES.lockFrames), nobody changes a shape the board holds
 *   locked (move, edit, unlock or delete it) nor locks or unlocks an existing shape; new
 *   shapes may arrive locked (an inserted template's frames);
 * - below facilitator, board metadata is the server's: only a board without a stored schema
 *   may be given one;
 * - comments follow their own rules (commentWriteRefusal: who may comment, add, resolve,
 *   edit and delete which comment).
 */
export function writeRefusal(
	role: Role,
	writes: Pick<UpdateWrites, 'paths' | 'inserted' | 'removed'>,
	doc: Y.Doc,
	ownsClient: (clientId: number) => boolean,
): string | null {
	const paths = writes.paths
	const facilitator = roleAtLeast(role, 'facilitator')
	const records = getYRecords(doc)
	// Records the update removes or replaces whole: their fields go with them (deleting an
	// unlocked card deletes its `isLocked` field too, which is not a change of its lock).
	const whole = new Set<string>()
	for (const path of paths) if (path.length === 2 && path[0] === Y_RECORDS_KEY) whole.add(path[1])
	for (const path of paths) {
		const root = path[0]
		if (root === Y_COMMENTS_KEY) continue
		if (!mayWriteRoot(role, root)) return `${role} may not change "${root}"`
		if (facilitator) continue
		if (root === Y_RECORDS_KEY && path.length >= 2) {
			const existing = records.get(path[1])
			if (!existing || typeof existing.get !== 'function') continue
			if (existing.get(LOCK_FIELD) === true) return `${role} may not change locked shape "${path[1]}"`
			if (path.length >= 3 && path[2] === LOCK_FIELD && !whole.has(path[1]))
				return `${role} may not lock or unlock "${path[1]}"`
		} else if (root === Y_META_KEY) {
			const key = path[1] ?? ''
			if (key === Y_META_SCHEMA_KEY && !getYMeta(doc).has(Y_META_SCHEMA_KEY)) continue
			return `${role} may not change board metadata "${key}"`
		}
	}
	return commentWriteRefusal(writes, doc, { role, ownsClient })
}
