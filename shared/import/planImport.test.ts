import type { TLRecord } from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import { validateBoardRecords } from '../boardSchema'
import { LINK_META_KEY, linkLabel } from '../domain/deriveLink'
import { LIST_NAMES, LIST_SHEET_NAMES } from '../export/listColumns'
import { listToCsv } from '../export/listsToCsv'
import { derivePlan } from '../plan/derivePlan'
import type { Plan } from '../plan/planTypes'
import { createSeedRecords, DEFAULT_PAGE_NAME, FIRST_PAGE_ID } from '../seedRecords'
import { createTemplateContext } from '../templates/createTemplateContext'
import { exampleTemplate } from '../templates/exampleTemplate'
import { findLaneAt } from '../templates/findLaneAt'
import { fullCycleTemplate } from '../templates/fullCycleTemplate'
import { mergeTemplateRecords } from '../templates/mergeTemplateRecords'
import type { ParsedImport } from './importTypes'
import { parseCsvList, parseImportSheets } from './parseImportSheets'
import { parseListRows } from './parseListRows'
import { planImport } from './planImport'

function board(template?: typeof exampleTemplate, prefix = 'b'): TLRecord[] {
	const seed = createSeedRecords(DEFAULT_PAGE_NAME)
	return template ? mergeTemplateRecords(seed, template.build(createTemplateContext({ idPrefix: prefix }))) : seed
}

function idsFrom(prefix: string) {
	let shapes = 0
	let bindings = 0
	return {
		createShapeId: () => `shape:${prefix}-${++shapes}` as never,
		createBindingId: () => `binding:${prefix}-${++bindings}` as never,
	}
}

/** What a plan says, without ids and derived fields, for comparing two boards. */
function planContent(plan: Plan) {
	return {
		needs: plan.needs.map(({ id: _i, servedByIds: _s, sourceIds: _r, ...rest }) => rest),
		resources: plan.resources.map(({ id: _i, allocatedToIds: _a, providedByIds: _p, ...rest }) => rest),
		projects: plan.projects.map(({ id: _i, servesIds: _s, resourceIds: _r, ...rest }) => rest),
		actors: plan.actors.map(({ id: _i, ...rest }) => rest),
		matches: plan.matches.map(({ id: _i, fromId: _f, toId: _t, ...rest }) => rest),
	}
}

function merge(parts: ParsedImport[]): ParsedImport {
	return {
		cards: parts.flatMap((p) => p.cards),
		links: parts.flatMap((p) => p.links),
		problems: parts.flatMap((p) => p.problems),
	}
}

