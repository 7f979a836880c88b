import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import * as Y from 'yjs'
import type { ApiErrorBody, ShareLinkList } from '../../shared/apiTypes'
import { getYMeeting, MEETING_VOTE_KEY, type VoteSession } from '../../shared/meeting/meetingLayout'
import { createVoteSession } from '../../shared/meeting/vote'
import { CloseCode } from '../../shared/protocol'
import { getYRecords, type PlainRecord, readAllRecords, writeRecord } from '../../shared/ydocLayout'
import { SqliteStorage } from '../storage/SqliteStorage'
import {
	bearer,
	connectClient,
	createBoardWithToken,
	createLink,
	startTestServer,
	syncUrl,
	TEST_ADMIN_TOKEN,
	tempDataDir,
	whenClosed,
	whenDoc,
	whenSynced,
} from './testServer'

const cleanups: (() => unknown)[] = []
afterEach(async () => {
	for (const c of cleanups.splice(0).reverse()) await c()
})

async function setup() {
	const server = await startTestServer()
	cleanups.push(() => server.close())
	const { id, token } = await createBoardWithToken(server.url, '议事会')
	return { server, id, token }
}

async function deactivate(base: string, boardId: string, token: string, linkId: string) {
	const res = await fetch(`${base}/api/boards/${boardId}/links/${linkId}`, { method: 'DELETE', headers: bearer(token) })
	const body = res.status === 204 ? null : ((await res.json()) as ApiErrorBody)
	return { status: res.status, code: body?.error.code, message: body?.error.message }
}

async function listLinks(base: string, boardId: string, token: string): Promise<ShareLinkList> {
	return (await (
		await fetch(`${base}/api/boards/${boardId}/links`, { headers: bearer(token) })
	).json()) as ShareLinkList
}

describe('deactivating (停用) share links', () => {
	it('never deactivates the board’s last active facilitator link (409 last_facilitator_link), over REST and for the admin too', async () => {
		const { server, id, token } = await setup()
		const creator = (await listLinks(server.url, id, token)).links.find((l) => l.role === 'facilitator')
		if (!creator) throw new Error('no creator link')
		const refused = await deactivate(server.url, id, token, creator.id)
		expect(refused.status).toBe(409)
		expect(refused.code).toBe('last_facilitator_link')
		expect(refused.message).toMatch(/last active facilitator link/)
		// Not for the operator's admin token either.
		expect(await deactivate(server.url, id, TEST_ADMIN_TOKEN, creator.id)).toMatchObject({
			status: 409,
			code: 'last_facilitator_link',
		})
		// Still works.
		expect((await fetch(`${server.url}/api/boards/${id}`, { headers: bearer(token) })).status).toBe(200)

		// With a second facilitator link, the first may go; then the second is the last one.
		const second = await createLink(server.url, id, { role: 'facilitator', label: '副主持' })
		const editor = await createLink(server.url, id, { role: 'editor' })
		expect((await deactivate(server.url, id, second.token, creator.id)).status).toBe(204)
		const last = await deactivate(server.url, id, second.token, second.id)
		expect(last).toMatchObject({ status: 409, code: 'last_facilitator_link' })
		// Other roles are deactivated as before.
		expect((await deactivate(server.url, id, second.token, editor.id)).status).toBe(204)
		const list = await listLinks(server.url, id, second.token)
		expect(list.currentLinkId).toBe(second.id)
		expect(list.links.find((l) => l.id === second.id)?.revokedAt).toBeNull()
	})

	it('an expired facilitator link does not count as another one', async () => {
		const { server, id, token } = await setup()
		const creatorId = (await listLinks(server.url, id, token)).links[0].id
		await createLink(server.url, id, { role: 'facilitator', expiresAt: Date.now() + 150 })
		await new Promise((r) => setTimeout(r, 200))
		expect(await deactivate(server.url, id, token, creatorId)).toMatchObject({
			status: 409,
			code: 'last_facilitator_link',
		})
	})
})

function need(id: string, pageId: string): PlainRecord {
	return {
		id,
		typeName: 'shape',
		type: 'need',
		parentId: pageId,
		index: 'a1',
		x: 0,
		y: 0,
		rotation: 0,
		props: { w: 200, h: 100, title: id },
		meta: {},
	}
}

