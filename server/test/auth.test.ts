import fs from 'node:fs'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import * as Y from 'yjs'
import type { ApiErrorBody, BoardSummary, CreatedShareLink, ShareLinkList } from '../../shared/apiTypes'
import { CloseCode } from '../../shared/protocol'
import type { RunningServer } from '../createServer'
import {
	bearer,
	boardToken,
	connectClient,
	createBoardWithToken,
	createLink,
	startTestServer,
	syncUrl,
	TEST_ADMIN_TOKEN,
	tokenFromUrl,
	whenClosed,
	whenSynced,
} from './testServer'

let server: RunningServer & { dataDir: string }
let boardId: string
let otherBoardId: string
let facilitator: string
let editor: string
let viewer: string

const cleanups: (() => unknown)[] = []
afterEach(async () => {
	for (const c of cleanups.splice(0).reverse()) await c()
})

beforeAll(async () => {
	server = await startTestServer()
	;({ id: boardId, token: facilitator } = await createBoardWithToken(server.url, '权限测试', 'full-cycle'))
	otherBoardId = (await createBoardWithToken(server.url, '另一块白板')).id
	editor = (await createLink(server.url, boardId, { role: 'editor', label: '社工' })).token
	viewer = (await createLink(server.url, boardId, { role: 'viewer', label: '商户代表' })).token
})
afterAll(() => server.close())

const png = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
	'base64',
)

async function call(
	method: string,
	path: string,
	token: string | null,
	body?: { type: string; data: string | Buffer },
): Promise<{ status: number; code?: string; text: string }> {
	const headers: Record<string, string> = body ? { 'content-type': body.type } : {}
	const res = await fetch(`${server.url}${path}`, {
		method,
		headers: token === null ? headers : bearer(token, headers),
		body: body?.data as BodyInit | undefined,
	})
	const text = await res.text()
	let code: string | undefined
	try {
		code = (JSON.parse(text) as ApiErrorBody).error?.code
	} catch {
		// not JSON
	}
	return { status: res.status, code, text }
}

const json = (value: unknown) => ({ type: 'application/json', data: JSON.stringify(value) })

describe('REST access by role', () => {
	// [method, path, least role, body]
	const routes: [
		string,
		() => string,
		'viewer' | 'editor' | 'facilitator',
		(() => { type: string; data: string | Buffer })?,
	][] = [
		['GET', () => `/api/boards/${boardId}`, 'viewer'],
		['GET', () => `/api/boards/${boardId}/plan`, 'viewer'],
		['GET', () => `/api/boards/${boardId}/export?format=md`, 'viewer'],
		['GET', () => `/api/boards/${boardId}/export?format=csv&list=needs`, 'viewer'],
		['GET', () => `/api/boards/${boardId}/plan?private=1`, 'editor'],
		['GET', () => `/api/boards/${boardId}/export?format=json&private=1`, 'editor'],
		['POST', () => `/api/boards/${boardId}/assets`, 'editor', () => ({ type: 'image/png', data: png })],
		[
			'POST',
			() => `/api/boards/${boardId}/import?list=needs`,
			'editor',
			() => ({ type: 'text/csv', data: '名称,服务对象,紧迫程度\r\n权限导入,居民,低\r\n' }),
		],
		['GET', () => `/api/boards/${boardId}/links`, 'facilitator'],
		['POST', () => `/api/boards/${boardId}/links`, 'facilitator', () => json({ role: 'viewer' })],
		['PATCH', () => `/api/boards/${boardId}`, 'facilitator', () => json({ title: '权限测试' })],
	]
	const rank = { viewer: 0, editor: 1, facilitator: 2 }

	it.each(routes)(
		'%s %s: 401 without a token, 403 below %s, allowed at or above',
		async (method, pathOf, min, bodyOf) => {
			const path = pathOf()
			const none = await call(method, path, null, bodyOf?.())
			expect(none.status).toBe(401)
			expect(none.code).toBe('unauthorized')
			expect(none.text).not.toContain('    at ')
			const unknown = await call(method, path, 'not-a-real-token', bodyOf?.())
			expect(unknown.status).toBe(401)
			const tokens = { viewer, editor, facilitator }
			for (const [role, token] of Object.entries(tokens) as [keyof typeof rank, string][]) {
				const res = await call(method, path, token, bodyOf?.())
				if (rank[role] < rank[min]) {
					expect(res.status, `${role} on ${method} ${path}`).toBe(403)
					expect(res.code).toBe('forbidden')
				} else {
					expect(res.status, `${role} on ${method} ${path}: ${res.text}`).toBeLessThan(300)
				}
			}
			// Another board's facilitator token is refused with 403.
			const other = await call(method, path, boardToken(otherBoardId), bodyOf?.())
			expect(other.status).toBe(403)
			// The admin token is facilitator everywhere.
			expect((await call(method, path, TEST_ADMIN_TOKEN, bodyOf?.())).status).toBeLessThan(300)
		},
	)

	it('a viewer reads the board with its role; the token also works as ?t=; the header wins', async () => {
		const res = await fetch(`${server.url}/api/boards/${boardId}?t=${viewer}`)
		expect(res.status).toBe(200)
		const board = (await res.json()) as BoardSummary
		expect(board).toMatchObject({ id: boardId, role: 'viewer', url: `/b/${boardId}` })
		const both = await fetch(`${server.url}/api/boards/${boardId}?t=${facilitator}`, { headers: bearer(viewer) })
		expect(((await both.json()) as BoardSummary).role).toBe('viewer')
	})

	it('assets: an editor uploads, a viewer reads with ?t=, nobody else', async () => {
		const up = await fetch(`${server.url}/api/boards/${boardId}/assets`, {
			method: 'POST',
			headers: bearer(editor, { 'content-type': 'image/png' }),
			body: png,
		})
		expect(up.status).toBe(201)
		const { url } = (await up.json()) as { url: string }
		expect((await fetch(`${server.url}${url}`)).status).toBe(401)
		expect((await fetch(`${server.url}${url}?t=${viewer}`)).status).toBe(200)
		expect((await fetch(`${server.url}${url}?t=${boardToken(otherBoardId)}`)).status).toBe(403)
	})

	it('renaming, trashing and restoring need a facilitator', async () => {
		const { id, token } = await createBoardWithToken(server.url, 'trash me')
		const ed = (await createLink(server.url, id, { role: 'editor' })).token
		expect((await call('DELETE', `/api/boards/${id}`, ed)).status).toBe(403)
		expect((await call('DELETE', `/api/boards/${id}`, token)).status).toBe(200)
		expect((await call('POST', `/api/boards/${id}/restore`, ed)).status).toBe(403)
		expect((await call('POST', `/api/boards/${id}/restore`, token)).status).toBe(200)
	})

	it('only the admin token lists every board', async () => {
		expect((await call('GET', '/api/boards', null)).status).toBe(401)
		expect((await call('GET', '/api/boards', facilitator)).status).toBe(401)
		const res = await fetch(`${server.url}/api/boards`, { headers: bearer(TEST_ADMIN_TOKEN) })
		expect(res.status).toBe(200)
		const { boards } = (await res.json()) as { boards: BoardSummary[] }
		expect(boards.map((b) => b.id)).toEqual(expect.arrayContaining([boardId, otherBoardId]))
		expect(boards.every((b) => !b.url.includes('?t='))).toBe(true)
	})
})

