import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { updateDependenciesMet } from './updateDependencies'

function docWith(fn: (doc: Y.Doc) => void, clientID?: number): Y.Doc {
	const doc = new Y.Doc()
	if (clientID !== undefined) doc.clientID = clientID
	fn(doc)
	return doc
}

describe('updateDependenciesMet', () => {
	it('accepts an honest client’s next update and a full state from scratch', () => {
		const server = new Y.Doc()
		const client = new Y.Doc()
		const updates: Uint8Array[] = []
		client.on('update', (u: Uint8Array) => updates.push(u))
		client.getMap('m').set('a', 1)
		client.getMap('m').set('b', 2)
		expect(updateDependenciesMet(server, updates[0])).toBe(true)
		Y.applyUpdate(server, updates[0])
		expect(updateDependenciesMet(server, updates[1])).toBe(true)
		expect(updateDependenciesMet(new Y.Doc(), Y.encodeStateAsUpdate(client))).toBe(true)
	})

	it('refuses an update with a gap in a client’s clocks', () => {
		const client = docWith((d) => {
			d.getMap('m').set('a', 1)
			d.getMap('m').set('b', 2)
		})
		const server = new Y.Doc()
		const sv = Y.encodeStateVector(docWith((d) => d.getMap('m').set('a', 1), client.clientID))
		const tail = Y.encodeStateAsUpdate(client, sv) // starts after a change the server never saw
		expect(updateDependenciesMet(server, tail)).toBe(false)
	})

	it('refuses an update pointing at an item the board does not have', () => {
		const a = docWith((d) => d.getArray('list').insert(0, ['x']))
		const b = new Y.Doc()
		Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
		const updates: Uint8Array[] = []
		b.on('update', (u: Uint8Array) => updates.push(u))
		b.getArray('list').insert(1, ['y']) // its origin is a's item
		expect(updateDependenciesMet(new Y.Doc(), updates[0])).toBe(false)
		const server = new Y.Doc()
		Y.applyUpdate(server, Y.encodeStateAsUpdate(a))
		expect(updateDependenciesMet(server, updates[0])).toBe(true)
	})
})
