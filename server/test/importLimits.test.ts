import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { IMPORT_LIMITS } from '../../shared/import/importLimits'
import type { ImportErrorBody, ImportProblem } from '../../shared/import/importTypes'
import type { RunningServer } from '../createServer'
import { XLSX_CONTENT_TYPE } from '../rest/importRouter'
import { apiFetch, createBoard, startTestServer } from './testServer'

let server: RunningServer
let boardId: string
beforeAll(async () => {
	server = await startTestServer()
	boardId = await createBoard(server.url, '导入上限')
})
afterAll(() => server.close())

async function importInto(
	body: Uint8Array | string,
	contentType: string,
	query = '',
): Promise<{ status: number; json: ImportErrorBody; bytes: number; ms: number }> {
	const started = performance.now()
	const res = await apiFetch(`${server.url}/api/boards/${boardId}/import${query}`, {
		method: 'POST',
		headers: { 'content-type': contentType },
		body: typeof body === 'string' ? body : Buffer.from(body),
	})
	const text = await res.text()
	return {
		status: res.status,
		json: JSON.parse(text) as ImportErrorBody,
		bytes: text.length,
		ms: performance.now() - started,
	}
}

/**
 * Runs `during` while polling `GET /api/time` every 20 ms and timing the event loop
 * (this test process is the server's): how long the longest `/api/time` answer and the
 * longest gap between 10 ms ticks were.
 */
async function whileServing<T>(
	during: () => Promise<T>,
): Promise<{ result: T; answers: number; slowestMs: number; maxGapMs: number }> {
	let maxGap = 0
	let last = performance.now()
	const ticker = setInterval(() => {
		const now = performance.now()
		maxGap = Math.max(maxGap, now - last)
		last = now
	}, 10)
	let done = false
	let answers = 0
	let slowest = 0
	const poll = (async () => {
		while (!done) {
			const started = performance.now()
			const res = await fetch(`${server.url}/api/time`)
			expect(res.status).toBe(200)
			expect(typeof ((await res.json()) as { now: unknown }).now).toBe('number')
			slowest = Math.max(slowest, performance.now() - started)
			answers++
			await new Promise((r) => setTimeout(r, 20))
		}
	})()
	try {
		const result = await during()
		return { result, answers, slowestMs: slowest, maxGapMs: maxGap }
	} finally {
		done = true
		clearInterval(ticker)
		await poll
	}
}

