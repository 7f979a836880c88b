import { createTLSchemaFromUtils } from '@tldraw/editor'
import { defaultBindingUtils, defaultShapeUtils, parseTldrawJsonFile } from '@tldraw/tldraw'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { ApiErrorBody } from '../../shared/apiTypes'
import { richTextPlain } from '../../shared/export/boardToTldrawFile'
import { PLAN_SECTIONS } from '../../shared/export/planToMarkdown'
import { PLAN_INFO_PRIVATE_RECORD } from '../../shared/plan/planInfo'
import type { Plan } from '../../shared/plan/planTypes'
import { getYPrivate } from '../../shared/privateDocLayout'
import { EXAMPLE_ACTORS } from '../../shared/templates/exampleActors'
import { EXAMPLE_ALLOCATIONS, EXAMPLE_PROVIDES, EXAMPLE_SERVES } from '../../shared/templates/exampleLinks'
import { EXAMPLE_NEEDS } from '../../shared/templates/exampleNeeds'
import { EXAMPLE_PROJECTS } from '../../shared/templates/exampleProjects'
import { EXAMPLE_RESOURCES } from '../../shared/templates/exampleResources'
import { getYRecords } from '../../shared/ydocLayout'
import { loadBoardRecords } from '../boards/loadBoardRecords'
import type { RunningServer } from '../createServer'
import { PICTURES_CONTENT_TYPE } from '../rest/exportRouter'
import { makePng } from './makePng'
import { connectPrivateClient, setPrivateProps } from './privateDocClient'
import { apiFetch, bearer, connectClient, startTestServer, TEST_ADMIN_TOKEN, whenDoc, whenSynced } from './testServer'

let server: RunningServer
let boardId: string
const TITLE = 'C社区 2024 计划'
const SECRET = '13800000000 王老师'

