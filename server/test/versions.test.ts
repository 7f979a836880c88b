import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { BoardVersion, BoardVersionList, BoardVersionPreview, RestoreVersionResult } from '../../shared/apiTypes'
import { defaultCardProps } from '../../shared/domain/cardDefaults'
import type { CardKind } from '../../shared/domain/cardProps'
import { getYMeeting } from '../../shared/meeting/meetingLayout'
import { splitPrivateProps } from '../../shared/privateDocLayout'
import { FIRST_PAGE_ID } from '../../shared/seedRecords'
import {
	getYMeta,
	getYRecords,
	type PlainRecord,
	readAllRecords,
	writeRecord,
	Y_META_VERSIONS_AT_KEY,
} from '../../shared/ydocLayout'
import type { RunningServer } from '../createServer'
import { connectPrivateClient, setPrivateProps } from './privateDocClient'
import {
	bearer,
	connectClient,
	createBoardWithToken,
	createLink,
	startTestServer,
	until,
	whenDoc,
	whenSynced,
} from './testServer'

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

function client(s: RunningServer, boardId: string, token: string) {
	const doc = new Y.Doc()
	const provider = connectClient(s.port, boardId, doc, token)
	cleanups.push(() => provider.destroy())
	return { doc, provider }
}

/** A card as the board's main document holds it (private props such as contact live in the private document). */
function card(kind: CardKind, n: number, props: Record<string, unknown> = {}): PlainRecord {
	return splitPrivateProps({
		id: `shape:${kind}${n}`,
		typeName: 'shape',
		type: kind,
		parentId: FIRST_PAGE_ID,
		index: `a${n}`,
		x: n * 300,
		y: 0,
		rotation: 0,
		isLocked: false,
		opacity: 1,
		meta: {},
		props: { ...defaultCardProps(kind), ...props },
	}).record
}

function edit(doc: Y.Doc, change: (records: Y.Map<Y.Map<unknown>>) => void): void {
	doc.transact(() => change(getYRecords(doc)))
}

/** The shapes of a doc or a record list, sorted, for comparison. */
function shapes(from: Y.Doc | readonly PlainRecord[]): PlainRecord[] {
	const records = from instanceof Y.Doc ? readAllRecords(from) : from
	return records.filter((r) => r.typeName === 'shape').sort((a, b) => a.id.localeCompare(b.id))
}

async function call<T>(
	s: RunningServer,
	path: string,
	token: string,
	init: { method?: string; body?: unknown } = {},
): Promise<{ status: number; body: T }> {
	const res = await fetch(`${s.url}${path}`, {
		method: init.method ?? 'GET',
		headers: bearer(token, init.body === undefined ? {} : { 'content-type': 'application/json' }),
		body: init.body === undefined ? undefined : JSON.stringify(init.body),
	})
	return { status: res.status, body: (await res.json()) as T }
}

const versionsPath = (boardId: string) => `/api/boards/${boardId}/versions`

async function saveVersion(s: RunningServer, boardId: string, token: string, name: string): Promise<BoardVersion> {
	const res = await call<BoardVersion>(s, versionsPath(boardId), token, {
		method: 'POST',
		body: { name, author: '王社工' },
	})
	expect(res.status).toBe(201)
	return res.body
}

