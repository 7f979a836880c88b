import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import type { PendingChange, ServerState } from './pendingChanges'
import { docState } from './serverState'
import { retryDelay, trackPendingChanges } from './trackPendingChanges'

const REMOTE = Symbol('provider')

function setup(initial: PendingChange[] = []) {
	const doc = new Y.Doc()
	const server = new Y.Doc()
	const records = doc.getMap<Y.Map<unknown>>('records')
	let synced = false
	let failing = false
	const fetches: number[] = []
	const counts: number[] = []
	const saved: (readonly PendingChange[])[] = []
	const tracker = trackPendingChanges({
		doc,
		records: records as Y.Map<unknown>,
		isForeignOrigin: (o) => o === REMOTE,
		isSynced: () => synced,
		fetchServerState: async (): Promise<ServerState> => {
			fetches.push(Date.now())
			if (failing) throw new Error('network')
			return docState(server)
		},
		initial,
		save: (p) => saved.push(p),
		onCount: (n) => counts.push(n),
	})
	/** Delivers everything the client has to the "server". */
	const deliver = () => Y.applyUpdate(server, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(server)))
	const addCard = (id: string) =>
		doc.transact(() => {
			const rec = new Y.Map<unknown>()
			records.set(id, rec)
			rec.set('props', new Y.Map())
		})
	return {
		doc,
		records,
		tracker,
		fetches,
		counts,
		saved,
		deliver,
		addCard,
		setSynced: (s: boolean) => {
			synced = s
		},
		setFailing: (f: boolean) => {
			failing = f
		},
	}
}

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('trackPendingChanges', () => {
	it('counts local changes per record, ignores remote ones, and confirms them once the server stores them', async () => {
		const t = setup()
		t.addCard('shape:a')
		;(t.records.get('shape:a')?.get('props') as Y.Map<unknown> | undefined)?.set('title', '老人助餐')
		t.addCard('shape:b')
		t.doc.transact(() => t.doc.getMap('other').set('x', 1), REMOTE)
		expect(t.tracker.count()).toBe(2)
		expect(t.counts.at(-1)).toBe(2)

		// Offline: nothing is asked.
		await vi.advanceTimersByTimeAsync(5000)
		expect(t.fetches).toHaveLength(0)

		// Back and synced, but the server does not have the changes yet: still 2, retried.
		t.setSynced(true)
		t.tracker.kick()
		await vi.advanceTimersByTimeAsync(500)
		expect(t.fetches).toHaveLength(1)
		expect(t.tracker.count()).toBe(2)

		t.deliver()
		await vi.advanceTimersByTimeAsync(retryDelay(1) + 10)
		expect(t.fetches).toHaveLength(2)
		expect(t.tracker.count()).toBe(0)
		expect(t.counts.at(-1)).toBe(0)
		await vi.advanceTimersByTimeAsync(60_000)
		expect(t.fetches).toHaveLength(2)
	})

	it('a delete-only change stays pending until the server’s delete set has it', async () => {
		const t = setup()
		t.setSynced(true)
		t.addCard('shape:a')
		t.deliver()
		await vi.advanceTimersByTimeAsync(1000)
		expect(t.tracker.count()).toBe(0)

		t.records.delete('shape:a')
		expect(t.tracker.count()).toBe(1)
		await vi.advanceTimersByTimeAsync(1000)
		expect(t.tracker.count()).toBe(1)
		t.deliver()
		await vi.advanceTimersByTimeAsync(retryDelay(2) + 10)
		expect(t.tracker.count()).toBe(0)
	})

	it('retries a failed check with growing delays', async () => {
		const t = setup()
		t.setSynced(true)
		t.setFailing(true)
		t.addCard('shape:a')
		await vi.advanceTimersByTimeAsync(400)
		expect(t.fetches).toHaveLength(1)
		await vi.advanceTimersByTimeAsync(retryDelay(1))
		expect(t.fetches).toHaveLength(2)
		await vi.advanceTimersByTimeAsync(retryDelay(2) - 1)
		expect(t.fetches).toHaveLength(2)
		await vi.advanceTimersByTimeAsync(1)
		expect(t.fetches).toHaveLength(3)
		t.setFailing(false)
		t.deliver()
		await vi.advanceTimersByTimeAsync(retryDelay(3))
		expect(t.tracker.count()).toBe(0)
	})

	it('keeps saved changes of an earlier page the document holds and drops those it lost', () => {
		const earlier = new Y.Doc()
		earlier.getMap('records').set('shape:kept', 1)
		const kept: PendingChange = { client: earlier.clientID, clockEnd: 1, deletes: [], keys: ['shape:kept'] }
		const lost: PendingChange = { client: earlier.clientID, clockEnd: 2, deletes: [], keys: ['shape:lost'] }
		const t = setup([kept, lost])
		expect(t.tracker.count()).toBe(2)
		Y.applyUpdate(t.doc, Y.encodeStateAsUpdate(earlier), REMOTE)
		t.tracker.retainKnown(docState(t.doc))
		expect(t.tracker.pending()).toEqual([kept])
	})

	it('saves the list debounced and on flush', async () => {
		const t = setup()
		t.addCard('shape:a')
		t.addCard('shape:b')
		expect(t.saved).toHaveLength(0)
		await vi.advanceTimersByTimeAsync(300)
		expect(t.saved).toHaveLength(1)
		expect(t.saved[0]).toHaveLength(2)
		t.addCard('shape:c')
		t.tracker.flush()
		expect(t.saved.at(-1)).toHaveLength(3)
	})
})
