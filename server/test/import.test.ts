import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { BoardSummary } from '../../shared/apiTypes'
import type { ImportErrorBody, ImportProblem, ImportResult } from '../../shared/import/importTypes'
import type { Plan } from '../../shared/plan/planTypes'
import { getYRecords } from '../../shared/ydocLayout'
import type { RunningServer } from '../createServer'
import { XLSX_CONTENT_TYPE } from '../rest/importRouter'
import { apiFetch, bearer, connectClient, startTestServer, TEST_ADMIN_TOKEN, whenDoc, whenSynced } from './testServer'

let server: RunningServer
beforeAll(async () => {
	server = await startTestServer()
})
afterAll(() => server.close())

async function createBoard(title: string, template?: string): Promise<string> {
	const res = await apiFetch(`${server.url}/api/boards`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(template ? { title, template } : { title }),
	})
	expect(res.status).toBe(201)
	return ((await res.json()) as BoardSummary).id
}

async function getPlan(id: string): Promise<Plan> {
	const res = await apiFetch(`${server.url}/api/boards/${id}/plan`)
	expect(res.status).toBe(200)
	return (await res.json()) as Plan
}

async function exportFile(id: string, query: string): Promise<Uint8Array> {
	const res = await apiFetch(`${server.url}/api/boards/${id}/export?${query}`)
	expect(res.status).toBe(200)
	return new Uint8Array(await res.arrayBuffer())
}

async function recordCount(id: string): Promise<number> {
	const file = JSON.parse(Buffer.from(await exportFile(id, 'format=json')).toString('utf8')) as { records: unknown[] }
	return file.records.length
}

async function importInto(
	id: string,
	body: Uint8Array | string,
	contentType: string,
	query = '',
): Promise<{ status: number; json: unknown }> {
	const res = await apiFetch(`${server.url}/api/boards/${id}/import${query}`, {
		method: 'POST',
		headers: { 'content-type': contentType },
		body: typeof body === 'string' ? body : Buffer.from(body),
	})
	return { status: res.status, json: await res.json() }
}

/** What a plan says without ids and derived ids, to compare two boards. */
function planContent(plan: Plan) {
	return {
		needs: plan.needs.map(({ id: _i, servedByIds: _s, sourceIds: _r, ...rest }) => rest),
		resources: plan.resources.map(({ id: _i, allocatedToIds: _a, providedByIds: _p, ...rest }) => rest),
		projects: plan.projects.map(({ id: _i, servesIds: _s, resourceIds: _r, ...rest }) => rest),
		actors: plan.actors.map(({ id: _i, ...rest }) => rest),
		matches: plan.matches.map(({ id: _i, fromId: _f, toId: _t, ...rest }) => rest),
	}
}

async function workbook(sheets: Record<string, string[][]>): Promise<Uint8Array> {
	const wb = new ExcelJS.Workbook()
	for (const [name, rows] of Object.entries(sheets)) {
		const sheet = wb.addWorksheet(name)
		for (const row of rows) sheet.addRow(row)
	}
	return new Uint8Array(await wb.xlsx.writeBuffer())
}