async function listVersions(s: RunningServer, boardId: string, token: string): Promise<BoardVersion[]> {
	const res = await call<BoardVersionList>(s, versionsPath(boardId), token)
	expect(res.status).toBe(200)
	return res.body.versions
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('board versions', () => {
	it('save → edit → restore: both connected clients converge to the version, as one stored update; the pre-restore state is kept', async () => {
		const s = await server()
		const { id: boardId, token } = await createBoardWithToken(s.url, '3月议事会')
		const a = client(s, boardId, token)
		const b = client(s, boardId, token)
		await Promise.all([whenSynced(a.provider), whenSynced(b.provider)])
		const need = card('need', 1, { title: '老人助餐' })
		const resource = card('resource', 2, { title: '社区食堂', contact: '13800000000' })
		edit(a.doc, (r) => {
			writeRecord(r, need)
			writeRecord(r, resource)
		})
		await whenDoc(b.doc, () => shapes(b.doc).length === 2)
		const saved = await saveVersion(s, boardId, token, '  3月议事会后  ')
		expect(saved).toMatchObject({ name: '3月议事会后', kind: 'manual', createdBy: '王社工', role: 'facilitator' })
		const versionShapes = shapes(a.doc)
		// Every open history list hears of the save through the board's meta map.
		await whenDoc(b.doc, () => getYMeta(b.doc).get(Y_META_VERSIONS_AT_KEY) === saved.createdAt)

		// After the save: one card moved and renamed by a, one deleted and one added by b; meeting state set.
		edit(a.doc, (r) => writeRecord(r, { ...need, x: 999, props: { ...(need.props as object), title: '改了' } }))
		edit(b.doc, (r) => {
			r.delete(resource.id)
			writeRecord(r, card('project', 3, { title: '新项目' }))
		})
		a.doc.transact(() => getYMeeting(a.doc).set('timer', { status: 'idle', durationMs: 300_000 }))
		await whenDoc(a.doc, () => shapes(a.doc).some((r) => r.id === 'shape:project3'))
		await whenDoc(b.doc, () => shapes(b.doc).some((r) => r.x === 999))
		const editedShapes = shapes(a.doc)
		expect(editedShapes).not.toEqual(versionShapes)

		const updatesBefore = await s.storage.countUpdates(boardId)
		const res = await call<RestoreVersionResult>(s, `${versionsPath(boardId)}/${saved.id}/restore`, token, {
			method: 'POST',
			body: { author: '李主任' },
		})
		expect(res.status).toBe(200)
		expect(res.body.restored).toEqual(saved)
		expect(res.body.savedBefore).toMatchObject({ kind: 'restore', name: '3月议事会后', createdBy: '李主任' })
		expect(res.body.changed).toEqual({ written: 2, removed: 1 })
		// The restore is ONE update, committed before the reply.
		expect(await s.storage.countUpdates(boardId)).toBe(updatesBefore + 1)

		await whenDoc(a.doc, () => JSON.stringify(shapes(a.doc)) === JSON.stringify(versionShapes))
		expect(getYMeta(a.doc).get(Y_META_VERSIONS_AT_KEY)).toBe(res.body.savedBefore.createdAt)
		await whenDoc(b.doc, () => JSON.stringify(shapes(b.doc)) === JSON.stringify(versionShapes))
		expect(shapes(s.rooms.peek(boardId)?.doc as Y.Doc)).toEqual(versionShapes)
		// Meeting state is not part of a version.
		expect(getYMeeting(b.doc).get('timer')).toEqual({ status: 'idle', durationMs: 300_000 })

		// The version saved before the restore holds the edited board.
		const before = await call<BoardVersionPreview>(s, `${versionsPath(boardId)}/${res.body.savedBefore.id}`, token)
		expect(before.status).toBe(200)
		expect(shapes(before.body.records as PlainRecord[])).toEqual(editedShapes)

		// The list, newest first: the pre-restore version, then the named one; no automatic version within the hour.
		const list = await listVersions(s, boardId, token)
		expect(list.map((v) => [v.kind, v.name])).toEqual([
			['restore', '3月议事会后'],
			['manual', '3月议事会后'],
		])
		expect(list[0].createdAt).toBeGreaterThanOrEqual(list[1].createdAt)
		for (const v of list) {
			expect(Object.keys(v).sort()).toEqual([
				'createdAt',
				'createdBy',
				'id',
				'kind',
				'name',
				'recordCount',
				'role',
				'shapeCount',
			])
		}
		// document + page + 2 cards at the save; + the project − the resource before the restore.
		expect(list[1]).toMatchObject({ recordCount: 4, shapeCount: 2 })
		expect(list[0]).toMatchObject({ recordCount: 4, shapeCount: 2 })
	})

	it('a viewer may list and preview (without private fields) but not save or restore; an editor may not either', async () => {
		const s = await server()
		const { id: boardId, token } = await createBoardWithToken(s.url, '权限')
		const viewer = (await createLink(s.url, boardId, { role: 'viewer' })).token
		const editor = (await createLink(s.url, boardId, { role: 'editor' })).token
		const a = client(s, boardId, token)
		const privateDoc = new Y.Doc()
		const privateProvider = connectPrivateClient(s.port, boardId, privateDoc, token)
		cleanups.push(() => privateProvider.destroy())
		await Promise.all([whenSynced(a.provider), whenSynced(privateProvider)])
		edit(a.doc, (r) => writeRecord(r, card('resource', 1, { title: '食堂' })))
		setPrivateProps(privateDoc, 'shape:resource1', { contact: '王经理 13800000000' })
		await until(() => s.rooms.peek(boardId)?.doc.getMap('records').has('shape:resource1') === true)
		await until(() => s.rooms.peek(boardId, 'private')?.doc.getMap('private').has('shape:resource1') === true)
		const saved = await saveVersion(s, boardId, token, '有联系方式')

		for (const who of [viewer, editor]) {
			expect((await listVersions(s, boardId, who)).map((v) => v.id)).toEqual([saved.id])
			const post = await call<{ error: { code: string; message: string } }>(s, versionsPath(boardId), who, {
				method: 'POST',
				body: { name: '不行' },
			})
			expect(post.status).toBe(403)
			expect(post.body.error.code).toBe('forbidden')
			expect(post.body.error.message).toMatch(/facilitator/)
			const restore = await call<{ error: { code: string } }>(s, `${versionsPath(boardId)}/${saved.id}/restore`, who, {
				method: 'POST',
				body: {},
			})
			expect(restore.status).toBe(403)
		}
		expect((await listVersions(s, boardId, token)).length).toBe(1)

		const contactOf = (preview: BoardVersionPreview) =>
			preview.records.find((r) => r.id === 'shape:resource1')?.props as { contact: string; title: string }
		const asViewer = await call<BoardVersionPreview>(s, `${versionsPath(boardId)}/${saved.id}`, viewer)
		expect(asViewer.status).toBe(200)
		expect(asViewer.body.version).toEqual(saved)
		expect(contactOf(asViewer.body)).toMatchObject({ contact: '', title: '食堂' })
		expect(JSON.stringify(asViewer.body)).not.toContain('13800000000')
		const asFacilitator = await call<BoardVersionPreview>(s, `${versionsPath(boardId)}/${saved.id}`, token)
		expect(contactOf(asFacilitator.body).contact).toBe('王经理 13800000000')
		expect(asFacilitator.body.schema).toMatchObject({ schemaVersion: expect.any(Number) })

		// No token at all.
		const anonymous = await fetch(`${s.url}${versionsPath(boardId)}`)
		expect(anonymous.status).toBe(401)
	})

	it('refuses bad names with 400 and unknown versions (or another board’s) with 404', async () => {
		const s = await server()
		const { id: boardId, token } = await createBoardWithToken(s.url, '校验')
		const { id: otherId, token: otherToken } = await createBoardWithToken(s.url, '另一个')
		const others = await saveVersion(s, otherId, otherToken, '别人的')

		for (const body of [
			{},
			{ name: '' },
			{ name: '   ' },
			{ name: 'x'.repeat(81) },
			{ name: 42 },
			{ name: 'ok', author: 'x'.repeat(25) },
			{ name: 'a\u0007b' },
			{ name: 'ok', extra: 1 },
		]) {
			const res = await call<{ error: { code: string; message: string } }>(s, versionsPath(boardId), token, {
				method: 'POST',
				body,
			})
			expect(res.status, JSON.stringify(body)).toBe(400)
			expect(res.body.error.code).toBe('invalid_body')
			expect(res.body.error.message).toMatch(/name|author|extra|Unrecognized/i)
		}
		// 80 characters (counted as characters, not UTF-16 units) is fine.
		expect((await saveVersion(s, boardId, token, '议'.repeat(80))).name).toHaveLength(80)

		for (const id of ['unknownVersion123', others.id, 'bad!id']) {
			const preview = await call<{ error: { code: string } }>(s, `${versionsPath(boardId)}/${id}`, token)
			expect(preview.status).toBe(404)
			const restore = await call<{ error: { code: string; message: string } }>(
				s,
				`${versionsPath(boardId)}/${id}/restore`,
				token,
				{ method: 'POST', body: {} },
			)
			expect(restore.status).toBe(404)
		}
		const unknown = await call<{ error: { code: string; message: string } }>(
			s,
			`${versionsPath(boardId)}/unknownVersion123`,
			token,
		)
		expect(unknown.body.error).toMatchObject({ code: 'version_not_found', message: expect.stringMatching(/not found/) })
		// The other board's version is untouched.
		expect((await listVersions(s, otherId, otherToken)).map((v) => v.id)).toEqual([others.id])
	})

	it('versions and a restored state survive a server restart', async () => {
		const first = await server()
		const { id: boardId, token } = await createBoardWithToken(first.url, '重启')
		const a = client(first, boardId, token)
		await whenSynced(a.provider)
		edit(a.doc, (r) => writeRecord(r, card('need', 1, { title: '保存时' })))
		const saved = await saveVersion(first, boardId, token, '重启前')
		edit(a.doc, (r) => writeRecord(r, card('need', 2, { title: '之后加的' })))
		await until(
			() => (first.rooms.peek(boardId)?.doc ? shapes(first.rooms.peek(boardId)?.doc as Y.Doc).length : 0) === 2,
		)
		a.provider.destroy()
		await first.close()

		const second = await server({ dataDir: first.dataDir })
		expect((await listVersions(second, boardId, token)).map((v) => v.id)).toEqual([saved.id])
		const restored = await call<RestoreVersionResult>(second, `${versionsPath(boardId)}/${saved.id}/restore`, token, {
			method: 'POST',
		})
		expect(restored.status).toBe(200)
		// The restore was committed to storage before the reply (not only when the room unloads).
		const stored = await second.storage.loadDoc(boardId)
		const onDisk = new Y.Doc()
		if (stored.snapshot) Y.applyUpdate(onDisk, stored.snapshot)
		for (const u of stored.updates) Y.applyUpdate(onDisk, u)
		expect(shapes(onDisk).map((r) => r.id)).toEqual(['shape:need1'])
		await second.close()

		const third = await server({ dataDir: first.dataDir })
		const c = client(third, boardId, token)
		await whenSynced(c.provider)
		expect(shapes(c.doc).map((r) => r.id)).toEqual(['shape:need1'])
		expect((await listVersions(third, boardId, token)).map((v) => v.kind)).toEqual(['restore', 'manual'])
	})

	it('saves an automatic version at most once per interval while the records change, and on unload', async () => {
		const interval = 400
		const s = await server({ versionAutosaveMs: interval, roomUnloadAfterMs: 50 })
		const { id: boardId, token } = await createBoardWithToken(s.url, '自动保存')
		const a = client(s, boardId, token)
		await whenSynced(a.provider)
		const started = Date.now()
		let i = 0
		while (Date.now() - started < 1500) {
			i++
			edit(a.doc, (r) => writeRecord(r, { ...card('need', 1, { title: `第${i}次` }), x: i }))
			await sleep(40)
		}
		await sleep(50)
		const autos = (await listVersions(s, boardId, token)).filter((v) => v.kind === 'auto').reverse()
		// Board created at t0: versions due at ≥ 400, ≥ 800, ≥ 1200 ms — never two within one interval.
		expect(autos.length).toBeGreaterThanOrEqual(2)
		expect(autos.length).toBeLessThanOrEqual(4)
		for (let k = 1; k < autos.length; k++) {
			expect(autos[k].createdAt - autos[k - 1].createdAt).toBeGreaterThanOrEqual(interval)
		}
		expect(autos.every((v) => v.name === '' && v.createdBy === '' && v.role === null)).toBe(true)

		// Edits after the last automatic version are saved by the first flush after the interval, whatever it carries.
		await sleep(interval + 100)
		a.doc.transact(() => getYMeeting(a.doc).set('timer', { status: 'idle', durationMs: 1000 }))
		await sleep(100)
		const count = (await listVersions(s, boardId, token)).filter((v) => v.kind === 'auto').length
		expect(count - autos.length).toBeLessThanOrEqual(1)
		// No change to the records since: nothing more, even after the interval (meeting state does not count).
		await sleep(interval + 100)
		a.doc.transact(() => getYMeeting(a.doc).set('timer', { status: 'idle', durationMs: 2000 }))
		await sleep(100)
		expect((await listVersions(s, boardId, token)).filter((v) => v.kind === 'auto')).toHaveLength(count)

		// A records change after the interval is saved at once; a further one within the interval waits,
		// and is saved when the room unloads once the interval has passed.
		edit(a.doc, (r) => writeRecord(r, card('need', 9, { title: '最后一个' })))
		await sleep(100)
		const due = (await listVersions(s, boardId, token)).filter((v) => v.kind === 'auto').length
		expect(due).toBe(count + 1)
		edit(a.doc, (r) => writeRecord(r, card('need', 10, { title: '未到时间' })))
		await sleep(50)
		expect((await listVersions(s, boardId, token)).filter((v) => v.kind === 'auto')).toHaveLength(count + 1)
		await sleep(interval)
		a.provider.destroy()
		await until(() => s.rooms.peek(boardId) === undefined)
		const last = (await listVersions(s, boardId, token)).filter((v) => v.kind === 'auto')
		expect(last).toHaveLength(count + 2)
		expect(last[0].recordCount).toBe(5)
		// The note announcing it is stored with the board, in the unload's snapshot.
		const stored = await s.storage.loadDoc(boardId)
		const reloaded = new Y.Doc()
		if (stored.snapshot) Y.applyUpdate(reloaded, stored.snapshot)
		for (const u of stored.updates) Y.applyUpdate(reloaded, u)
		expect(getYMeta(reloaded).get(Y_META_VERSIONS_AT_KEY)).toBe(last[0].createdAt)
		expect(stored.updates).toHaveLength(0)
	})
})