describe('planImport', () => {
	it('round-trips the example board through the csv lists into a full-cycle board without loss', () => {
		const source = derivePlan(board(exampleTemplate, 'src'), { title: 'x', includePrivate: true, now: 0 })
		const parsed = merge(LIST_NAMES.map((list) => parseCsvList(list, listToCsv(source, list))))
		expect(parsed.problems).toEqual([])
		const target = board(fullCycleTemplate, 'dst')
		const planned = planImport(parsed, target, idsFrom('imp'))
		expect(planned.problems).toEqual([])
		expect(planned.added).toEqual({
			needs: source.needs.length,
			resources: source.resources.length,
			projects: source.projects.length,
			actors: source.actors.length,
			links: source.matches.length,
		})
		const after = [...target, ...planned.records]
		expect(validateBoardRecords(after).problems).toEqual([])
		const result = derivePlan(after, { title: 'x', includePrivate: true, now: 0 })
		expect(planContent(result)).toEqual(planContent(source))
	})

	it('places cards in their template lanes without overlapping each other', () => {
		const source = derivePlan(board(exampleTemplate, 'src'), { title: 'x', includePrivate: false, now: 0 })
		const parsed = merge(LIST_NAMES.map((list) => parseCsvList(list, listToCsv(source, list))))
		const target = board(fullCycleTemplate, 'dst')
		const planned = planImport(parsed, target, idsFrom('imp'))
		const all = [...target, ...planned.records]
		const cards = planned.records.filter(
			(r): r is TLRecord & { x: number; y: number; type: string; props: Record<string, unknown> } =>
				r.typeName === 'shape' && r.type !== 'arrow',
		)
		for (const card of cards) {
			const w = card.props.w as number
			const h = card.props.h as number
			const hit = findLaneAt(all, { x: card.x + w / 2, y: card.y + h / 2 })
			expect(hit?.lane.laneKind, String(card.props.title)).toBe(card.type)
			if (card.type === 'resource') expect(hit?.lane.sector).toBe(card.props.sector)
			if (card.type === 'project') expect(hit?.lane.status).toBe(card.props.status)
		}
		for (const [i, a] of cards.entries()) {
			for (const b of cards.slice(i + 1)) {
				const overlap =
					a.x < b.x + (b.props.w as number) &&
					b.x < a.x + (a.props.w as number) &&
					a.y < b.y + (b.props.h as number) &&
					b.y < a.y + (a.props.h as number)
				expect(overlap, `${a.props.title} / ${b.props.title}`).toBe(false)
			}
		}
	})

	it('puts cards after the cards already in a lane, and beside the content once the lane is full', () => {
		const target = board(exampleTemplate, 'ex')
		const parsed = parseListRows('resources', [
			['名称', '属性', '类型', '提供方', '数量', '单位'],
			['新资源', '市场', '物资', '企业', '', ''],
		])
		const planned = planImport(parsed, target, idsFrom('imp'))
		expect(planned.problems).toEqual([])
		const [card] = planned.records as (TLRecord & { x: number; y: number })[]
		const existing = target.filter((r) => r.typeName === 'shape' && r.type === 'resource') as (TLRecord & {
			x: number
			y: number
		})[]
		expect(existing.some((e) => e.x === card.x && e.y === card.y)).toBe(false)
		expect(findLaneAt(target, { x: card.x + 10, y: card.y + 10 })?.lane).toMatchObject({
			laneKind: 'resource',
			sector: 'market',
		})
		// Once the example's 需求清单 is full (15 needs), a new need goes right of the content, not into another lane.
		const need = parseListRows('needs', [
			['名称', '服务对象', '紧迫程度'],
			['新需求一', '老年人', '高'],
			['新需求二', '老年人', '高'],
			['新需求三', '老年人', '高'],
		])
		const needs = planImport(need, target, idsFrom('n')).records as (TLRecord & { x: number; y: number })[]
		for (const inLane of needs.slice(0, 2)) {
			expect(findLaneAt(target, { x: inLane.x + 10, y: inLane.y + 10 })?.lane.laneKind).toBe('need')
		}
		const placed = needs[2]
		expect(findLaneAt(target, { x: placed.x + 10, y: placed.y + 10 })).toBeNull()
		const rightmost = Math.max(
			...target.flatMap((r) =>
				r.typeName === 'shape' && r.parentId === FIRST_PAGE_ID ? [r.x + ((r.props as { w?: number }).w ?? 0)] : [],
			),
		)
		expect(placed.x).toBeGreaterThan(rightmost)
	})

	it('uses a tidy grid right of the content on a board without lanes', () => {
		const parsed = parseListRows('resources', [
			['名称', '属性', '类型', '提供方', '数量', '单位'],
			['场地', '政府', '场地空间', '街道', '2', '间'],
			['资金', '市场', '资金', '企业', '1万', '元'],
		])
		const planned = planImport(parsed, board(), idsFrom('imp'))
		expect(planned.problems).toEqual([])
		const [a, b] = planned.records as (TLRecord & {
			x: number
			y: number
			parentId: string
			props: Record<string, unknown>
		})[]
		expect(a.y).toBe(b.y)
		expect(b.x).toBeGreaterThan(a.x)
		expect(b.props.quantity).toBe(10000)
		expect(a.parentId).toBe(FIRST_PAGE_ID)
	})

	it('builds arrows with bindings, meta.link and the label, resolving names among existing cards', () => {
		const target = board(exampleTemplate, 'ex')
		const parsed = parseListRows('matches', [
			['资源', '需求', '项目', '机制', '数量', '单位'],
			['大学生志愿者', '青少年周末课业辅导与兴趣培养', '', '社会机制', '5', '人'],
		])
		const planned = planImport(parsed, target, { ...idsFrom('imp'), lang: 'zh' })
		expect(planned.problems).toEqual([])
		expect(planned.added.links).toBe(1)
		const arrow = planned.records.find((r) => r.typeName === 'shape') as TLRecord & {
			meta: Record<string, unknown>
		}
		const link = { type: 'allocation', mechanism: 'social', strategy: '', quantity: 5, unit: '人', note: '' } as const
		expect(arrow.meta[LINK_META_KEY]).toEqual(link)
		expect(arrow.meta.linkLabel).toBe(linkLabel(link, 'zh'))
		const bindings = planned.records.filter((r) => r.typeName === 'binding')
		expect(bindings).toHaveLength(2)
	})

	it.each([
		[
			'an unknown name',
			[
				['资源', '需求', '机制'],
				['没有这个资源', '青少年周末课业辅导与兴趣培养', ''],
			],
			/找不到名为“没有这个资源”的资源卡片/,
			'资源',
		],
		[
			'an ambiguous name',
			[
				['资源', '需求', '机制'],
				['大学生志愿者', '重名需求', ''],
			],
			/有 2 张名为“重名需求”的需求卡片/,
			'需求',
		],
	])('refuses %s with its sheet, row and column', (_name, rows, message, column) => {
		const target = board(exampleTemplate, 'ex')
		const dupes = parseListRows('needs', [
			['名称', '服务对象', '紧迫程度'],
			['重名需求', '老年人', '高'],
			['重名需求', '老年人', '低'],
		])
		const parsed = merge([dupes, parseListRows('matches', rows)])
		const planned = planImport(parsed, target, idsFrom('imp'))
		expect(planned.records).toEqual([])
		expect(planned.problems).toHaveLength(1)
		expect(planned.problems[0]).toMatchObject({ sheet: LIST_SHEET_NAMES.matches, row: 2, column })
		expect(planned.problems[0].message.zh).toMatch(message)
		expect(planned.problems[0].message.en).toMatch(/\S/)
	})

	it('refuses everything when the parse found a problem', () => {
		const parsed = parseImportSheets([
			{
				name: '需求清单',
				rows: [
					['名称', '服务对象', '紧迫程度'],
					['a', 'b', '很高'],
				],
			},
			{
				name: '资源清单',
				rows: [
					['名称', '属性', '类型', '提供方', '数量', '单位'],
					['r', '政府', '资金', '', '1', '元'],
				],
			},
		])
		const planned = planImport(parsed, board(), idsFrom('imp'))
		expect(planned.records).toEqual([])
		expect(planned.added).toEqual({ needs: 0, resources: 0, projects: 0, actors: 0, links: 0 })
		expect(planned.problems).toEqual([expect.objectContaining({ sheet: '需求清单', row: 2, column: '紧迫程度' })])
	})
})