describe('hostile import files are refused early, off the event loop', () => {
	it('a 6.5 KB xlsx with cells at A1, GR1 and A100000 is a quick 422 naming the limit while the server keeps answering', async () => {
		const wb = new ExcelJS.Workbook()
		const sheet = wb.addWorksheet('需求清单')
		sheet.getCell('A1').value = '名称'
		sheet.getCell('GR1').value = '紧迫程度'
		sheet.getCell('A100000').value = '助餐'
		const xlsx = new Uint8Array(await wb.xlsx.writeBuffer())
		expect(xlsx.byteLength).toBeLessThan(10_000)

		const { result, answers, slowestMs } = await whileServing(() => importInto(xlsx, XLSX_CONTENT_TYPE))
		console.info(
			`hostile xlsx (${xlsx.byteLength} bytes): ${result.status} in ${result.ms.toFixed(0)} ms; /api/time answered ${answers}× meanwhile, slowest ${slowestMs.toFixed(0)} ms`,
		)
		expect(result.status).toBe(422)
		expect(result.json.error.code).toBe('import_too_large')
		// GR is column 200: the first limit the file passes is the columns of row 1.
		expect(result.json.error.message).toMatch(/sheet 需求清单 has more than 100 columns \(limit\)/i)
		expect(result.json.error.problems).toEqual([
			expect.objectContaining({ sheet: '需求清单', row: 1, limit: 'columns' }),
		])
		expect((result.json.error.problems[0] as ImportProblem).message.zh).toMatch(/超过 100 列（上限）/)
		expect(result.ms).toBeLessThan(3000)
		expect(answers).toBeGreaterThan(0)

		// Within the columns, the row is the limit: A1 and A100000 alone.
		const tall = new ExcelJS.Workbook()
		const tallSheet = tall.addWorksheet('需求清单')
		tallSheet.getCell('A1').value = '名称'
		tallSheet.getCell('A100000').value = '助餐'
		const refused = await importInto(new Uint8Array(await tall.xlsx.writeBuffer()), XLSX_CONTENT_TYPE)
		expect(refused.status).toBe(422)
		expect(refused.json.error.message).toMatch(/sheet 需求清单 has more than 20,000 rows \(limit\)/i)
		expect(refused.ms).toBeLessThan(3000)
	})

	it('reads a large workbook in the worker: the event loop never stalls, and 8,000 problems answer as the first 100 and a count', async () => {
		const wb = new ExcelJS.Workbook()
		const sheet = wb.addWorksheet('需求清单')
		sheet.addRow(['名称', '服务对象', '紧迫程度', '受益人数', '说明', '备注1', '备注2', '备注3', '备注4', '备注5'])
		for (let i = 1; i <= 8000; i++) {
			sheet.addRow([`需求${i}`, '老年人', '非常紧急', i, `第 ${i} 条说明`, 'a', 'b', 'c', 'd', 'e'])
		}
		const xlsx = new Uint8Array(await wb.xlsx.writeBuffer())

		const { result, answers, maxGapMs } = await whileServing(() => importInto(xlsx, XLSX_CONTENT_TYPE))
		console.info(
			`8,000-row xlsx (${(xlsx.byteLength / 1024).toFixed(0)} KB): ${result.status} in ${result.ms.toFixed(0)} ms, ${result.bytes} bytes of answer; event loop max gap ${maxGapMs.toFixed(0)} ms; /api/time answered ${answers}×`,
		)
		expect(result.status).toBe(422)
		expect(result.json.error.code).toBe('import_invalid')
		expect(result.json.error.problemCount).toBe(8000)
		expect(result.json.error.problems).toHaveLength(100)
		expect(result.json.error.problems[99]).toMatchObject({ sheet: '需求清单', row: 101, column: '紧迫程度' })
		expect(result.json.error.message).toMatch(/^The file was not imported: 8000 problems\. .*\(and 7997 more\)$/)
		expect(result.bytes).toBeLessThan(40_000)
		// Parsed on the event loop, this workbook is one gap of about a second.
		expect(maxGapMs).toBeLessThan(250)
		expect(answers).toBeGreaterThan(2)
	})

	it('a csv of 20 MB of line breaks is refused at the row limit in well under a second of work', async () => {
		const csv = '\n'.repeat(20 * 1024 * 1024)
		const { status, json, ms } = await importInto(csv, 'text/csv', '?list=needs')
		console.info(`20 MB of line breaks: ${status} in ${ms.toFixed(0)} ms (upload included)`)
		expect(status).toBe(422)
		expect(json.error.code).toBe('import_too_large')
		expect(json.error.message).toMatch(
			new RegExp(`sheet 需求清单 has more than ${IMPORT_LIMITS.rows.toLocaleString('en-US')} rows \\(limit\\)`, 'i'),
		)
		expect(json.error.problems).toEqual([
			expect.objectContaining({ sheet: '需求清单', row: IMPORT_LIMITS.rows + 1, limit: 'rows' }),
		])
		expect(ms).toBeLessThan(3000)
	})

	it('a csv row wider than the column limit, and a field longer than a cell may be, name their limit and row', async () => {
		const wide = `名称,服务对象,紧迫程度\r\n${Array.from({ length: 500 }, (_, i) => `f${i}`).join(',')}\r\n`
		const refused = await importInto(wide, 'text/csv', '?list=needs')
		expect(refused.status).toBe(422)
		expect(refused.json.error.message).toMatch(/sheet 需求清单 has more than 100 columns \(limit\) in row 2/i)
		expect(refused.json.error.problems).toEqual([expect.objectContaining({ row: 2, limit: 'columns' })])

		const long = `名称,服务对象,紧迫程度\r\n"${'长'.repeat(40_000)}",老年人,高\r\n`
		const tooLong = await importInto(long, 'text/csv', '?list=needs')
		expect(tooLong.status).toBe(422)
		expect(tooLong.json.error.message).toMatch(/has a cell of more than 32,767 characters \(limit\) in row 2/)
	})

	it('a csv with 500 bad rows answers the first 100 problems and the count', async () => {
		const rows = Array.from({ length: 500 }, (_, i) => `需求${i},老年人,非常紧急`)
		const { status, json, bytes } = await importInto(
			`名称,服务对象,紧迫程度\r\n${rows.join('\r\n')}\r\n`,
			'text/csv',
			'?list=needs',
		)
		expect(status).toBe(422)
		expect(json.error.code).toBe('import_invalid')
		expect(json.error.problemCount).toBe(500)
		expect(json.error.problems).toHaveLength(100)
		expect(json.error.problems[0]).toMatchObject({ sheet: '需求清单', row: 2, column: '紧迫程度' })
		expect(json.error.message).toMatch(/500 problems.*\(and 497 more\)/)
		expect(bytes).toBeLessThan(40_000)
	})
})
