import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { mulberry32 } from '../../shared/random/mulberry32'
import { inspectUpdate } from './inspectUpdate'

/** A server doc and a client doc in sync, and the updates the client makes from now on. */
function pair(setup?: (doc: Y.Doc) => void) {
	const server = new Y.Doc()
	const client = new Y.Doc()
	if (setup) {
		setup(client)
		Y.applyUpdate(server, Y.encodeStateAsUpdate(client))
	}
	const updates: Uint8Array[] = []
	client.on('update', (u: Uint8Array) => updates.push(u))
	// Inspects an update as the server would, then applies it (the next one builds on it).
	const rootsOf = (u: Uint8Array) => {
		const inspection = inspectUpdate(server, u)
		expect(inspection.dependenciesMet).toBe(true)
		Y.applyUpdate(server, u)
		return [...inspection.roots].sort()
	}
	return { server, client, updates, rootsOf }
}

describe('the root maps an update writes into', () => {
	it('names the root of a top-level key', () => {
		const { client, updates, rootsOf } = pair()
		client.getMap('meeting').set('timer', { status: 'idle', durationMs: 60_000 })
		expect(rootsOf(updates[0])).toEqual(['meeting'])
	})

	it('resolves an overwrite (parent left out of the encoding) through its origin in the doc', () => {
		const { client, updates, rootsOf } = pair((d) => d.getMap('meeting').set('timer', 1))
		client.getMap('meeting').set('timer', 2)
		expect(rootsOf(updates[0])).toEqual(['meeting'])
	})

	it('resolves an edit deep inside a record to the records map', () => {
		const { client, updates, rootsOf } = pair((d) => {
			const rec = new Y.Map<unknown>()
			d.getMap('records').set('shape:a', rec)
			const props = new Y.Map<unknown>()
			rec.set('props', props)
			props.set('title', '独居老人')
		})
		const props = (client.getMap('records').get('shape:a') as Y.Map<unknown>).get('props') as Y.Map<unknown>
		props.set('title', '独居老人助餐')
		props.set('votes', 3)
		expect(rootsOf(updates[0])).toEqual(['records'])
		expect(rootsOf(updates[1])).toEqual(['records'])
	})

	it('resolves an insert at the front of a list through its right origin', () => {
		const { client, updates, rootsOf } = pair((d) => d.getArray('ballots-list').insert(0, ['a']))
		client.getArray('ballots-list').insert(0, ['b'])
		expect(rootsOf(updates[0])).toEqual(['ballots-list'])
	})

	it('names the owner of deleted items for a delete-only update', () => {
		const { client, updates, rootsOf } = pair((d) => {
			d.getMap('meeting').set('follow', { id: 'f1' })
			d.getMap('records').set('shape:b', new Y.Map())
		})
		client.getMap('meeting').delete('follow')
		client.getMap('records').delete('shape:b')
		expect(rootsOf(updates[0])).toEqual(['meeting'])
		expect(rootsOf(updates[1])).toEqual(['records'])
	})

	it('names every root of an update touching several', () => {
		const { client, updates, rootsOf } = pair()
		client.transact(() => {
			client.getMap('records').set('x', 1)
			client.getMap('ballots').set('v:1', { dots: [] })
		})
		expect(rootsOf(updates[0])).toEqual(['ballots', 'records'])
	})

	it('follows a chain of 50,000 overwrites inside one offline update without overflowing the stack', () => {
		const server = new Y.Doc()
		const client = new Y.Doc()
		const meeting = client.getMap('meeting')
		for (let i = 0; i < 50_000; i++) meeting.set('timer', i)
		expect([...inspectUpdate(server, Y.encodeStateAsUpdate(client)).roots]).toEqual(['meeting'])
	})

	it('names exactly the roots whose content changed, for seeded random edits by two clients (seed 20261124)', () => {
		const rand = mulberry32(20261124)
		const roots = ['records', 'meta', 'meeting', 'ballots']
		const server = new Y.Doc()
		// Typed root maps report their changes (an untyped placeholder root would not).
		for (const root of roots) server.getMap(root)
		const clients = [new Y.Doc(), new Y.Doc()]
		for (const c of clients) Y.applyUpdate(c, Y.encodeStateAsUpdate(server))
		for (let step = 0; step < 600; step++) {
			const c = clients[Math.floor(rand() * clients.length)]
			Y.applyUpdate(c, Y.encodeStateAsUpdate(server, Y.encodeStateVector(c)))
			const root = roots[Math.floor(rand() * roots.length)]
			const map = c.getMap<unknown>(root)
			const key = `k${Math.floor(rand() * 6)}`
			const before = Y.encodeStateVector(server)
			const r = rand()
			c.transact(() => {
				if (r < 0.35) map.set(key, Math.floor(rand() * 100))
				else if (r < 0.55 && map.has(key)) map.delete(key)
				else if (r < 0.8) {
					let nested = map.get('nested')
					if (!(nested instanceof Y.Map)) {
						nested = new Y.Map<unknown>()
						map.set('nested', nested)
					}
					;(nested as Y.Map<unknown>).set(key, rand())
				} else {
					const nested = map.get('nested')
					if (nested instanceof Y.Map && nested.has(key)) nested.delete(key)
					else map.set(key, 'x')
				}
			})
			const update = Y.encodeStateAsUpdate(c, before)
			const inspection = inspectUpdate(server, update)
			expect(inspection.dependenciesMet).toBe(true)
			const changed = new Set<string>()
			const onTx = (tr: Y.Transaction) => {
				for (const type of tr.changedParentTypes.keys()) {
					let t = type as Y.AbstractType<unknown>
					while (t._item) t = t._item.parent as Y.AbstractType<unknown>
					changed.add(Y.findRootTypeKey(t))
				}
			}
			server.on('afterTransaction', onTx)
			Y.applyUpdate(server, update)
			server.off('afterTransaction', onTx)
			for (const root of changed) expect(inspection.roots.has(root)).toBe(true)
			expect([...inspection.roots].sort()).toEqual([...changed].sort())
			// A reloading client re-sends its whole copy (items, deletions) the server already holds:
			// it writes nothing — not even into the facilitator's meeting map — and deletes nothing unknown.
			const resent = inspectUpdate(server, Y.encodeStateAsUpdate(c))
			expect(resent.dependenciesMet).toBe(true)
			expect(resent.deletesCovered).toBe(true)
			expect([...resent.roots]).toEqual([])
			expect(resent.writerClients.size).toBe(0)
		}
	})

	it('finds deletions of clocks nobody has (a delete set covering another client’s future)', () => {
		const { server, client } = pair((d) => d.getMap('meeting').set('vote', 1))
		const future = new Y.Doc()
		future.clientID = client.clientID
		Y.applyUpdate(future, Y.encodeStateAsUpdate(client))
		future.clientID = client.clientID
		for (let i = 0; i < 5; i++) future.getMap('meeting').set('vote', i)
		const ahead = Y.encodeStateAsUpdate(future, Y.encodeStateVector(server))
		// Only the deletions of the update, without the items they delete.
		const { ds } = Y.decodeUpdate(ahead) as unknown as { ds: { clients: Map<number, unknown[]> } }
		expect(ds.clients.size).toBeGreaterThan(0)
		const deletesOnly = Y.encodeStateAsUpdate(new Y.Doc())
		expect(inspectUpdate(server, deletesOnly).deletesCovered).toBe(true)
		const withItems = inspectUpdate(server, ahead)
		expect(withItems.deletesCovered).toBe(true)
		expect(withItems.roots).toEqual(new Set(['meeting']))
	})
})
