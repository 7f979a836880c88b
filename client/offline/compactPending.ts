import type { DeleteRange, PendingChange } from './pendingChanges'

/**
 * Keeps a long offline session's list small: above `max` entries, all changes of one
 * client merge into one (highest clock, every deletion, every key). The count stays the
 * same; the merged change is confirmed only when all of it is stored.
 */
export function compactPending(pending: readonly PendingChange[], max = 200): readonly PendingChange[] {
	if (pending.length <= max) return pending
	const byClient = new Map<number, { clockEnd: number; deletes: DeleteRange[]; keys: Set<string> }>()
	for (const c of pending) {
		let merged = byClient.get(c.client)
		if (!merged) {
			merged = { clockEnd: 0, deletes: [], keys: new Set() }
			byClient.set(c.client, merged)
		}
		merged.clockEnd = Math.max(merged.clockEnd, c.clockEnd)
		merged.deletes.push(...c.deletes)
		for (const k of c.keys) merged.keys.add(k)
	}
	return [...byClient].map(([client, m]) => ({
		client,
		clockEnd: m.clockEnd,
		deletes: mergeRanges(m.deletes),
		keys: [...m.keys],
	}))
}

/** Sorts ranges and merges those that overlap or touch. */
export function mergeRanges(ranges: readonly DeleteRange[]): DeleteRange[] {
	const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1])
	const out: [number, number, number][] = []
	for (const [client, clock, len] of sorted) {
		const last = out[out.length - 1]
		if (last && last[0] === client && clock <= last[1] + last[2]) {
			last[2] = Math.max(last[2], clock + len - last[1])
		} else out.push([client, clock, len])
	}
	return out
}