async function post(path: string, body: unknown): Promise<Response> {
	return apiFetch(`${server.url}${path}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body),
	})
}

async function getPlan(query = ''): Promise<Plan> {
	const res = await apiFetch(`${server.url}/api/boards/${boardId}/plan${query}`)
	expect(res.status).toBe(200)
	return (await res.json()) as Plan
}

async function exportText(query: string): Promise<{ res: Response; text: string }> {
	const res = await apiFetch(`${server.url}/api/boards/${boardId}/export?${query}`)
	return { res, text: await res.text() }
}

/** Writes a contact into one resource card through real sync clients, in the private document (the rooms stay live). */
async function setContactOnFirstResource(): Promise<void> {
	const doc = new Y.Doc()
	const provider = connectClient(server.port, boardId, doc)
	const privateDoc = new Y.Doc()
	const privateProvider = connectPrivateClient(server.port, boardId, privateDoc)
	try {
		await Promise.all([whenSynced(provider), whenSynced(privateProvider)])
		const records = getYRecords(doc)
		const id = [...records.keys()].find((k) => {
			const r = records.get(k)
			return r?.get('typeName') === 'shape' && r.get('type') === 'resource'
		})
		if (!id) throw new Error('no resource card')
		setPrivateProps(privateDoc, id, { contact: SECRET })
		// Wait until the server's private room has the change.
		const room = server.rooms.peek(boardId, 'private')
		if (!room) throw new Error('private room not loaded')
		await whenDoc(room.doc, () => getYPrivate(room.doc).get(id)?.get('contact') === SECRET)
	} finally {
		provider.destroy()
		privateProvider.destroy()
		doc.destroy()
		privateDoc.destroy()
	}
}

/** Writes the plan's 联系电话 into the board's private document through a real sync client. */
async function setPrivatePlanPhone(phone: string): Promise<void> {
	const privateDoc = new Y.Doc()
	const privateProvider = connectPrivateClient(server.port, boardId, privateDoc)
	try {
		await whenSynced(privateProvider)
		setPrivateProps(privateDoc, PLAN_INFO_PRIVATE_RECORD, { contactPhone: phone })
		const room = server.rooms.peek(boardId, 'private')
		if (!room) throw new Error('private room not loaded')
		await whenDoc(room.doc, () => getYPrivate(room.doc).get(PLAN_INFO_PRIVATE_RECORD)?.get('contactPhone') === phone)
	} finally {
		privateProvider.destroy()
		privateDoc.destroy()
	}
}

beforeAll(async () => {
	server = await startTestServer()
	const res = await post('/api/boards', { title: TITLE, template: 'example' })
	expect(res.status).toBe(201)
	boardId = ((await res.json()) as { id: string }).id
})
afterAll(() => server.close())

describe('GET /api/boards/:id/plan', () => {
	it('derives the example board: every card and link of the case', async () => {
		const plan = await getPlan()
		expect(plan.title).toBe(TITLE)
		expect(plan.needs).toHaveLength(Object.keys(EXAMPLE_NEEDS).length)
		expect(plan.resources).toHaveLength(Object.keys(EXAMPLE_RESOURCES).length)
		expect(plan.actors).toHaveLength(Object.keys(EXAMPLE_ACTORS).length)
		expect(plan.projects).toHaveLength(Object.keys(EXAMPLE_PROJECTS).length)
		expect(plan.metrics.counts.allocations).toBe(EXAMPLE_ALLOCATIONS.length)
		expect(plan.metrics.counts.serves).toBe(EXAMPLE_SERVES.length)
		expect(plan.metrics.counts.provides).toBe(EXAMPLE_PROVIDES.length)
		expect(plan.matches).toHaveLength(EXAMPLE_ALLOCATIONS.length + EXAMPLE_SERVES.length + EXAMPLE_PROVIDES.length)
		expect(plan.metrics.needCoverage.total).toBe(plan.needs.length)
		// One budget for the plan's period: the projects' budgets, never sums of other periods.
		expect(plan.metrics.efficiency.totalBudget).toBe(plan.projects.reduce((s, p) => s + p.budgetTotal, 0))
		expect(plan.metrics.efficiency.totalBudget).toBeGreaterThan(0)
		expect(plan.metrics.efficiency.totalBudget).toBeLessThan(1_000_000)
		expect(plan.warnings.some((w) => w.code === 'linkDangling')).toBe(false)
	})

	it('answers 404 for an unknown board and 400 for a bad query', async () => {
		const missing = await apiFetch(`${server.url}/api/boards/nosuchboard123/plan`, {
			headers: bearer(TEST_ADMIN_TOKEN),
		})
		expect(missing.status).toBe(404)
		const bad = await apiFetch(`${server.url}/api/boards/${boardId}/plan?private=yes`)
		expect(bad.status).toBe(400)
	})
})

describe('GET /api/boards/:id/export', () => {
	it('md: the 项目计划书 with every section heading, as an attachment named after the board', async () => {
		const { res, text } = await exportText('format=md')
		expect(res.status).toBe(200)
		expect(res.headers.get('content-type')).toMatch(/^text\/markdown/)
		const disposition = res.headers.get('content-disposition') ?? ''
		expect(disposition).toMatch(/^attachment;/)
		expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent(`${TITLE}.md`)}`)
		for (const section of PLAN_SECTIONS.filter((s) => s.id !== 'cover')) expect(text).toContain(`## ${section.zh}`)
		expect(text).toContain('青阳课堂')
		const en = await exportText('format=md&lang=en')
		for (const section of PLAN_SECTIONS.filter((s) => s.id !== 'cover')) expect(en.text).toContain(`## ${section.en}`)
	})

	it('csv: UTF-8 with BOM, CRLF and the Chinese headers', async () => {
		const res = await apiFetch(`${server.url}/api/boards/${boardId}/export?format=csv&list=needs`)
		expect(res.status).toBe(200)
		expect(res.headers.get('content-type')).toMatch(/^text\/csv/)
		expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('需求清单'))
		const bytes = new Uint8Array(await res.arrayBuffer())
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
		const text = new TextDecoder().decode(bytes.slice(3))
		const [header] = text.split('\r\n')
		expect(header).toBe('名称,类别,服务对象,受益人数,紧迫程度,来源,提出人,网格/位置,状态,票数,优先级,说明')
		expect(text.split('\r\n').filter(Boolean)).toHaveLength(Object.keys(EXAMPLE_NEEDS).length + 1)
		for (const list of ['resources', 'projects', 'matches', 'actors']) {
			const r = await exportText(`format=csv&list=${list}`)
			expect(r.res.status).toBe(200)
		}
	})

	it('json: the whole board, re-importable, with the schema', async () => {
		const { res, text } = await exportText('format=json')
		expect(res.status).toBe(200)
		const file = JSON.parse(text) as { niudai: number; title: string; schema: unknown; records: unknown[] }
		expect(file.niudai).toBe(1)
		expect(file.title).toBe(TITLE)
		expect(file.schema).toMatchObject({ schemaVersion: 2 })
		const { records } = await loadBoardRecords({ storage: server.storage, rooms: server.rooms }, boardId)
		expect(file.records).toHaveLength(records.length)
		expect(new Set(file.records.map((r) => (r as { id: string }).id))).toEqual(new Set(records.map((r) => r.id)))
		const plan = await getPlan()
		const shapes = file.records.filter((r) => (r as { typeName: string }).typeName === 'shape')
		expect(shapes.length).toBeGreaterThan(plan.needs.length + plan.resources.length + plan.actors.length)
		expect(shapes.filter((r) => (r as { type: string }).type === 'need')).toHaveLength(plan.needs.length)
		expect(res.headers.get('content-disposition')).toContain(encodeURIComponent(`${TITLE}.niudai.json`))
	})

	it('tldr: a file tldraw’s own loader opens, each card a labelled rectangle, each link a bound arrow', async () => {
		const { res, text } = await exportText('format=tldr')
		expect(res.status).toBe(200)
		expect(res.headers.get('content-type')).toMatch(/^application\/vnd\.tldraw\+json/)
		expect(res.headers.get('content-disposition')).toContain(encodeURIComponent(`${TITLE}.tldr`))
		const tldrawSchema = createTLSchemaFromUtils({ shapeUtils: defaultShapeUtils, bindingUtils: defaultBindingUtils })
		const parsed = parseTldrawJsonFile({ schema: tldrawSchema, json: text })
		if (!parsed.ok) throw new Error(`tldraw refused the file: ${JSON.stringify(parsed.error)}`)
		const records = parsed.value.allRecords()
		const texts = records.flatMap((r) =>
			r.typeName === 'shape' && r.type === 'geo' ? [richTextPlain(r.props.richText)] : [],
		)
		const plan = await getPlan()
		for (const need of plan.needs) expect(texts.some((t) => t.startsWith(`需求 · ${need.title}\n`))).toBe(true)
		for (const p of plan.projects) expect(texts.some((t) => t.startsWith(`项目 · ${p.title}\n`))).toBe(true)
		const bindings = records.filter((r) => r.typeName === 'binding')
		expect(bindings).toHaveLength(plan.matches.length * 2)
		const english = await exportText('format=tldr&lang=en')
		expect(english.text).toContain(`Need · ${plan.needs[0].title}`)
	})

	it('xlsx: a workbook', async () => {
		const res = await apiFetch(`${server.url}/api/boards/${boardId}/export?format=xlsx`)
		expect(res.status).toBe(200)
		expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
		const bytes = new Uint8Array(await res.arrayBuffer())
		expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]) // a zip
	})

	it('docx: a Word file, with the canvas picture when POSTed', async () => {
		const res = await apiFetch(`${server.url}/api/boards/${boardId}/export?format=docx`)
		expect(res.status).toBe(200)
		expect(res.headers.get('content-type')).toBe(
			'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		)
		expect(res.headers.get('content-disposition')).toContain(encodeURIComponent(`${TITLE}.docx`))
		const plain = Buffer.from(await res.arrayBuffer())
		expect([...plain.subarray(0, 2)]).toEqual([0x50, 0x4b]) // a zip
		expect(plain.includes('word/document.xml')).toBe(true)
		expect(plain.includes('word/media/')).toBe(false)

		const png = Buffer.from(
			'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
			'base64',
		)
		const withPicture = await apiFetch(`${server.url}/api/boards/${boardId}/export?format=docx`, {
			method: 'POST',
			headers: { 'content-type': 'image/png' },
			body: png,
		})
		expect(withPicture.status).toBe(200)
		expect(Buffer.from(await withPicture.arrayBuffer()).includes('word/media/')).toBe(true)

		const notPng = await apiFetch(`${server.url}/api/boards/${boardId}/export?format=docx`, {
			method: 'POST',
			headers: { 'content-type': 'image/png' },
			body: new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]),
		})
		expect(notPng.status).toBe(400)
		const jpeg = await apiFetch(`${server.url}/api/boards/${boardId}/export?format=docx`, {
			method: 'POST',
			headers: { 'content-type': 'image/jpeg' },
			body: new Uint8Array([0xff, 0xd8, 0xff]),
		})
		expect(jpeg.status).toBe(415)

		// One picture per canvas stage, as JSON: each in 附件 with its caption.
		const stages = await apiFetch(`${server.url}/api/boards/${boardId}/export?format=docx`, {
			method: 'POST',
			headers: { 'content-type': PICTURES_CONTENT_TYPE },
			body: JSON.stringify({
				pictures: [
					{ ref: 'canvas:identification', title: '资源识别', png: Buffer.from(makePng(300, 200)).toString('base64') },
					{ ref: 'canvas:allocation', title: '资源配置', png: Buffer.from(makePng(200, 300)).toString('base64') },
				],
			}),
		})
		expect(stages.status).toBe(200)
		const zip = await JSZip.loadAsync(Buffer.from(await stages.arrayBuffer()))
		expect(Object.keys(zip.files).filter((f) => f.startsWith('word/media/'))).toHaveLength(2)
		const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
		expect(xml).toContain('图1　资源识别')
		expect(xml).toContain('图2　资源配置')
		for (const bad of [
			'{',
			JSON.stringify({ pictures: [{ ref: 'http://x', title: 't', png: '' }] }),
			JSON.stringify({ pictures: [{ ref: 'canvas:a', title: 't', png: Buffer.from('not a png').toString('base64') }] }),
		]) {
			for (const type of [PICTURES_CONTENT_TYPE, 'application/json']) {
				const res = await apiFetch(`${server.url}/api/boards/${boardId}/export?format=docx`, {
					method: 'POST',
					headers: { 'content-type': type },
					body: bad,
				})
				expect(res.status, `${type} ${bad}`).toBe(400)
			}
		}
		const postMd = await apiFetch(`${server.url}/api/boards/${boardId}/export?format=md`, { method: 'POST' })
		expect(postMd.status).toBe(400)
	})

	it('leaves private fields out by default and includes them with private=1', async () => {
		await setContactOnFirstResource()
		const pub = await getPlan()
		expect(pub.resources.every((r) => !('contact' in r))).toBe(true)
		const priv = await getPlan('?private=1')
		expect(priv.resources.some((r) => r.contact === SECRET)).toBe(true)
		for (const query of ['format=md', 'format=json', 'format=tldr', 'format=csv&list=resources']) {
			const hidden = await exportText(query)
			expect(hidden.res.status).toBe(200)
			expect(hidden.text).not.toContain(SECRET)
			const shown = await exportText(`${query}&private=1`)
			expect(shown.text).toContain(SECRET)
		}
		// The plan's 联系电话 (private 计划书信息) is on the cover only with private=1.
		const phone = '0531-88886666'
		await setPrivatePlanPhone(phone)
		expect((await exportText('format=md')).text).not.toContain(phone)
		expect((await exportText('format=md&private=1')).text).toContain(`- **联系电话**：${phone}`)
		const csvHeader = (await exportText('format=csv&list=resources&private=1')).text.split('\r\n')[0]
		expect(csvHeader).toContain('联系方式')
		expect((await exportText('format=csv&list=resources')).text.split('\r\n')[0]).not.toContain('联系方式')
	})

	it('400 for an unknown format or a csv without a list, naming what is valid', async () => {
		const unknown = await exportText('format=pdf')
		expect(unknown.res.status).toBe(400)
		const body = JSON.parse(unknown.text) as ApiErrorBody
		expect(body.error.message).toContain('md, csv, json, tldr, docx, xlsx')
		const noList = await exportText('format=csv')
		expect(noList.res.status).toBe(400)
		expect((JSON.parse(noList.text) as ApiErrorBody).error.message).toContain(
			'needs, resources, projects, matches, actors',
		)
		const badList = await exportText('format=csv&list=people')
		expect(badList.res.status).toBe(400)
		const badLang = await exportText('format=md&lang=fr')
		expect(badLang.res.status).toBe(400)
	})

	it('404 for a board that does not exist or is in the trash', async () => {
		const missing = await apiFetch(`${server.url}/api/boards/nosuchboard123/export?format=md`, {
			headers: bearer(TEST_ADMIN_TOKEN),
		})
		expect(missing.status).toBe(404)
		const created = await post('/api/boards', { title: '回收站里的白板' })
		const { id } = (await created.json()) as { id: string }
		expect((await apiFetch(`${server.url}/api/boards/${id}/export?format=md`)).status).toBe(200)
		expect((await apiFetch(`${server.url}/api/boards/${id}`, { method: 'DELETE' })).status).toBe(200)
		expect((await apiFetch(`${server.url}/api/boards/${id}/export?format=md`)).status).toBe(404)
		expect((await apiFetch(`${server.url}/api/boards/${id}/plan`)).status).toBe(404)
	})

	it('an empty board exports every section, saying there is no data', async () => {
		const created = await post('/api/boards', { title: '空白板' })
		const { id } = (await created.json()) as { id: string }
		const text = await (await apiFetch(`${server.url}/api/boards/${id}/export?format=md`)).text()
		for (const section of PLAN_SECTIONS.filter((s) => s.id !== 'cover')) {
			expect(text).toContain(`## ${section.zh}\n\n*${section.empty.zh}*`)
		}
		expect(text).not.toContain('卡片')
	})
})
