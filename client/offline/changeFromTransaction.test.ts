import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { changeFromTransaction } from './changeFromTransaction'
import type { PendingChange } from './pendingChanges'

function recorder() {
	const doc = new Y.Doc()
	const records = doc.getMap<Y.Map<unknown>>('records')
	const changes: (PendingChange | null)[] = []
	doc.on('afterTransaction', (tr: Y.Transaction) => changes.push(changeFromTransaction(tr, records as Y.Map<unknown>)))
	return { doc, records, changes }
}

describe('changeFromTransaction', () => {
	it('names the record a nested field change belongs to, and the clock range it inserted', () => {
		const { doc, records, changes } = recorder()
		doc.transact(() => {
			const rec = new Y.Map<unknown>()
			records.set('shape:a', rec)
			rec.set('props', new Y.Map())
		})
		expect(changes[0]).toMatchObject({ client: doc.clientID, keys: ['shape:a'], deletes: [] })
		const afterCreate = Y.getState(doc.store, doc.clientID)
		expect(changes[0]?.clockEnd).toBe(afterCreate)

		;(records.get('shape:a')?.get('props') as Y.Map<unknown> | undefined)?.set('title', '助餐点')
		expect(changes[1]?.keys).toEqual(['shape:a'])
		expect(changes[1]?.clockEnd).toBeGreaterThan(afterCreate)
	})

	it('a deletion advances no clock and lists the deleted ranges', () => {
		const { doc, records, changes } = recorder()
		records.set('shape:a', new Y.Map())
		records.delete('shape:a')
		const del = changes[1]
		expect(del?.clockEnd).toBe(0)
		expect(del?.keys).toEqual(['shape:a'])
		expect(del?.deletes).toEqual([[doc.clientID, 0, 1]])
	})

	it('an empty transaction is no change; a change outside the records counts as one of its own', () => {
		const { doc, changes } = recorder()
		doc.transact(() => {})
		expect(changes[0]).toBeNull()
		doc.getMap('meeting').set('timer', 1)
		expect(changes[1]?.keys).toHaveLength(1)
		expect(changes[1]?.keys[0]).toMatch(/^tx:/)
	})
})
