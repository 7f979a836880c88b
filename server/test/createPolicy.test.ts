import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiErrorBody } from '../../shared/apiTypes'
import { createBoardSchema } from '../../shared/boardSchema'
import { createPolicyFromEnv } from '../auth/requireCreator'
import type { RunningServer } from '../createServer'
import { bearer, startTestServer, TEST_ADMIN_TOKEN } from './testServer'

const json = { 'content-type': 'application/json' }

async function post(
	url: string,
	body: string,
	headers: Record<string, string> = json,
): Promise<{ status: number; body: unknown; bytes: number }> {
	const res = await fetch(url, { method: 'POST', headers, body })
	const text = await res.text()
	return { status: res.status, body: JSON.parse(text), bytes: text.length }
}

/** A minimal Niudai board file (the importer adds the document and page records). */
function boardFile(records: unknown[] = []): string {
	return JSON.stringify({ niudai: 1, title: '导入', schema: createBoardSchema().serialize(), records })
}

describe('CREATE_POLICY=token: creating boards needs the admin token', () => {
	let server: RunningServer
	beforeAll(async () => {
		server = await startTestServer({ createPolicy: 'token' })
	})
	afterAll(() => server.close())

	it('refuses POST /api/boards without a token (401) and with another token (403), allows it with the admin token', async () => {
		const none = await post(`${server.url}/api/boards`, JSON.stringify({ title: '无令牌' }))
		expect(none.status).toBe(401)
		expect((none.body as ApiErrorBody).error.code).toBe('creation_restricted')
		expect((none.body as ApiErrorBody).error.message).toMatch(/needs the admin token \(CREATE_POLICY=token\)/)

		const admin = await post(
			`${server.url}/api/boards`,
			JSON.stringify({ title: '管理员' }),
			bearer(TEST_ADMIN_TOKEN, json),
		)
		expect(admin.status).toBe(201)
		const board = admin.body as { id: string; url: string }
		const facilitatorToken = new URL(board.url, 'http://x').searchParams.get('t') as string

		// A board's own facilitator link is not the admin token.
		const other = await post(
			`${server.url}/api/boards`,
			JSON.stringify({ title: '别的' }),
			bearer(facilitatorToken, json),
		)
		expect(other.status).toBe(403)
		expect((other.body as ApiErrorBody).error.code).toBe('creation_restricted')

		// ?t= works as well as the header.
		const query = await post(`${server.url}/api/boards?t=${TEST_ADMIN_TOKEN}`, JSON.stringify({ title: '查询参数' }))
		expect(query.status).toBe(201)
	})

	it('refuses POST /api/boards/import without the admin token before reading the file, allows it with', async () => {
		const none = await post(`${server.url}/api/boards/import`, boardFile())
		expect(none.status).toBe(401)
		expect((none.body as ApiErrorBody).error.code).toBe('creation_restricted')
		const admin = await post(`${server.url}/api/boards/import`, boardFile(), bearer(TEST_ADMIN_TOKEN, json))
		expect(admin.status, JSON.stringify(admin.body)).toBe(201)
		expect(admin.body).toMatchObject({ title: '导入', role: 'facilitator' })
	})
})

describe('CREATE_POLICY=open (the default)', () => {
	let server: RunningServer
	beforeAll(async () => {
		server = await startTestServer()
	})
	afterAll(() => server.close())

	it('lets anyone create a board and import a board file', async () => {
		expect((await post(`${server.url}/api/boards`, JSON.stringify({ title: '开放' }))).status).toBe(201)
		expect((await post(`${server.url}/api/boards/import`, boardFile())).status).toBe(201)
	})

	it('reads the policy from CREATE_POLICY: unset or empty is open, anything but open|token is refused at start', () => {
		expect(createPolicyFromEnv(undefined)).toBe('open')
		expect(createPolicyFromEnv('')).toBe('open')
		expect(createPolicyFromEnv('token')).toBe('token')
		expect(() => createPolicyFromEnv('closed')).toThrow(/CREATE_POLICY must be one of open, token/)
	})
})
