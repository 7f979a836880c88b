import { jsonEqual } from '../../shared/jsonEqual'
import type { PlainRecord } from '../../shared/ydocLayout'

/** What turns a board's current records into a version's records. */
export interface RestorePlan {
	/** Ids of current records the version does not have. */
	remove: string[]
	/** Version records that are missing or differ now (equal ones are left alone). */
	write: PlainRecord[]
}

/** The change from `current` to `target`, record by record. Pure. */
export function planRestore(current: readonly PlainRecord[], target: readonly PlainRecord[]): RestorePlan {
	const now = new Map(current.map((r) => [r.id, r]))
	const wanted = new Set(target.map((r) => r.id))
	const remove = current.filter((r) => !wanted.has(r.id)).map((r) => r.id)
	const write = target.filter((r) => {
		const existing = now.get(r.id)
		return !existing || !jsonEqual(existing, r)
	})
	return { remove, write }
}
