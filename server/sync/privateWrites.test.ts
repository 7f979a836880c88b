import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { getYRecords, type PlainRecord, writeRecord } from '../../shared/ydocLayout'
import { inspectUpdate } from './inspectUpdate'
import { privateWriteProblem as check, privateDocRootsProblem } from './privateWrites'

/** The check as the room runs it: with the paths the update writes. */
const privateWriteProblem = (doc: Y.Doc, update: Uint8Array) => check(doc, update, inspectUpdate(doc, update).paths)

const resource = (contact?: string): PlainRecord => ({
	id: 'shape:r',
	typeName: 'shape',
	type: 'resource',
	x: 0,
	y: 0,
	rotation: 0,
	parentId: 'page:page',
	props: { title: '食堂', w: 240, h: 150, ...(contact === undefined ? {} : { contact }) },
	meta: {},
})

/** The server's doc and a client synced with it. */
function pair(initial: PlainRecord): { server: Y.Doc; client: Y.Doc } {
	const server = new Y.Doc()
	server.transact(() => writeRecord(getYRecords(server), initial))
	const client = new Y.Doc()
	Y.applyUpdate(client, Y.encodeStateAsUpdate(server))
	return { server, client }
}

/** The update a change on the client makes. */
function updateOf(client: Y.Doc, change: (records: Y.Map<Y.Map<unknown>>) => void): Uint8Array {
	let update: Uint8Array | null = null
	const onUpdate = (u: Uint8Array) => {
		update = u
	}
	client.on('update', onUpdate)
	client.transact(() => change(getYRecords(client)))
	client.off('update', onUpdate)
	if (!update) throw new Error('no update')
	return update
}

const props = (records: Y.Map<Y.Map<unknown>>) => records.get('shape:r')?.get('props') as Y.Map<unknown>

describe('privateWriteProblem', () => {
	it('lets through updates that write no private prop, also when a text says "contact"', () => {
		const { server, client } = pair(resource())
		expect(
			privateWriteProblem(
				server,
				updateOf(client, (r) => props(r).set('title', 'contact us')),
			),
		).toBeNull()
		expect(
			privateWriteProblem(
				server,
				updateOf(client, (r) => props(r).set('description', '电话 138')),
			),
		).toBeNull()
	})

	it('refuses a private key in a card’s props: set, in a new card, or inside props written as JSON', () => {
		const { server, client } = pair(resource())
		expect(
			privateWriteProblem(
				server,
				updateOf(client, (r) => props(r).set('contact', '138')),
			),
		).toMatch(/private/)
		const other = pair(resource())
		expect(
			privateWriteProblem(
				other.server,
				updateOf(other.client, (r) => writeRecord(r, { ...resource('138'), id: 'shape:new' })),
			),
		).toMatch(/private/)
		const json = pair(resource())
		expect(
			privateWriteProblem(
				json.server,
				updateOf(json.client, (r) => r.get('shape:r')?.set('props', { title: 'x', contact: '138' })),
			),
		).toMatch(/private/)
	})

	it('refuses an overwrite of a private key the doc already holds (parent and key come from the origin), even once deleted', () => {
		// A board from before private fields had their own document.
		const { server, client } = pair(resource('旧电话'))
		const update = updateOf(client, (r) => props(r).set('contact', '新电话'))
		const decoded = Y.decodeUpdate(update).structs[0] as Y.Item
		expect(decoded.parentSub).toBeNull()
		expect(privateWriteProblem(server, update)).toMatch(/private/)
		// The key deleted (as the server's move does; its content collected): writing it again names only the old item.
		const moved = pair(resource('旧电话'))
		moved.server.transact(() => props(getYRecords(moved.server)).delete('contact'))
		Y.applyUpdate(moved.client, Y.encodeStateAsUpdate(moved.server, Y.encodeStateVector(moved.client)))
		const again = updateOf(moved.client, (r) => props(r).set('contact', '138'))
		expect(Buffer.from(again).includes(Buffer.from('contact'))).toBe(false)
		expect(privateWriteProblem(moved.server, again)).toMatch(/private/)
	})

	it('never counts what the doc already holds: a client re-sending its whole state passes', () => {
		const { server } = pair(resource('旧电话'))
		expect(privateWriteProblem(server, Y.encodeStateAsUpdate(server))).toBeNull()
	})
})

describe('privateDocRootsProblem', () => {
	it('allows only the private map in the private document', () => {
		expect(privateDocRootsProblem(new Set(['private']))).toBeNull()
		expect(privateDocRootsProblem(new Set(['private', 'records']))).toMatch(/records/)
	})
})
