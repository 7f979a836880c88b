import { describe, expect, it } from 'vitest'
import { boardNotCached, shouldBind } from './shouldBind'

describe('shouldBind', () => {
	it('waits for the local copy to be read even when the server has synced', () => {
		expect(shouldBind({ bound: false, localCopy: 'loading', serverSynced: true, hasRecords: true })).toBe(false)
	})
	it('binds from a non-empty local copy without the server', () => {
		expect(shouldBind({ bound: false, localCopy: 'loaded', serverSynced: false, hasRecords: true })).toBe(true)
	})
	it('an empty local copy waits for the server', () => {
		expect(shouldBind({ bound: false, localCopy: 'loaded', serverSynced: false, hasRecords: false })).toBe(false)
		expect(shouldBind({ bound: false, localCopy: 'loaded', serverSynced: true, hasRecords: true })).toBe(true)
	})
	it('without IndexedDB, binds once the server has synced', () => {
		expect(shouldBind({ bound: false, localCopy: 'unavailable', serverSynced: false, hasRecords: false })).toBe(false)
		expect(shouldBind({ bound: false, localCopy: 'unavailable', serverSynced: true, hasRecords: true })).toBe(true)
	})
	it('never binds twice', () => {
		expect(shouldBind({ bound: true, localCopy: 'loaded', serverSynced: true, hasRecords: true })).toBe(false)
	})
})

describe('boardNotCached', () => {
	it('only when the server is unreachable and the local copy was read and is empty', () => {
		const base = { bound: false, localCopy: 'loaded', hasRecords: false, serverUnreachable: true } as const
		expect(boardNotCached(base)).toBe(true)
		expect(boardNotCached({ ...base, serverUnreachable: false })).toBe(false)
		expect(boardNotCached({ ...base, localCopy: 'loading' })).toBe(false)
		expect(boardNotCached({ ...base, hasRecords: true })).toBe(false)
		expect(boardNotCached({ ...base, bound: true })).toBe(false)
		expect(boardNotCached({ ...base, localCopy: 'unavailable' })).toBe(true)
	})
})
