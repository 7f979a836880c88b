import { describe, expect, it } from 'vitest'
import { compactPending, mergeRanges } from './compactPending'
import {
	isConfirmed,
	type PendingChange,
	parsePendingChanges,
	pendingCount,
	rangeDeleted,
	type ServerState,
	withoutConfirmed,
} from './pendingChanges'

const server = (sv: [number, number][], ds: [number, [number, number][]][] = []): ServerState => ({
	stateVector: new Map(sv),
	deleteSet: new Map(ds),
})
const change = (client: number, clockEnd: number, keys: string[], deletes: [number, number, number][] = []) =>
	({ client, clockEnd, keys, deletes }) satisfies PendingChange

describe('isConfirmed', () => {
	it('an insert is confirmed once the server’s clock for its client reaches its end', () => {
		const c = change(7, 10, ['shape:a'])
		expect(isConfirmed(c, server([]))).toBe(false)
		expect(isConfirmed(c, server([[7, 9]]))).toBe(false)
		expect(isConfirmed(c, server([[7, 10]]))).toBe(true)
		expect(isConfirmed(c, server([[8, 100]]))).toBe(false)
	})

	it('a delete-only change is confirmed only by the server’s delete set', () => {
		const c = change(7, 0, ['shape:b'], [[3, 5, 2]])
		expect(isConfirmed(c, server([[3, 100]]))).toBe(false)
		expect(isConfirmed(c, server([[3, 100]], [[3, [[0, 6]]]]))).toBe(false)
		expect(isConfirmed(c, server([[3, 100]], [[3, [[4, 3]]]]))).toBe(true)
	})

	it('a mixed change needs both its inserts and its deletes stored', () => {
		const c = change(7, 4, ['shape:a'], [[3, 1, 1]])
		expect(isConfirmed(c, server([[7, 4]]))).toBe(false)
		expect(isConfirmed(c, server([[7, 3]], [[3, [[1, 1]]]]))).toBe(false)
		expect(isConfirmed(c, server([[7, 4]], [[3, [[1, 1]]]]))).toBe(true)
	})
})

describe('rangeDeleted', () => {
	it('walks adjacent ranges and stops at a gap', () => {
		const s = server(
			[],
			[
				[
					1,
					[
						[0, 2],
						[2, 3],
						[7, 1],
					],
				],
			],
		)
		expect(rangeDeleted(s, [1, 1, 4])).toBe(true)
		expect(rangeDeleted(s, [1, 4, 4])).toBe(false)
		expect(rangeDeleted(s, [1, 7, 1])).toBe(true)
		expect(rangeDeleted(s, [2, 0, 1])).toBe(false)
	})
})

describe('withoutConfirmed and pendingCount', () => {
	it('drops what the server covers and counts distinct records, not transactions', () => {
		const pending = [change(7, 2, ['shape:a']), change(7, 5, ['shape:a']), change(7, 6, ['shape:b'])]
		expect(pendingCount(pending)).toBe(2)
		const left = withoutConfirmed(pending, server([[7, 5]]))
		expect(left).toEqual([change(7, 6, ['shape:b'])])
		expect(pendingCount(left)).toBe(1)
		expect(withoutConfirmed(left, server([[7, 5]]))).toBe(left)
		expect(pendingCount(withoutConfirmed(left, server([[7, 6]])))).toBe(0)
	})
})

describe('compactPending', () => {
	it('merges per client above the limit, keeping the count and confirming only when all is stored', () => {
		const pending = Array.from({ length: 250 }, (_, i) => change(7, i + 1, [`shape:${i % 3}`], [[1, i, 1]]))
		const compact = compactPending(pending)
		expect(compact).toHaveLength(1)
		expect(pendingCount(compact)).toBe(pendingCount(pending))
		expect(compact[0].deletes).toEqual([[1, 0, 250]])
		expect(isConfirmed(compact[0], server([[7, 249]], [[1, [[0, 250]]]]))).toBe(false)
		expect(isConfirmed(compact[0], server([[7, 250]], [[1, [[0, 250]]]]))).toBe(true)
		expect(compactPending(pending.slice(0, 10))).toHaveLength(10)
	})

	it('mergeRanges joins touching ranges of one client only', () => {
		expect(
			mergeRanges([
				[1, 5, 2],
				[1, 0, 5],
				[2, 7, 1],
				[1, 9, 1],
			]),
		).toEqual([
			[1, 0, 7],
			[1, 9, 1],
			[2, 7, 1],
		])
	})
})

describe('parsePendingChanges', () => {
	it('reads what was saved and drops anything malformed', () => {
		const good = change(7, 3, ['shape:a'], [[1, 2, 3]])
		expect(parsePendingChanges(JSON.stringify([good]))).toEqual([good])
		expect(parsePendingChanges(JSON.stringify([good, { client: -1 }, { ...good, deletes: [[1, 2]] }, null]))).toEqual([
			good,
		])
		expect(parsePendingChanges('not json')).toEqual([])
		expect(parsePendingChanges(null)).toEqual([])
	})
})
