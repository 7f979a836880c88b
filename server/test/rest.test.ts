import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BoardSummary } from '../../shared/apiTypes'
import type { RunningServer } from '../createServer'
import { bearer, startTestServer, TEST_ADMIN_TOKEN, tokenFromUrl } from './testServer'

let server: RunningServer
beforeAll(async () => {
	server = await startTestServer()
})
afterAll(() => server.close())

async function req(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
	const res = await fetch(`${server.url}${path}`, {
		method,
		headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
		body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
	})
	const text = await res.text()
	let json: unknown = null
	try {
		json = JSON.parse(text)
	} catch {
		// not JSON
	}
	return {
		status: res.status,
		json: json as Record<string, unknown> & { error?: { code: string; message: string } },
		text,
	}
}

describe('boards REST API', () => {
	it('creates a board: 201 with id, title and the url a browser opens', async () => {
		const res = await req('POST', '/api/boards', { title: '  C社区 2025 规划  ' })
		expect(res.status).toBe(201)
		const board = res.json as unknown as BoardSummary
		expect(board.title).toBe('C社区 2025 规划')
		expect(board.role).toBe('facilitator')
		expect(board.url).toMatch(new RegExp(`^/b/${board.id}\\?t=[A-Za-z0-9_-]{43}$`))
		expect(board.id).toMatch(/^[A-Za-z0-9_-]{16}$/)
		const read = await req('GET', `/api/boards/${board.id}`, undefined, bearer(tokenFromUrl(board.url)))
		expect(read.json).toMatchObject({ id: board.id, url: `/b/${board.id}`, role: 'facilitator' })
	})

	it('lists, reads, renames, moves to trash and restores', async () => {
		const { json } = await req('POST', '/api/boards', { title: 'lifecycle' })
		const id = json.id as string
		const as = bearer(tokenFromUrl(json.url as string))
		const admin = bearer(TEST_ADMIN_TOKEN)
		expect((await req('GET', `/api/boards/${id}`, undefined, as)).json.title).toBe('lifecycle')
		expect((await req('PATCH', `/api/boards/${id}`, { title: 'renamed' }, as)).json.title).toBe('renamed')
		const list = (await req('GET', '/api/boards', undefined, admin)).json.boards as BoardSummary[]
		expect(list.some((b) => b.id === id && b.title === 'renamed')).toBe(true)

		const del = await req('DELETE', `/api/boards/${id}`, undefined, as)
		expect(del.status).toBe(200)
		expect(del.json.deletedAt).toEqual(expect.any(Number))
		const live = (await req('GET', '/api/boards', undefined, admin)).json.boards as BoardSummary[]
		expect(live.some((b) => b.id === id)).toBe(false)
		const trash = (await req('GET', '/api/boards?trash=1', undefined, admin)).json.boards as BoardSummary[]
		expect(trash.some((b) => b.id === id)).toBe(true)
		// A board in the trash can still be read with its link (so its page can offer to restore it).
		expect((await req('GET', `/api/boards/${id}`, undefined, as)).json.deletedAt).toEqual(expect.any(Number))
		expect((await req('DELETE', `/api/boards/${id}`, undefined, as)).status).toBe(409)

		const restored = await req('POST', `/api/boards/${id}/restore`, undefined, as)
		expect(restored.status).toBe(200)
		expect(restored.json.deletedAt).toBeNull()
		expect((await req('POST', `/api/boards/${id}/restore`, undefined, as)).status).toBe(409)
	})

	it.each([
		['a missing title', {}, 'title'],
		['an empty title', { title: '   ' }, 'title must not be empty'],
		['a title of the wrong type', { title: 42 }, 'title must be a string'],
		['a title that is too long', { title: 'x'.repeat(500) }, 'at most 120'],
		['a title with control characters', { title: 'a\u0000b' }, 'control characters'],
		['an unknown field', { title: 'ok', admin: true }, 'admin'],
		['an array body', [1, 2], '(root)'],
	])('refuses %s with a 400 that says what is wrong', async (_what, body, expected) => {
		const res = await req('POST', '/api/boards', body)
		expect(res.status).toBe(400)
		expect(res.json.error?.code).toBe('invalid_body')
		expect(res.json.error?.message).toContain(expected)
	})

	it('refuses malformed JSON with a 400, not a 500', async () => {
		const res = await req('POST', '/api/boards', '{"title": ')
		expect(res.status).toBe(400)
		expect(res.json.error?.code).toBe('invalid_json')
		expect(res.text).not.toContain('at ')
	})

	it('refuses a body that is too large with 413', async () => {
		const res = await req('POST', '/api/boards', { title: 'x'.repeat(2 * 1024 * 1024) })
		expect(res.status).toBe(413)
	})

	it('answers unknown boards and routes with JSON 404s', async () => {
		for (const path of ['/api/boards/nosuchboard123', '/api/boards/..%2F..%2Fetc', '/api/nothing']) {
			const res = await req('GET', path, undefined, bearer(TEST_ADMIN_TOKEN))
			expect(res.status).toBe(404)
			expect(res.json.error?.message).toBeTruthy()
		}
		expect((await req('PATCH', '/api/boards/nosuchboard123', { title: 'x' }, bearer(TEST_ADMIN_TOKEN))).status).toBe(
			404,
		)
		// Without a token nobody learns whether a board exists.
		expect((await req('GET', '/api/boards/nosuchboard123')).status).toBe(401)
	})

	it('reports health', async () => {
		const res = await req('GET', '/healthz')
		expect(res.status).toBe(200)
		expect(res.json.ok).toBe(true)
	})
})

describe('asset uploads', () => {
	const png = Buffer.from(
		'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
		'base64',
	)

	it('stores an image beside the board and serves it back', async () => {
		const { json } = await req('POST', '/api/boards', { title: 'assets' })
		const id = json.id as string
		const token = tokenFromUrl(json.url as string)
		const up = await fetch(`${server.url}/api/boards/${id}/assets?name=dot.png`, {
			method: 'POST',
			headers: bearer(token, { 'content-type': 'image/png' }),
			body: png,
		})
		expect(up.status).toBe(201)
		const { url } = (await up.json()) as { url: string }
		expect(url).toMatch(new RegExp(`^/api/boards/${id}/assets/`))
		expect((await fetch(`${server.url}${url}`)).status).toBe(401)
		const got = await fetch(`${server.url}${url}?t=${token}`)
		expect(got.status).toBe(200)
		expect(got.headers.get('content-type')).toBe('image/png')
		expect(Buffer.from(await got.arrayBuffer()).equals(png)).toBe(true)
	})

	it('refuses an unsupported type, an empty body and an unknown board', async () => {
		const { json } = await req('POST', '/api/boards', { title: 'assets 2' })
		const id = json.id as string
		const token = tokenFromUrl(json.url as string)
		const html = await fetch(`${server.url}/api/boards/${id}/assets`, {
			method: 'POST',
			headers: bearer(token, { 'content-type': 'text/html' }),
			body: '<script>alert(1)</script>',
		})
		expect(html.status).toBe(415)
		expect(((await html.json()) as { error: { message: string } }).error.message).toContain('text/html')
		const empty = await fetch(`${server.url}/api/boards/${id}/assets`, {
			method: 'POST',
			headers: bearer(token, { 'content-type': 'image/png' }),
		})
		expect(empty.status).toBe(400)
		const unknown = await fetch(`${server.url}/api/boards/nosuchboard123/assets`, {
			method: 'POST',
			headers: bearer(TEST_ADMIN_TOKEN, { 'content-type': 'image/png' }),
			body: png,
		})
		expect(unknown.status).toBe(404)
	})
})
