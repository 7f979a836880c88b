import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import type { ActivityPage } from '../../shared/activity/activityTypes'
import { PLAN_INFO_PRIVATE_RECORD } from '../../shared/plan/planInfo'
import { getYPrivate, writePrivateProps } from '../../shared/privateDocLayout'
import { ADMIN_TOKEN_FILE } from '../auth/adminToken'
import { loadBoardRecords } from '../boards/loadBoardRecords'
import {
	copyAdminTokenHash,
	copyBallotSecret,
	ensureBallotSecret,
	readBallotSecretFile,
} from '../cluster/sharedSecrets'
import { copyStorage } from '../storage/copyStorage'
import { PostgresStorage } from '../storage/PostgresStorage'
import { SqliteStorage } from '../storage/SqliteStorage'
import { createTestDatabase, postgresAvailable } from './services'
import {
	bearer,
	boardToken,
	createBoardWithToken,
	createLink,
	startTestServer,
	syncUrl,
	TEST_ADMIN_TOKEN,
	tempDataDir,
} from './testServer'

const available = await postgresAvailable()

const cleanups: (() => unknown)[] = []
afterEach(async () => {
	for (const c of cleanups.splice(0).reverse()) await c()
})

describe.skipIf(!available)('npm run migrate:sqlite-to-postgres', () => {
	it('copies every board, link, version, asset and private field: plan and records are the same, a link token still opens the board', async () => {
		// A board used on SQLite (with its creator's link): the example template, a private phone number, a viewer link,
		// a revoked link, a saved version, an uploaded picture and a board in the trash.
		const sqlite = await startTestServer()
		const { id: boardId } = await createBoardWithToken(sqlite.url, '幸福里社区议事', 'example')
		const viewer = await createLink(sqlite.url, boardId, { role: 'viewer', label: '居民' })
		const revoked = await createLink(sqlite.url, boardId, { role: 'editor' })
		const auth = bearer(boardToken(boardId))
		expect(
			(await fetch(`${sqlite.url}/api/boards/${boardId}/links/${revoked.id}`, { method: 'DELETE', headers: auth }))
				.status,
		).toBe(204)
		const privateRoom = await sqlite.rooms.acquire(boardId, 'private')
		privateRoom.doc.transact(() =>
			writePrivateProps(getYPrivate(privateRoom.doc), PLAN_INFO_PRIVATE_RECORD, { contactPhone: '13800000000' }),
		)
		await privateRoom.flush()
		sqlite.rooms.release(privateRoom)
		const saved = await fetch(`${sqlite.url}/api/boards/${boardId}/versions`, {
			method: 'POST',
			headers: bearer(boardToken(boardId), { 'content-type': 'application/json' }),
			body: JSON.stringify({ name: '迁移前' }),
		})
		expect(saved.status).toBe(201)
		const picture = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 1, 2, 3])
		const upload = await fetch(`${sqlite.url}/api/boards/${boardId}/assets?name=photo.png`, {
			method: 'POST',
			headers: bearer(boardToken(boardId), { 'content-type': 'image/png' }),
			body: picture,
		})
		expect(upload.status).toBe(201)
		const asset = (await upload.json()) as { url: string }
		const { id: trashedId } = await createBoardWithToken(sqlite.url, '旧白板')
		await fetch(`${sqlite.url}/api/boards/${trashedId}`, { method: 'DELETE', headers: bearer(boardToken(trashedId)) })

		// The plan derived from the records, without the time it was derived.
		const planOf = async (url: string) => {
			const plan = (await (await fetch(`${url}/api/boards/${boardId}/plan?private=1`, { headers: auth })).json()) as {
				generatedAt?: number
			}
			delete plan.generatedAt
			return plan
		}
		const planBefore = await planOf(sqlite.url)
		const recordsBefore = await loadBoardRecords(sqlite, boardId)
		const linksBefore = await sqlite.storage.listLinks(boardId)
		const versionsBefore = await sqlite.storage.listVersions(boardId)
		// The activity log: the links made and deactivated and the version saved above.
		const activityBefore = await sqlite.storage.listActivity(boardId)
		expect(activityBefore.entries.map((e) => e.kind)).toEqual([
			'version_saved',
			'share_link_revoked',
			'share_link_created',
			'share_link_created',
		])
		await sqlite.close()

		const db = await createTestDatabase()
		cleanups.push(() => db.drop())
		const source = new SqliteStorage(sqlite.dataDir)
		const target = await PostgresStorage.open(db.url)
		const report = await copyStorage(source, target)
		await source.close()
		await target.close()
		expect(report).toMatchObject({ boards: 2, trashed: 1, links: 4, versions: 1, assets: 1, activity: 4, skipped: [] })

		// The same data directory (admin token, ballot secret), now on PostgreSQL.
		const pg = await startTestServer({ dataDir: sqlite.dataDir, databaseUrl: db.url })
		cleanups.push(() => pg.close())
		expect(await planOf(pg.url)).toEqual(planBefore)
		const recordsAfter = await loadBoardRecords(pg, boardId)
		const byId = (r: { records: { id: string }[] }) => [...r.records].sort((a, b) => a.id.localeCompare(b.id))
		expect(byId(recordsAfter)).toEqual(byId(recordsBefore))
		expect(recordsAfter.schema).toEqual(recordsBefore.schema)
		expect(await pg.storage.listLinks(boardId)).toEqual(linksBefore)
		expect(await pg.storage.listVersions(boardId)).toEqual(versionsBefore)
		const withoutIds = (page: ActivityPage) => page.entries.map(({ id: _id, ...rest }) => rest)
		expect(withoutIds(await pg.storage.listActivity(boardId))).toEqual(withoutIds(activityBefore))
		expect((await pg.storage.listBoards({ deleted: true })).map((b) => b.id)).toEqual([trashedId])

		// The viewer's link still opens the board, over REST and over the socket; the revoked one does not.
		const asViewer = await fetch(`${pg.url}/api/boards/${boardId}`, { headers: bearer(viewer.token) })
		expect(asViewer.status).toBe(200)
		expect(((await asViewer.json()) as { role: string }).role).toBe('viewer')
		expect((await fetch(`${pg.url}/api/boards/${boardId}`, { headers: bearer(revoked.token) })).status).toBe(401)
		const got = await fetch(`${pg.url}${asset.url}`, { headers: bearer(viewer.token) })
		expect(new Uint8Array(await got.arrayBuffer())).toEqual(picture)
		const ws = new WebSocket(syncUrl(pg.port, boardId, viewer.token))
		cleanups.push(() => ws.terminate())
		await new Promise((resolve, reject) => {
			ws.once('message', resolve)
			ws.once('close', (code) => reject(new Error(`closed with ${code}`)))
		})
		// The admin token of the data directory works too.
		expect((await fetch(`${pg.url}/api/boards`, { headers: bearer(TEST_ADMIN_TOKEN) })).status).toBe(200)
	})
	it('copies each board in one transaction: an interrupted run leaves no half board, and running it again copies the rest', async () => {
		const sqlite = await startTestServer()
		const ids: string[] = []
		for (const title of ['一号楼', '二号楼', '三号楼']) {
			const { id } = await createBoardWithToken(sqlite.url, title)
			await createLink(sqlite.url, id, { role: 'editor', label: '楼长' })
			const saved = await fetch(`${sqlite.url}/api/boards/${id}/versions`, {
				method: 'POST',
				headers: bearer(boardToken(id), { 'content-type': 'application/json' }),
				body: JSON.stringify({ name: '迁移前' }),
			})
			expect(saved.status).toBe(201)
			ids.push(id)
		}
		await sqlite.close()
		const db = await createTestDatabase()
		cleanups.push(() => db.drop())
		const source = new SqliteStorage(sqlite.dataDir)
		cleanups.push(() => source.close())
		const target = await PostgresStorage.open(db.url)
		cleanups.push(() => target.close())

		// The run is interrupted while the second board's versions are read: its board row,
		// documents and links were already written in the same transaction.
		const order = [...(await source.listBoards({ deleted: false }))].map((b) => b.id)
		const broken = order[1]
		const interrupted = new Proxy(source, {
			get(obj, prop, receiver) {
				if (prop === 'getVersion') {
					return async (boardId: string, versionId: string) => {
						if (boardId === broken) throw new Error('interrupted')
						return obj.getVersion(boardId, versionId)
					}
				}
				const value = Reflect.get(obj, prop, receiver)
				return typeof value === 'function' ? value.bind(obj) : value
			},
		})
		await expect(copyStorage(interrupted, target)).rejects.toThrow('interrupted')
		expect(await target.getBoard(order[0])).not.toBeNull()
		expect(await target.getBoard(broken)).toBeNull()
		expect(await target.listLinks(broken)).toEqual([])
		expect((await target.loadDoc(broken)).snapshot).toBeNull()

		const again = await copyStorage(source, target)
		expect(again.skipped).toEqual([order[0]])
		expect(again.boards).toBe(2)
		for (const id of ids) {
			expect(await target.listLinks(id)).toEqual(await source.listLinks(id))
			expect(await target.listVersions(id)).toEqual(await source.listVersions(id))
			expect(await target.loadDoc(id)).toMatchObject({ snapshot: expect.any(Uint8Array) })
		}
		// The data directory's ballot secret goes into the database, so every node derives the same voter ids.
		const local = readBallotSecretFile(sqlite.dataDir)
		expect(local).not.toBeNull()
		expect(await copyBallotSecret(sqlite.dataDir, target.pool)).toBe('copied')
		expect(await ensureBallotSecret(target.pool, 'f'.repeat(64))).toBe(local)
		// So does the hash of its admin-token file.
		fs.writeFileSync(path.join(sqlite.dataDir, ADMIN_TOKEN_FILE), 'old-server-admin-token-0123456789abcdef\n')
		expect(await copyAdminTokenHash(sqlite.dataDir, target.pool)).toBe('copied')
		const other = await startTestServer({
			dataDir: tempDataDir(),
			databaseUrl: db.url,
			adminToken: 'a-new-nodes-own-token-0123456789abcdef',
			adminTokenFromDataDir: true,
		})
		cleanups.push(() => other.close())
		const listed = await fetch(`${other.url}/api/boards`, {
			headers: bearer('old-server-admin-token-0123456789abcdef'),
		})
		expect(listed.status).toBe(200)
		await listed.arrayBuffer()
	})
})