describe('share links', () => {
	it('creates, lists (without tokens) and revokes links', async () => {
		const { id, token } = await createBoardWithToken(server.url, 'links')
		const expiresAt = Date.now() + 3_600_000
		const res = await fetch(`${server.url}/api/boards/${id}/links`, {
			method: 'POST',
			headers: bearer(token, { 'content-type': 'application/json' }),
			body: JSON.stringify({ role: 'editor', label: '  商户代表 ', expiresAt }),
		})
		expect(res.status).toBe(201)
		const created = (await res.json()) as CreatedShareLink
		expect(created).toMatchObject({ role: 'editor', label: '商户代表', expiresAt, createdAt: expect.any(Number) })
		expect(created.url).toMatch(new RegExp(`^/b/${id}\\?t=[A-Za-z0-9_-]{43}$`))
		const linkToken = tokenFromUrl(created.url)
		expect((await call('GET', `/api/boards/${id}`, linkToken)).status).toBe(200)

		const listRes = await fetch(`${server.url}/api/boards/${id}/links`, { headers: bearer(token) })
		const list = (await listRes.json()) as ShareLinkList
		expect(list.links.map((l) => l.label)).toEqual(['商户代表', '创建者'])
		const mine = list.links.find((l) => l.id === created.id)
		expect(mine).toEqual({
			id: created.id,
			role: 'editor',
			label: '商户代表',
			createdAt: created.createdAt,
			expiresAt,
			lastUsedAt: expect.any(Number),
			revokedAt: null,
		})
		const raw = JSON.stringify(list)
		expect(raw).not.toContain(linkToken)
		expect(raw).not.toContain(token)

		const del = await fetch(`${server.url}/api/boards/${id}/links/${created.id}`, {
			method: 'DELETE',
			headers: bearer(token),
		})
		expect(del.status).toBe(204)
		const after = await call('GET', `/api/boards/${id}`, linkToken)
		expect(after.status).toBe(401)
		expect(after.code).toBe('link_revoked')
		const listed = (
			(await (await fetch(`${server.url}/api/boards/${id}/links`, { headers: bearer(token) })).json()) as ShareLinkList
		).links
		expect(listed.find((l) => l.id === created.id)?.revokedAt).toEqual(expect.any(Number))
		expect((await call('DELETE', `/api/boards/${id}/links/nosuchlink123`, token)).status).toBe(404)
		// A link of another board cannot be revoked through this one.
		const foreign = await createLink(server.url, otherBoardId, { role: 'viewer' })
		expect((await call('DELETE', `/api/boards/${id}/links/${foreign.id}`, token)).status).toBe(404)
	})

	it.each([
		['an unknown role', { role: 'owner' }, 'role'],
		['a missing role', {}, 'role'],
		['a label over 40 characters', { role: 'viewer', label: 'x'.repeat(41) }, 'label'],
		['an expiry in the past', { role: 'viewer', expiresAt: Date.now() - 1000 }, 'expiresAt'],
		['an expiry that is not a number', { role: 'viewer', expiresAt: 'tomorrow' }, 'expiresAt'],
		['an unknown field', { role: 'viewer', token: 'mine' }, 'token'],
	])('refuses %s with 400', async (_what, body, field) => {
		const res = await call('POST', `/api/boards/${boardId}/links`, facilitator, json(body))
		expect(res.status).toBe(400)
		expect(res.code).toBe('invalid_body')
		expect(res.text).toContain(field)
	})

	it('an expired link is refused over REST (401 link_expired) and WebSocket (4412)', async () => {
		const link = await createLink(server.url, boardId, { role: 'editor', expiresAt: Date.now() + 300 })
		expect((await call('GET', `/api/boards/${boardId}`, link.token)).status).toBe(200)
		await new Promise((r) => setTimeout(r, 400))
		const res = await call('GET', `/api/boards/${boardId}`, link.token)
		expect(res.status).toBe(401)
		expect(res.code).toBe('link_expired')
		const ws = new WebSocket(syncUrl(server.port, boardId, link.token))
		cleanups.push(() => ws.terminate())
		const closed = await whenClosed(ws)
		expect(closed.code).toBe(CloseCode.linkRevoked)
		expect(closed.reason).toBe('link expired')
	})

	it('a live socket is closed with 4412 when its link expires', async () => {
		const link = await createLink(server.url, boardId, { role: 'viewer', expiresAt: Date.now() + 500 })
		const ws = new WebSocket(syncUrl(server.port, boardId, link.token))
		cleanups.push(() => ws.terminate())
		await new Promise((r) => ws.once('message', r))
		expect((await whenClosed(ws)).code).toBe(CloseCode.linkRevoked)
	})

	it('revoking a link closes the official client’s socket within a second with 4412; other links stay', async () => {
		const link = await createLink(server.url, boardId, { role: 'editor', label: '临时' })
		const doc = new Y.Doc()
		const provider = connectClient(server.port, boardId, doc, link.token)
		cleanups.push(() => provider.destroy())
		const stay = connectClient(server.port, boardId, new Y.Doc(), facilitator)
		cleanups.push(() => stay.destroy())
		await Promise.all([whenSynced(provider), whenSynced(stay)])
		const closed = new Promise<{ code: number; reason: string; at: number }>((resolve) => {
			provider.on('connection-close', (event) => {
				if (event) resolve({ code: event.code, reason: event.reason, at: Date.now() })
			})
		})
		const started = Date.now()
		const del = await fetch(`${server.url}/api/boards/${boardId}/links/${link.id}`, {
			method: 'DELETE',
			headers: bearer(facilitator),
		})
		expect(del.status).toBe(204)
		const event = await closed
		expect(event.code).toBe(CloseCode.linkRevoked)
		expect(event.reason).toBe('link revoked')
		expect(event.at - started).toBeLessThan(1000)
		provider.destroy()
		expect(stay.wsconnected).toBe(true)
		// Reconnecting with the revoked link is refused.
		const again = new WebSocket(syncUrl(server.port, boardId, link.token))
		cleanups.push(() => again.terminate())
		expect((await whenClosed(again)).code).toBe(CloseCode.linkRevoked)
	})
})