describe('import over REST', () => {
	it('xlsx export of the example → import into a full-cycle board: the same plan, without loss', async () => {
		const source = await createBoard('示例', 'example')
		const xlsx = await exportFile(source, 'format=xlsx')
		const target = await createBoard('导入', 'full-cycle')
		const { status, json } = await importInto(target, xlsx, XLSX_CONTENT_TYPE)
		expect(status, JSON.stringify(json)).toBe(200)
		const before = await getPlan(source)
		const after = await getPlan(target)
		expect((json as ImportResult).added).toEqual({
			needs: before.needs.length,
			resources: before.resources.length,
			projects: before.projects.length,
			actors: before.actors.length,
			links: before.matches.length,
		})
		expect(before.needs.length).toBeGreaterThan(0)
		expect(planContent(after)).toEqual(planContent(before))
	})

	it('an English xlsx export (English sheets, headers and labels) imports back the same', async () => {
		const source = await createBoard('Example', 'example')
		const xlsx = await exportFile(source, 'format=xlsx&lang=en')
		const target = await createBoard('Imported', 'full-cycle')
		const { status, json } = await importInto(target, xlsx, XLSX_CONTENT_TYPE)
		expect(status, JSON.stringify(json)).toBe(200)
		expect(planContent(await getPlan(target))).toEqual(planContent(await getPlan(source)))
	})

	it('xlsx cells that look like formulas are exported as neutralised text and imported back as typed', async () => {
		const id = await createBoard('注入', 'full-cycle')
		const csv = '名称,服务对象,紧迫程度,说明\r\n"\'=HYPERLINK(""http://x"",""y"")",老年人,高,"\'+1"\r\n'
		expect((await importInto(id, csv, 'text/csv', '?list=needs')).status).toBe(200)
		const xlsx = await exportFile(id, 'format=xlsx')
		const wb = new ExcelJS.Workbook()
		await wb.xlsx.load(Buffer.from(xlsx) as never)
		const sheet = wb.getWorksheet('需求清单')
		expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
		expect(sheet?.getRow(1).font?.bold).toBe(true)
		const cell = sheet?.getRow(2).getCell(1)
		expect(cell?.type).toBe(ExcelJS.ValueType.String)
		expect(cell?.value).toBe('\'=HYPERLINK("http://x","y")')
		const other = await createBoard('回读', 'full-cycle')
		expect((await importInto(other, xlsx, XLSX_CONTENT_TYPE)).status).toBe(200)
		expect((await getPlan(other)).needs[0]).toMatchObject({ title: '=HYPERLINK("http://x","y")', description: '+1' })
	})

	it('a bad workbook is a 422 listing each problem by sheet, row and column, and the board is unchanged', async () => {
		const id = await createBoard('坏文件', 'full-cycle')
		const count = await recordCount(id)
		const bad = await workbook({
			需求清单: [
				['名称', '服务对象', '紧迫程度'],
				['助餐', '老年人', '高'],
				['理发', '老年人', '非常紧急'],
			],
			资源清单: [
				['属性', '类型', '提供方', '数量', '单位'],
				['政府', '资金', '街道', '10', '元'],
			],
		})
		const { status, json } = await importInto(id, bad, XLSX_CONTENT_TYPE)
		expect(status).toBe(422)
		const { error } = json as ImportErrorBody
		expect(error.code).toBe('import_invalid')
		expect(error.message).toMatch(/2 problems/)
		const problems = error.problems as ImportProblem[]
		expect(problems.map(({ sheet, row, column }) => ({ sheet, row, column }))).toEqual([
			{ sheet: '需求清单', row: 3, column: '紧迫程度' },
			{ sheet: '资源清单', row: 1, column: '名称' },
		])
		for (const p of problems) {
			expect(p.message.zh).toMatch(/\S/)
			expect(p.message.en).toMatch(/\S/)
		}
		expect(await recordCount(id)).toBe(count)
	})

	it('imports one csv list (UTF-8 with BOM) and links from a csv 匹配表 by name', async () => {
		const id = await createBoard('CSV', 'full-cycle')
		const needs = '\uFEFF名称,服务对象,紧迫程度,受益人数\r\n老年助餐,老年人,高,"1,200"\r\n青少年托管,青少年,中,70万\r\n'
		const first = await importInto(id, needs, 'text/csv; charset=utf-8', '?list=needs')
		expect(first.status, JSON.stringify(first.json)).toBe(200)
		expect((first.json as ImportResult).added).toEqual({ needs: 2, resources: 0, projects: 0, actors: 0, links: 0 })
		const resources = '名称,属性,类型,提供方,数量,单位\r\n社区食堂,市场,场地空间,餐饮企业,1,处\r\n'
		expect((await importInto(id, resources, 'text/csv', '?list=resources')).status).toBe(200)
		const matches = '资源,需求,项目,机制,数量,单位\r\n社区食堂,老年助餐,,市场机制,1,处\r\n'
		const linked = await importInto(id, matches, 'text/csv', '?list=matches')
		expect(linked.status, JSON.stringify(linked.json)).toBe(200)
		expect((linked.json as ImportResult).added.links).toBe(1)
		const plan = await getPlan(id)
		expect(plan.needs.find((n) => n.title === '老年助餐')).toMatchObject({ beneficiaries: 1200, urgency: 'high' })
		expect(plan.matches).toEqual([
			expect.objectContaining({ from: '社区食堂', to: '老年助餐', mechanism: 'market', quantity: 1, unit: '处' }),
		])
		// An unknown name in the 匹配表 is refused as a whole.
		const unknown = await importInto(id, '资源,需求,机制\r\n没有,老年助餐,\r\n', 'text/csv', '?list=matches')
		expect(unknown.status).toBe(422)
		expect((unknown.json as ImportErrorBody).error.problems).toEqual([
			expect.objectContaining({ sheet: '匹配表', row: 2, column: '资源' }),
		])
	})

	it('refuses what it cannot read with a clear 4xx', async () => {
		const id = await createBoard('x')
		expect((await importInto(id, 'a,b', 'text/csv')).status).toBe(400)
		expect((await importInto(id, 'a,b', 'text/csv', '?list=nope')).status).toBe(400)
		expect((await importInto(id, '{}', 'application/json')).status).toBe(415)
		expect((await importInto(id, '', XLSX_CONTENT_TYPE)).status).toBe(400)
		const notZip = await importInto(id, 'not a workbook', XLSX_CONTENT_TYPE)
		expect(notZip.status).toBe(422)
		expect((notZip.json as ImportErrorBody).error.code).toBe('import_invalid')
		const missing = await apiFetch(`${server.url}/api/boards/nosuchboard123/import?list=needs`, {
			method: 'POST',
			headers: bearer(TEST_ADMIN_TOKEN, { 'content-type': 'text/csv' }),
			body: 'a',
		})
		expect(missing.status).toBe(404)
	})

	it('json export → POST /api/boards/import → a new board with the same records; an old .tldr with its cards, a new one as drawn shapes', async () => {
		const source = await createBoard('源', 'example')
		const json = Buffer.from(await exportFile(source, 'format=json')).toString('utf8')
		const res = await apiFetch(`${server.url}/api/boards/import`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: json,
		})
		expect(res.status).toBe(201)
		const board = (await res.json()) as BoardSummary
		expect(board).toMatchObject({ title: '源', role: 'facilitator' })
		expect(board.url).toMatch(new RegExp(`^/b/${board.id}\\?t=[A-Za-z0-9_-]{43}$`))
		expect(await recordCount(board.id)).toBe(await recordCount(source))

		// A .tldr exported by an earlier version (Niudai's own shapes in tldraw's wrapper) still opens with its cards.
		const oldTldr = JSON.stringify({ ...JSON.parse(json), niudai: undefined, tldrawFileFormatVersion: 1 })
		const fromOld = await apiFetch(`${server.url}/api/boards/import?title=${encodeURIComponent('旧 tldr')}`, {
			method: 'POST',
			headers: { 'content-type': 'application/octet-stream' },
			body: oldTldr,
		})
		expect(fromOld.status).toBe(201)
		const old = (await fromOld.json()) as BoardSummary
		expect(await recordCount(old.id)).toBe(await recordCount(source))
		expect(planContent(await getPlan(old.id))).toEqual(planContent(await getPlan(source)))

		// Today's .tldr (tldraw's own shapes, for tldraw.com) opens as a board of drawn shapes: no cards.
		const tldr = Buffer.from(await exportFile(source, 'format=tldr')).toString('utf8')
		const fromTldr = await apiFetch(`${server.url}/api/boards/import?title=${encodeURIComponent('来自 tldr')}`, {
			method: 'POST',
			headers: { 'content-type': 'application/octet-stream' },
			body: tldr,
		})
		expect(fromTldr.status).toBe(201)
		const other = (await fromTldr.json()) as BoardSummary
		expect(other.title).toBe('来自 tldr')
		expect(await recordCount(other.id)).toBe(await recordCount(source))
		const drawn = await getPlan(other.id)
		expect(drawn.needs).toHaveLength(0)
		expect(drawn.projects).toHaveLength(0)

		const broken = await apiFetch(`${server.url}/api/boards/import`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({
				...JSON.parse(json),
				records: [...JSON.parse(json).records, { id: 'shape:x', typeName: 'shape', type: 'need' }],
			}),
		})
		expect(broken.status).toBe(422)
		expect((await broken.json()) as ImportErrorBody).toMatchObject({
			error: { code: 'import_invalid', problems: [expect.objectContaining({ record: 'shape:x' })] },
		})
	})

	it('a connected client receives the imported cards live', async () => {
		const id = await createBoard('直播', 'full-cycle')
		const doc = new Y.Doc()
		const provider = connectClient(server.port, id, doc)
		try {
			await whenSynced(provider)
			const records = getYRecords(doc)
			const csv = '名称,服务对象,紧迫程度\r\n实时导入的需求,居民,低\r\n'
			const arrived = whenDoc(doc, () =>
				[...records.values()].some(
					(r) => (r.get('props') as Y.Map<unknown> | undefined)?.get('title') === '实时导入的需求',
				),
			)
			expect((await importInto(id, csv, 'text/csv', '?list=needs')).status).toBe(200)
			await arrived
		} finally {
			provider.destroy()
			doc.destroy()
		}
	})
})
