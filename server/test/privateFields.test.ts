import { afterEach, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import type { BoardVersion, BoardVersionPreview } from '../../shared/apiTypes'
import { createBoardSchema } from '../../shared/boardSchema'
import { defaultCardProps } from '../../shared/domain/cardDefaults'
import type { CardKind } from '../../shared/domain/cardProps'
import { getYPrivate, splitPrivateProps } from '../../shared/privateDocLayout'
import { CloseCode, MessageType, privateSyncRoom, SyncMessageType } from '../../shared/protocol'
import { createSeedRecords, DEFAULT_PAGE_NAME, FIRST_PAGE_ID } from '../../shared/seedRecords'
import {
	getYMeta,
	getYRecords,
	type PlainRecord,
	readAllRecords,
	writeRecord,
	Y_META_SCHEMA_KEY,
} from '../../shared/ydocLayout'
import type { RunningServer } from '../createServer'
import { connectPrivateClient, setPrivateProps } from './privateDocClient'
import {
	apiFetch,
	bearer,
	connectClient,
	createBoardWithToken,
	createLink,
	startTestServer,
	syncUrl,
	TEST_ADMIN_TOKEN,
	until,
	whenClosed,
	whenDoc,
	whenSynced,
} from './testServer'

/**
 * Private card fields (联系方式) never reach a viewer's socket: they live in a second,
 * private document that only editor and facilitator links may sync.
 */

type TestServer = RunningServer & { dataDir: string }

const cleanups: (() => unknown)[] = []
afterEach(async () => {
	for (const c of cleanups.splice(0).reverse()) await c()
})

async function server(opts: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
	const s = await startTestServer(opts)
	cleanups.push(() => s.close())
	return s
}

const bytes = (s: string) => Buffer.from(s, 'utf8')

/** A WebSocket class for y-websocket that records every frame it receives into `frames`. */
function recordingWebSocket(frames: Buffer[]) {
	return class RecordingWebSocket extends WebSocket {
		constructor(url: string, protocols?: string | string[]) {
			super(url, protocols)
			this.on('message', (data: Buffer) => frames.push(Buffer.from(data)))
		}
	}
}

/** An official y-websocket client of a board's main document that records every frame it receives. */
function recordingClient(s: RunningServer, boardId: string, token: string) {
	const frames: Buffer[] = []
	const doc = new Y.Doc()
	const provider = new WebsocketProvider(`ws://127.0.0.1:${s.port}/sync`, boardId, doc, {
		WebSocketPolyfill: recordingWebSocket(frames) as never,
		disableBc: true,
		params: { t: token },
	})
	cleanups.push(() => provider.destroy())
	return { doc, provider, frames }
}

/** A raw socket to a sync path that records every frame; asks for the whole document and every presence. */
async function rawRecorder(
	url: string,
): Promise<{ ws: WebSocket; frames: Buffer[]; closed: Promise<{ code: number }> }> {
	const frames: Buffer[] = []
	const ws = new WebSocket(url)
	ws.on('message', (data: Buffer) => frames.push(Buffer.from(data)))
	const closed = whenClosed(ws)
	cleanups.push(() => ws.close())
	await new Promise<void>((resolve) => {
		ws.once('open', () => resolve())
		ws.once('close', () => resolve())
	})
	if (ws.readyState === WebSocket.OPEN) {
		// Sync step 1 with an empty state vector: "send me everything".
		ws.send(Buffer.from([MessageType.sync, SyncMessageType.step1, 1, 0]))
		ws.send(Buffer.from([MessageType.queryAwareness]))
	}
	return { ws, frames, closed }
}

function card(kind: CardKind, id: string, props: Record<string, unknown> = {}): PlainRecord {
	return {
		id,
		typeName: 'shape',
		type: kind,
		parentId: FIRST_PAGE_ID,
		index: 'a1',
		x: 0,
		y: 0,
		rotation: 0,
		isLocked: false,
		opacity: 1,
		meta: {},
		props: { ...defaultCardProps(kind), ...props },
	}
}

/** Writes a card as an honest client does: its record into the main doc, its private props into the private doc. */
function writeCard(main: Y.Doc, priv: Y.Doc, rec: PlainRecord): void {
	const split = splitPrivateProps(rec)
	main.transact(() => writeRecord(getYRecords(main), split.record))
	if (split.privateProps) setPrivateProps(priv, rec.id, split.privateProps)
}

/** An editor (or facilitator) with both documents synced. */
async function editorClient(s: RunningServer, boardId: string, token: string) {
	const doc = new Y.Doc()
	const provider = connectClient(s.port, boardId, doc, token)
	const privateDoc = new Y.Doc()
	const privateProvider = connectPrivateClient(s.port, boardId, privateDoc, token)
	cleanups.push(() => provider.destroy())
	cleanups.push(() => privateProvider.destroy())
	await Promise.all([whenSynced(provider), whenSynced(privateProvider)])
	return { doc, provider, privateDoc, privateProvider }
}

/** The props map of record `id` (throws when there is none). */
function propsMap(records: Y.Map<Y.Map<unknown>>, id: string): Y.Map<unknown> {
	const props = records.get(id)?.get('props')
	if (!(props instanceof Y.Map)) throw new Error(`no props map for ${id}`)
	return props
}

const contactIn = (privateDoc: Y.Doc, id: string) => getYPrivate(privateDoc).get(id)?.get('contact')

/** Every record's props in a doc that carry a `contact` key. */
function contactsInMainDoc(doc: Y.Doc): string[] {
	return readAllRecords(doc).flatMap((r) =>
		r.props && typeof r.props === 'object' && 'contact' in r.props ? [r.id] : [],
	)
}

async function exportText(s: RunningServer, boardId: string, token: string, query: string): Promise<string> {
	const res = await fetch(`${s.url}/api/boards/${boardId}/export?${query}`, { headers: bearer(token) })
	expect(res.status).toBe(200)
	return res.text()
}

describe('private fields and viewers', () => {
	it('a viewer’s sockets receive no contact, in any frame, before or after live edits', async () => {
		const s = await server()
		const { id: boardId, token: facilitator } = await createBoardWithToken(s.url, '隐私', 'full-cycle')
		const viewer = (await createLink(s.url, boardId, { role: 'viewer' })).token
		const editor = (await createLink(s.url, boardId, { role: 'editor' })).token
		const IMPORTED = '13912345678'
		const IMPORTED_ACTOR = '王书记 021-64001234'
		const LIVE = '13700001111'
		const NEW_CARD = '李老师 18655556666'

		// Contacts arrive by import (server-side) …
		const resources = `名称,属性,类型,提供方,数量,单位,联系方式\r\n社区食堂,市场,场地空间,餐饮企业,1,处,${IMPORTED}\r\n`
		const imported = await apiFetch(`${s.url}/api/boards/${boardId}/import?list=resources`, {
			method: 'POST',
			headers: { 'content-type': 'text/csv' },
			body: resources,
		})
		expect(imported.status, await imported.clone().text()).toBe(200)
		const actors = `名称,联系方式\r\n居委会,${IMPORTED_ACTOR}\r\n`
		const importedActors = await apiFetch(`${s.url}/api/boards/${boardId}/import?list=actors`, {
			method: 'POST',
			headers: { 'content-type': 'text/csv' },
			body: actors,
		})
		expect(importedActors.status).toBe(200)

		// … and an editor's live edits.
		const ed = await editorClient(s, boardId, editor)
		const resourceId = readAllRecords(ed.doc).find((r) => r.type === 'resource')?.id as string
		expect(resourceId).toBeTruthy()
		await until(() => contactIn(ed.privateDoc, resourceId) === IMPORTED)

		// The viewer: the official client (recording its frames) and a raw socket asking for everything.
		const official = recordingClient(s, boardId, viewer)
		await whenSynced(official.provider)
		const raw = await rawRecorder(syncUrl(s.port, boardId, viewer))
		await until(() => raw.frames.length >= 1)
		// The private document is refused to a viewer before any data.
		const privateRaw = await rawRecorder(
			`ws://127.0.0.1:${s.port}/sync/${privateSyncRoom(boardId)}?t=${encodeURIComponent(viewer)}`,
		)
		const refused = await privateRaw.closed
		expect(refused.code).toBe(CloseCode.forbidden)
		expect(privateRaw.frames).toHaveLength(0)
		// So is the official client of the private document.
		const officialPrivate = connectPrivateClient(s.port, boardId, new Y.Doc(), viewer)
		cleanups.push(() => officialPrivate.destroy())
		let privateCloseCode = 0
		officialPrivate.on('connection-close', (e: CloseEvent | null) => {
			privateCloseCode = e?.code ?? privateCloseCode
		})
		await until(() => privateCloseCode === CloseCode.forbidden)
		expect(officialPrivate.synced).toBe(false)

		// Live: the editor changes a contact, renames the card, adds a card with a contact.
		setPrivateProps(ed.privateDoc, resourceId, { contact: LIVE })
		const titleOf = (doc: Y.Doc, id: string) => (getYRecords(doc).get(id)?.get('props') as Y.Map<unknown>)?.get('title')
		ed.doc.transact(() => propsMap(getYRecords(ed.doc), resourceId).set('title', '社区食堂（新）'))
		writeCard(ed.doc, ed.privateDoc, card('actor', 'shape:newActor', { title: '物业', contact: NEW_CARD }))
		await whenDoc(official.doc, () => titleOf(official.doc, resourceId) === '社区食堂（新）')
		await whenDoc(official.doc, () => getYRecords(official.doc).has('shape:newActor'))
		await until(() => raw.frames.some((f) => f.includes(bytes('物业'))))
		// A reconnect sends the whole document again.
		official.provider.disconnect()
		official.provider.connect()
		await whenSynced(official.provider)

		// The values exist — for editors.
		await until(() => contactIn(ed.privateDoc, resourceId) === LIVE)
		const facilitatorView = await editorClient(s, boardId, facilitator)
		await until(() => contactIn(facilitatorView.privateDoc, 'shape:newActor') === NEW_CARD)

		// Nothing the viewer received holds any of them.
		const received = Buffer.concat([...official.frames, ...raw.frames, ...privateRaw.frames])
		expect(received.length).toBeGreaterThan(1000)
		for (const secret of [IMPORTED, IMPORTED_ACTOR, '021-64001234', LIVE, NEW_CARD, '18655556666']) {
			expect(received.includes(bytes(secret)), secret).toBe(false)
		}
		expect(contactsInMainDoc(official.doc)).toEqual([])
		expect(contactsInMainDoc(s.rooms.peek(boardId)?.doc as Y.Doc)).toEqual([])
		// Exports: with private=1 for the editor, without for everyone by default.
		expect(await exportText(s, boardId, editor, 'format=json&private=1')).toContain(LIVE)
		expect(await exportText(s, boardId, viewer, 'format=json')).not.toContain(LIVE)
	})

	it('two editors see and edit contacts live; the private document is stored, and clearing a contact removes it', async () => {
		const s = await server()
		const { id: boardId, token: facilitator } = await createBoardWithToken(s.url, '联系方式')
		const editor = (await createLink(s.url, boardId, { role: 'editor' })).token
		const a = await editorClient(s, boardId, editor)
		const b = await editorClient(s, boardId, facilitator)

		writeCard(a.doc, a.privateDoc, card('resource', 'shape:canteen', { title: '食堂', contact: '13811112222' }))
		await whenDoc(b.doc, () => getYRecords(b.doc).has('shape:canteen'))
		await whenDoc(b.privateDoc, () => contactIn(b.privateDoc, 'shape:canteen') === '13811112222')
		// B edits it; A sees the edit.
		setPrivateProps(b.privateDoc, 'shape:canteen', { contact: '13833334444' })
		await whenDoc(a.privateDoc, () => contactIn(a.privateDoc, 'shape:canteen') === '13833334444')
		// The main document never held it.
		expect(contactsInMainDoc(a.doc)).toEqual([])
		const stored = await s.storage.loadDoc(boardId)
		for (const u of [stored.snapshot, ...stored.updates]) {
			if (u) expect(Buffer.from(u).includes(bytes('1383333'))).toBe(false)
		}
		// The private document is stored (it survives the room's unload).
		await s.rooms.unload(boardId)
		const c = await editorClient(s, boardId, editor)
		await whenDoc(c.privateDoc, () => contactIn(c.privateDoc, 'shape:canteen') === '13833334444')
		// Clearing a contact removes it.
		setPrivateProps(a.privateDoc, 'shape:canteen', { contact: '' })
		await whenDoc(c.privateDoc, () => !getYPrivate(c.privateDoc).has('shape:canteen'))
	})

	it('a board stored with contacts in its main document is migrated when it loads', async () => {
		const s = await server()
		const SECRET = '13655554444'
		const legacy = new Y.Doc()
		legacy.transact(() => {
			for (const rec of createSeedRecords(DEFAULT_PAGE_NAME))
				writeRecord(getYRecords(legacy), rec as unknown as PlainRecord)
			writeRecord(getYRecords(legacy), card('resource', 'shape:old', { title: '老资源', contact: SECRET }))
			writeRecord(getYRecords(legacy), card('actor', 'shape:oldActor', { title: '老主体', contact: '' }))
			getYMeta(legacy).set(Y_META_SCHEMA_KEY, createBoardSchema().serialize())
		})
		const boardId = 'legacy-board-0001'
		const now = Date.now()
		await s.storage.createBoard(
			{ id: boardId, title: '旧白板', createdAt: now, updatedAt: now, deletedAt: null },
			Y.encodeStateAsUpdate(legacy),
		)
		expect(Buffer.from((await s.storage.loadDoc(boardId)).snapshot as Uint8Array).includes(bytes(SECRET))).toBe(true)
		const viewerLink = await fetch(`${s.url}/api/boards/${boardId}/links`, {
			method: 'POST',
			headers: bearer(TEST_ADMIN_TOKEN, { 'content-type': 'application/json' }),
			body: JSON.stringify({ role: 'viewer' }),
		})
		const viewer = new URL(((await viewerLink.json()) as { url: string }).url, s.url).searchParams.get('t') as string

		// Before the room ever loaded, exports read the old layout right.
		expect(await exportText(s, boardId, TEST_ADMIN_TOKEN, 'format=json&private=1')).toContain(SECRET)
		expect(await exportText(s, boardId, viewer, 'format=json')).not.toContain(SECRET)

		const official = recordingClient(s, boardId, viewer)
		await whenSynced(official.provider)
		await whenDoc(official.doc, () => getYRecords(official.doc).has('shape:old'))
		expect(Buffer.concat(official.frames).includes(bytes(SECRET))).toBe(false)
		expect(contactsInMainDoc(official.doc)).toEqual([])

		// Stored: the main document holds it nowhere, the private one does.
		const stored = await s.storage.loadDoc(boardId)
		for (const u of [stored.snapshot, ...stored.updates]) {
			if (u) expect(Buffer.from(u).includes(bytes(SECRET))).toBe(false)
		}
		const storedPrivate = await s.storage.loadDoc(boardId, 'private')
		expect(
			[storedPrivate.snapshot, ...storedPrivate.updates].some((u) => u && Buffer.from(u).includes(bytes(SECRET))),
		).toBe(true)
		expect(await exportText(s, boardId, TEST_ADMIN_TOKEN, 'format=json&private=1')).toContain(SECRET)
		const plan = (await (
			await fetch(`${s.url}/api/boards/${boardId}/plan?private=1`, { headers: bearer(TEST_ADMIN_TOKEN) })
		).json()) as { resources: { contact?: string }[] }
		expect(plan.resources.map((r) => r.contact)).toEqual([SECRET])

		// After a restart too, and the move happens once.
		official.provider.destroy()
		await s.close()
		const second = await server({ dataDir: s.dataDir })
		expect(await exportText(second, boardId, TEST_ADMIN_TOKEN, 'format=json&private=1')).toContain(SECRET)
		const editor = await editorClient(second, boardId, TEST_ADMIN_TOKEN)
		expect(contactIn(editor.privateDoc, 'shape:old')).toBe(SECRET)
		expect(getYPrivate(editor.privateDoc).has('shape:oldActor')).toBe(false)
		const again = await second.storage.loadDoc(boardId)
		expect(again.updates).toHaveLength(0)
	})

	it('an update that writes a private field into the main document is refused (4422 write refused), for editors and facilitators', async () => {
		const s = await server()
		const { id: boardId, token: facilitator } = await createBoardWithToken(s.url, '拒绝')
		const editor = (await createLink(s.url, boardId, { role: 'editor' })).token
		const honest = await editorClient(s, boardId, facilitator)
		writeCard(honest.doc, honest.privateDoc, card('resource', 'shape:r', { title: '场地', contact: '13800001234' }))
		await until(() => s.rooms.peek(boardId)?.doc.getMap('records').has('shape:r') === true)
		const updatesBefore = await s.storage.countUpdates(boardId)

		const attempts: [string, (records: Y.Map<Y.Map<unknown>>) => void][] = [
			['a contact key in a card’s props', (r) => propsMap(r, 'shape:r').set('contact', '13999990000')],
			[
				'a new card with its contact',
				(r) => writeRecord(r, card('actor', 'shape:leak', { title: '泄露', contact: '13999990000' })),
			],
			['props written as plain JSON', (r) => r.get('shape:r')?.set('props', { title: 'x', contact: '13999990000' })],
		]
		for (const token of [editor, facilitator]) {
			for (const [what, write] of attempts) {
				const doc = new Y.Doc()
				const provider = connectClient(s.port, boardId, doc, token)
				cleanups.push(() => provider.destroy())
				let close: { code: number; reason: string } | null = null
				provider.on('connection-close', (e: CloseEvent | null) => {
					if (e) close = { code: e.code, reason: e.reason }
				})
				await whenSynced(provider)
				doc.transact(() => write(getYRecords(doc)))
				await until(() => close !== null)
				expect(close, what).toMatchObject({ code: CloseCode.writeRefused, reason: expect.stringMatching(/private/) })
				provider.destroy()
			}
		}
		// Nothing of it reached the room, storage or the honest client.
		await new Promise((r) => setTimeout(r, 100))
		const room = s.rooms.peek(boardId)?.doc as Y.Doc
		expect(Buffer.from(Y.encodeStateAsUpdate(room)).includes(bytes('13999990000'))).toBe(false)
		expect(getYRecords(room).has('shape:leak')).toBe(false)
		expect(await s.storage.countUpdates(boardId)).toBe(updatesBefore)
		expect(contactsInMainDoc(honest.doc)).toEqual([])
		// The honest client goes on working, reconnects included.
		honest.provider.disconnect()
		honest.provider.connect()
		await whenSynced(honest.provider)
		writeCard(honest.doc, honest.privateDoc, card('need', 'shape:n', { title: '需求' }))
		await until(() => s.rooms.peek(boardId)?.doc.getMap('records').has('shape:n') === true)
		expect(contactIn(s.rooms.peek(boardId, 'private')?.doc as Y.Doc, 'shape:r')).toBe('13800001234')
		// The private document takes only its private map.
		const stray = new Y.Doc()
		const strayProvider = connectPrivateClient(s.port, boardId, stray, editor)
		cleanups.push(() => strayProvider.destroy())
		let strayClose = 0
		strayProvider.on('connection-close', (e: CloseEvent | null) => {
			strayClose = e?.code ?? strayClose
		})
		await whenSynced(strayProvider)
		stray.getMap('records').set('x', 1)
		await until(() => strayClose === CloseCode.writeRefused)
	})

	it('versions keep contacts through save and restore; a viewer’s preview never has them', async () => {
		const s = await server()
		const { id: boardId, token } = await createBoardWithToken(s.url, '版本联系方式')
		const viewer = (await createLink(s.url, boardId, { role: 'viewer' })).token
		const a = await editorClient(s, boardId, token)
		writeCard(a.doc, a.privateDoc, card('resource', 'shape:canteen', { title: '食堂', contact: '13811112222' }))
		writeCard(a.doc, a.privateDoc, card('actor', 'shape:office', { title: '街道办', contact: '021-11112222' }))
		await until(() => contactIn(s.rooms.peek(boardId, 'private')?.doc as Y.Doc, 'shape:office') === '021-11112222')
		const save = await fetch(`${s.url}/api/boards/${boardId}/versions`, {
			method: 'POST',
			headers: bearer(token, { 'content-type': 'application/json' }),
			body: JSON.stringify({ name: '有联系方式' }),
		})
		expect(save.status).toBe(201)
		const saved = (await save.json()) as BoardVersion

		// After the save: one contact changed, one card (and its contact) deleted.
		setPrivateProps(a.privateDoc, 'shape:canteen', { contact: '13899990000' })
		a.doc.transact(() => getYRecords(a.doc).delete('shape:office'))
		a.privateDoc.transact(() => getYPrivate(a.privateDoc).delete('shape:office'))
		await until(() => !getYPrivate(s.rooms.peek(boardId, 'private')?.doc as Y.Doc).has('shape:office'))

		const preview = async (who: string) => {
			const res = await fetch(`${s.url}/api/boards/${boardId}/versions/${saved.id}`, { headers: bearer(who) })
			expect(res.status).toBe(200)
			return (await res.json()) as BoardVersionPreview
		}
		const contactOf = (p: BoardVersionPreview, id: string) =>
			(p.records.find((r) => r.id === id)?.props as { contact?: string } | undefined)?.contact
		expect(contactOf(await preview(token), 'shape:canteen')).toBe('13811112222')
		const asViewer = await preview(viewer)
		expect(contactOf(asViewer, 'shape:canteen')).toBe('')
		expect(contactOf(asViewer, 'shape:office')).toBe('')
		expect(JSON.stringify(asViewer)).not.toMatch(/1381111|021-1111/)

		const restore = await fetch(`${s.url}/api/boards/${boardId}/versions/${saved.id}/restore`, {
			method: 'POST',
			headers: bearer(token, { 'content-type': 'application/json' }),
			body: '{}',
		})
		expect(restore.status).toBe(200)
		const { savedBefore } = (await restore.json()) as { savedBefore: BoardVersion }
		// Every editor gets the version's contacts back, through the private document only.
		await whenDoc(a.privateDoc, () => contactIn(a.privateDoc, 'shape:canteen') === '13811112222')
		await whenDoc(a.privateDoc, () => contactIn(a.privateDoc, 'shape:office') === '021-11112222')
		await whenDoc(a.doc, () => getYRecords(a.doc).has('shape:office'))
		expect(contactsInMainDoc(a.doc)).toEqual([])
		expect(await exportText(s, boardId, token, 'format=json&private=1')).toContain('021-11112222')
		// The version kept just before the restore has the contacts as they were then.
		const before = await fetch(`${s.url}/api/boards/${boardId}/versions/${savedBefore.id}`, {
			headers: bearer(token),
		})
		const beforeBody = (await before.json()) as BoardVersionPreview
		expect(contactOf(beforeBody, 'shape:canteen')).toBe('13899990000')
		expect(beforeBody.records.some((r) => r.id === 'shape:office')).toBe(false)
	})
})
