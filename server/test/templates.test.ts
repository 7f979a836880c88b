import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { ApiErrorBody, TemplateSummary } from '../../shared/apiTypes'
import { readPlanInfo } from '../../shared/plan/planInfo'
import { TEMPLATE_IDS } from '../../shared/templates/templateIds'
import { getYRecords } from '../../shared/ydocLayout'
import { createBoardDoc } from '../boards/createBoardDoc'
import type { RunningServer } from '../createServer'
import { apiFetch, connectClient, startTestServer, whenDoc, whenSynced } from './testServer'

let server: RunningServer
beforeAll(async () => {
	server = await startTestServer()
})
afterAll(() => server.close())

async function createBoard(body: unknown): Promise<{ status: number; json: unknown }> {
	const res = await apiFetch(`${server.url}/api/boards`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body),
	})
	return { status: res.status, json: await res.json() }
}

/** The records of a board as an official y-websocket client receives them. */
async function syncedRecords(boardId: string, predicate: (records: Y.Map<Y.Map<unknown>>) => boolean) {
	const doc = new Y.Doc()
	const provider = connectClient(server.port, boardId, doc)
	try {
		await whenSynced(provider)
		const records = getYRecords(doc)
		await whenDoc(doc, () => predicate(records))
		return records.toJSON() as Record<
			string,
			{ typeName: string; type?: string; isLocked?: boolean; props?: Record<string, unknown> }
		>
	} finally {
		provider.destroy()
		doc.destroy()
	}
}

describe('board templates over REST and sync', () => {
	it('GET /api/templates lists every template with zh and en names', async () => {
		const res = await apiFetch(`${server.url}/api/templates`)
		expect(res.status).toBe(200)
		const { templates } = (await res.json()) as { templates: TemplateSummary[] }
		expect(templates.map((t) => t.id)).toEqual([...TEMPLATE_IDS])
		for (const t of templates) {
			expect(t.zh.name).toMatch(/\S/)
			expect(t.en.name).toMatch(/\S/)
			expect(t.zh.description).toMatch(/\S/)
			expect(t.en.description).toMatch(/\S/)
		}
		expect(templates.find((t) => t.id === 'full-cycle')?.zh.name).toBe('整合式合作全流程')
	})

	it('a board created from full-cycle arrives with its locked frames', async () => {
		const { status, json } = await createBoard({ title: '全流程', template: 'full-cycle' })
		expect(status).toBe(201)
		expect(json).toMatchObject({ title: '全流程' })
		expect(json).not.toHaveProperty('template')
		const records = await syncedRecords((json as { id: string }).id, (r) => r.size > 2)
		const frames = Object.values(records).filter((r) => r.typeName === 'shape' && r.type === 'frame')
		expect(frames).toHaveLength(20)
		expect(frames.every((f) => f.isLocked === true)).toBe(true)
		expect(frames.map((f) => f.props?.name)).toEqual(
			expect.arrayContaining(['资源识别', '资源配置', '资源利用', '需求清单', '主体地图', '动态评估']),
		)
		expect(records['document:document']).toBeDefined()
		expect(records['page:page']).toBeDefined()
	})

	it('a board created from the example arrives with its cards and arrows', async () => {
		const { status, json } = await createBoard({ title: '示例', template: 'example' })
		expect(status).toBe(201)
		const records = await syncedRecords((json as { id: string }).id, (r) => r.size > 2)
		const types = Object.values(records).map((r) => r.type ?? r.typeName)
		expect(types.filter((t) => t === 'project').length).toBeGreaterThanOrEqual(8)
		expect(types.filter((t) => t === 'arrow').length).toBeGreaterThanOrEqual(60)
		// One document record, carrying the example's 计划书信息.
		expect(types.filter((t) => t === 'document')).toHaveLength(1)
		const info = readPlanInfo((records['document:document'] as { meta?: unknown }).meta)
		expect(info.projectName).toMatch(/社区营造/)
		expect(info).toMatchObject({ periodStart: '2027-01-01', periodEnd: '2027-12-31', communityPopulation: 20000 })
		expect(info.requestedAmount).toBeGreaterThan(0)
	})

	it('a board without a template has only the seed records', async () => {
		const { status, json } = await createBoard({ title: 'plain' })
		expect(status).toBe(201)
		const records = await syncedRecords((json as { id: string }).id, (r) => r.size >= 2)
		expect(Object.keys(records).sort()).toEqual(['document:document', 'page:page'])
	})

	it('an unknown template is a 400 that lists the valid ids', async () => {
		const { status, json } = await createBoard({ title: 'x', template: 'nope' })
		expect(status).toBe(400)
		const { error } = json as ApiErrorBody
		expect(error.code).toBe('invalid_body')
		for (const id of TEMPLATE_IDS) expect(error.message).toContain(id)
		expect(error.issues?.[0]?.path).toBe('template')
		expect((await createBoard({ title: 'x', template: 42 })).status).toBe(400)
	})

	it('createBoardDoc refuses an unknown template id (callers validate first)', () => {
		expect(() => createBoardDoc('页面 1', 'nope')).toThrow(/Unknown board template: nope/)
	})
})