describe('a 参会 (participant) link', () => {
	it('votes over REST, but its document writes change nothing and it cannot open the private document or write over REST', async () => {
		const { server, id, token } = await setup()
		const participant = await createLink(server.url, id, { role: 'participant', label: '商户' })
		const host = new Y.Doc()
		const hostProvider = connectClient(server.port, id, host, token)
		cleanups.push(() => hostProvider.destroy())
		await whenSynced(hostProvider)
		const pageId = readAllRecords(host).find((r) => r.typeName === 'page')?.id as string
		writeRecord(getYRecords(host), need('shape:meal', pageId))
		const session: VoteSession = createVoteSession({
			id: 'vote-p',
			dotsPerVoter: 3,
			anonymous: false,
			frameId: null,
			now: Date.now(),
		})
		getYMeeting(host).set(MEETING_VOTE_KEY, session)
		const room = await server.rooms.acquire(id)
		await whenDoc(
			room.doc,
			() => (getYMeeting(room.doc).get(MEETING_VOTE_KEY) as VoteSession | undefined)?.id === 'vote-p',
		)
		server.rooms.release(room)

		// It votes.
		const ballot = await fetch(`${server.url}/api/boards/${id}/votes/vote-p/ballot`, {
			method: 'PUT',
			headers: bearer(participant.token, { 'content-type': 'application/json' }),
			body: JSON.stringify({ dots: ['shape:meal', 'shape:meal'], participant: 'participant-00000001-secret' }),
		})
		expect(ballot.status).toBe(200)

		// It reads the board live, but what it writes is dropped like a viewer's.
		const doc = new Y.Doc()
		const provider = connectClient(server.port, id, doc, participant.token)
		cleanups.push(() => provider.destroy())
		await whenSynced(provider)
		await whenDoc(doc, () => getYRecords(doc).has('shape:meal'))
		const updatesBefore = await server.storage.countUpdates(id)
		getYRecords(doc).delete('shape:meal')
		doc.getMap('test').set('hacked', 'by participant')
		host.getMap('test').set('after', 'marker')
		await whenDoc(doc, () => doc.getMap('test').get('after') === 'marker')
		await new Promise((r) => setTimeout(r, 150))
		expect(server.rooms.peek(id)?.doc.getMap('test').get('hacked')).toBeUndefined()
		expect(getYRecords(host).has('shape:meal')).toBe(true)
		expect(await server.storage.countUpdates(id)).toBe(updatesBefore + 1)

		// No private document (联系方式), no REST writes.
		const privateSocket = new WebSocket(
			`${syncUrl(server.port, id, participant.token).replace(`/sync/${id}`, `/sync/${id}/private`)}`,
		)
		cleanups.push(() => privateSocket.terminate())
		expect((await whenClosed(privateSocket)).code).toBe(CloseCode.forbidden)
		const upload = await fetch(`${server.url}/api/boards/${id}/assets?name=a.png`, {
			method: 'POST',
			headers: bearer(participant.token, { 'content-type': 'image/png' }),
			body: Buffer.from([0x89, 0x50, 0x4e, 0x47]),
		})
		expect(upload.status).toBe(403)
		const rename = await fetch(`${server.url}/api/boards/${id}`, {
			method: 'PATCH',
			headers: bearer(participant.token, { 'content-type': 'application/json' }),
			body: JSON.stringify({ title: 'x' }),
		})
		expect(rename.status).toBe(403)
		const links = await fetch(`${server.url}/api/boards/${id}/links`, { headers: bearer(participant.token) })
		expect(links.status).toBe(403)
	})

	it('a database made before the role takes participant links after it opens (share_links rebuilt, old links kept)', async () => {
		const dir = tempDataDir()
		const file = path.join(dir, 'niudai.sqlite')
		const old = new Database(file)
		old.exec(`
CREATE TABLE boards (id TEXT PRIMARY KEY, title TEXT NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, deleted_at INTEGER);
CREATE TABLE share_links (
	id TEXT PRIMARY KEY,
	board_id TEXT NOT NULL REFERENCES boards(id),
	role TEXT NOT NULL CHECK (role IN ('viewer', 'editor', 'facilitator')),
	label TEXT NOT NULL DEFAULT '',
	token_hash TEXT NOT NULL UNIQUE,
	created_at INTEGER NOT NULL,
	expires_at INTEGER,
	revoked_at INTEGER,
	last_used_at INTEGER
);
CREATE INDEX share_links_board ON share_links(board_id, created_at);
INSERT INTO boards VALUES ('board-0000000001', 'old', 1, 1, NULL);
INSERT INTO share_links VALUES ('link-00000001', 'board-0000000001', 'facilitator', '创建者', 'hash-1', 1, NULL, NULL, NULL);
`)
		expect(() =>
			old.exec(
				"INSERT INTO share_links VALUES ('link-00000002', 'board-0000000001', 'participant', '', 'hash-2', 2, NULL, NULL, NULL)",
			),
		).toThrow(/CHECK/)
		old.close()

		const storage = new SqliteStorage(dir)
		await storage.createLink({
			id: 'link-00000002',
			boardId: 'board-0000000001',
			role: 'participant',
			label: '参会',
			tokenHash: 'hash-2',
			createdAt: 2,
			expiresAt: null,
			revokedAt: null,
			lastUsedAt: null,
		})
		expect((await storage.listLinks('board-0000000001')).map((l) => [l.id, l.role])).toEqual([
			['link-00000002', 'participant'],
			['link-00000001', 'facilitator'],
		])
		await storage.close()
		// Opening it again changes nothing.
		const again = new SqliteStorage(dir)
		expect(await again.listLinks('board-0000000001')).toHaveLength(2)
		await again.close()
		fs.rmSync(dir, { recursive: true, force: true })
	})
})