describe('sync socket access', () => {
	it('no token → 4401, unknown token → 4401, another board’s token → 4403', async () => {
		for (const [token, code] of [
			[undefined, CloseCode.unauthorized],
			['nope', CloseCode.unauthorized],
			[boardToken(otherBoardId), CloseCode.forbidden],
		] as const) {
			const ws = new WebSocket(syncUrl(server.port, boardId, token))
			cleanups.push(() => ws.terminate())
			const closed = await whenClosed(ws)
			expect(closed.code).toBe(code)
			expect(closed.reason).not.toBe('')
		}
		// Without a token, an unknown board is refused the same way as a real one.
		const ws = new WebSocket(syncUrl(server.port, 'no-such-board-123'))
		cleanups.push(() => ws.terminate())
		expect((await whenClosed(ws)).code).toBe(CloseCode.unauthorized)
	})
})

describe('token storage', () => {
	it('stores only hashes: no token appears in the database files', async () => {
		const link = await createLink(server.url, boardId, { role: 'viewer', label: '查库' })
		await server.storage.touchLink(link.id, Date.now())
		const files = fs.readdirSync(server.dataDir).filter((f) => f.startsWith('niudai.sqlite'))
		expect(files.length).toBeGreaterThan(0)
		const bytes = Buffer.concat(files.map((f) => fs.readFileSync(path.join(server.dataDir, f))))
		for (const token of [link.token, facilitator, editor, viewer]) {
			expect(bytes.includes(Buffer.from(token))).toBe(false)
		}
		expect(bytes.includes(Buffer.from('查库'))).toBe(true)
	})
})
