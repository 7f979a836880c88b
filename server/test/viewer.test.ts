import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { RunningServer } from '../createServer'
import {
	connectClient,
	createBoardWithToken,
	createLink,
	startTestServer,
	until,
	whenDoc,
	whenSynced,
} from './testServer'

const cleanups: (() => unknown)[] = []
afterEach(async () => {
	for (const c of cleanups.splice(0).reverse()) await c()
})

function client(server: RunningServer, boardId: string, token: string) {
	const doc = new Y.Doc()
	const provider = connectClient(server.port, boardId, doc, token)
	cleanups.push(() => provider.destroy())
	return { doc, provider, map: doc.getMap<string>('test') }
}

describe('a viewer link with the official y-websocket client', () => {
	it('syncs and sees edits and presence live, but its own writes are neither relayed nor persisted', async () => {
		const server = await startTestServer()
		let running: RunningServer | null = server
		cleanups.push(() => running?.close())
		const { id: boardId, token: facilitator } = await createBoardWithToken(server.url, '只读')
		const viewerToken = (await createLink(server.url, boardId, { role: 'viewer' })).token

		const editor = client(server, boardId, facilitator)
		await whenSynced(editor.provider)
		editor.map.set('before', 'seen')
		const viewer = client(server, boardId, viewerToken)
		// Sync step 1 of a viewer is answered: it receives the document.
		await whenSynced(viewer.provider)
		await whenDoc(viewer.doc, () => viewer.map.get('before') === 'seen')
		expect(viewer.doc.getMap('records').has('document:document')).toBe(true)

		// Live edits reach the viewer.
		editor.map.set('live', 'edit')
		await whenDoc(viewer.doc, () => viewer.map.get('live') === 'edit')

		// Presence works both ways.
		viewer.provider.awareness.setLocalStateField('user', { name: '商户代表' })
		editor.provider.awareness.setLocalStateField('user', { name: '王社工' })
		const nameIn = (p: typeof editor.provider, clientId: number) =>
			(p.awareness.getStates().get(clientId)?.user as { name?: string } | undefined)?.name
		await until(() => nameIn(editor.provider, viewer.doc.clientID) === '商户代表')
		await until(() => nameIn(viewer.provider, editor.doc.clientID) === '王社工')

		// The viewer writes: nothing reaches the room, the editor or storage.
		const updatesBefore = await server.storage.countUpdates(boardId)
		viewer.map.set('hacked', 'by viewer')
		viewer.doc.getMap('records').delete('document:document')
		// A later edit by the editor arrives at the viewer, so the viewer's frames were processed before it.
		editor.map.set('after', 'marker')
		await whenDoc(viewer.doc, () => viewer.map.get('after') === 'marker')
		await new Promise((r) => setTimeout(r, 200))
		expect(editor.map.get('hacked')).toBeUndefined()
		expect(editor.doc.getMap('records').has('document:document')).toBe(true)
		const room = server.rooms.peek(boardId)
		expect(room?.doc.getMap('test').get('hacked')).toBeUndefined()
		expect(room?.doc.getMap('records').has('document:document')).toBe(true)
		expect(await server.storage.countUpdates(boardId)).toBe(updatesBefore + 1) // only the editor's marker

		// A viewer reconnecting (sync step 2 carries its whole state) changes nothing either.
		viewer.provider.disconnect()
		viewer.provider.connect()
		await whenSynced(viewer.provider)
		await new Promise((r) => setTimeout(r, 200))
		expect(server.rooms.peek(boardId)?.doc.getMap('test').get('hacked')).toBeUndefined()

		// After a restart the stored document holds the editor's edits and none of the viewer's.
		editor.provider.destroy()
		viewer.provider.destroy()
		await server.close()
		running = null
		const second = await startTestServer({ dataDir: server.dataDir })
		running = second
		const fresh = client(second, boardId, facilitator)
		await whenSynced(fresh.provider)
		await whenDoc(fresh.doc, () => fresh.map.get('after') === 'marker')
		expect(fresh.map.toJSON()).toEqual({ before: 'seen', live: 'edit', after: 'marker' })
		expect(fresh.doc.getMap('records').has('document:document')).toBe(true)
	})

	it('an editor link writes', async () => {
		const server = await startTestServer()
		cleanups.push(() => server.close())
		const { id: boardId, token: facilitator } = await createBoardWithToken(server.url, '可写')
		const editorToken = (await createLink(server.url, boardId, { role: 'editor' })).token
		const a = client(server, boardId, editorToken)
		const b = client(server, boardId, facilitator)
		await Promise.all([whenSynced(a.provider), whenSynced(b.provider)])
		a.map.set('from-editor', 'ok')
		await whenDoc(b.doc, () => b.map.get('from-editor') === 'ok')
	})
})
