import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import type { ApiErrorBody } from '../../shared/apiTypes'
import { createBoardSchema } from '../../shared/boardSchema'
import type { ImportErrorBody } from '../../shared/import/importTypes'
import type { RunningServer } from '../createServer'
import { HttpError, parseOrThrow } from '../rest/httpError'
import { startTestServer } from './testServer'

const json = { 'content-type': 'application/json' }

async function post(url: string, body: string): Promise<{ status: number; body: unknown; bytes: number }> {
	const res = await fetch(url, { method: 'POST', headers: json, body })
	const text = await res.text()
	return { status: res.status, body: JSON.parse(text), bytes: text.length }
}

function boardFile(records: unknown[]): string {
	return JSON.stringify({ niudai: 1, title: '导入', schema: createBoardSchema().serialize(), records })
}

describe('error lists from user input are capped: the first 100 and a count', () => {
	let server: RunningServer
	beforeAll(async () => {
		server = await startTestServer()
	})
	afterAll(() => server.close())

	it('a zod 400 lists the first 100 issues, their total in issueCount, ten in the message', () => {
		const schema = z.object({ xs: z.array(z.number()) })
		const error = (() => {
			try {
				parseOrThrow(schema, { xs: Array.from({ length: 1000 }, () => 'x') }, 'body')
			} catch (e) {
				return e
			}
		})() as HttpError
		expect(error).toBeInstanceOf(HttpError)
		expect(error.status).toBe(400)
		expect(error.issues).toHaveLength(100)
		expect(error.issues?.[99].path).toBe('xs.99')
		expect(error.issueCount).toBe(1000)
		expect(error.message).toMatch(/^Invalid body: xs\.0: .*xs\.9: [^;]*\(and 990 more\)$/)
	})

	it('a board file with 3,000 bad records answers the first 100 problems and their count, in a few KB', async () => {
		const records = Array.from({ length: 3000 }, (_, i) => ({ id: `shape:${'x'.repeat(2000)}${i}` }))
		const res = await post(`${server.url}/api/boards/import`, boardFile(records))
		expect(res.status).toBe(422)
		const { error } = res.body as ImportErrorBody
		expect(error.code).toBe('import_invalid')
		expect(error.problemCount).toBe(3000)
		expect(error.problems).toHaveLength(100)
		// Record ids echo what was sent: clipped.
		for (const p of error.problems) expect('record' in p && p.record.length).toBeLessThanOrEqual(300)
		expect(error.message).toMatch(/3000 problems.*\(and 2997 more\)$/)
		expect(res.bytes).toBeLessThan(80_000)
	})

	it('a body with 20,000 unknown keys is a 400 whose issues and message stay small', async () => {
		const body: Record<string, string> = { title: '键' }
		for (let i = 0; i < 20_000; i++) body[`unknown_key_${i}_${'k'.repeat(20)}`] = 'v'
		const res = await post(`${server.url}/api/boards`, JSON.stringify(body))
		expect(res.status).toBe(400)
		const { error } = res.body as ApiErrorBody
		expect(error.code).toBe('invalid_body')
		expect(error.issueCount).toBe(1)
		expect(error.issues?.[0].message.length).toBeLessThanOrEqual(300)
		expect(res.bytes).toBeLessThan(2000)
	})
})
