import { createTLStore } from '@tldraw/editor'
import type { TLArrowBinding, TLFrameShape, TLRecord, TLShape } from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import { createBoardSchema, validateBoardRecord } from '../boardSchema'
import { isCardKind } from '../domain/cardProps'
import type { TLCardShape } from '../domain/cardShapeTypes'
import { validateLinkMeta } from '../domain/cardValidators'
import { deriveLinkType } from '../domain/deriveLink'
import { DISPATCH_STATUSES, MECHANISMS, SECTORS } from '../domain/enums'
import { createSeedRecords, DEFAULT_PAGE_NAME, FIRST_PAGE_ID } from '../seedRecords'
import { createTemplateContext, type TemplateContextOptions } from './createTemplateContext'
import { findLaneAt } from './findLaneAt'
import { laneDefaults } from './laneDefaults'
import { LANE_META_KEY, type LaneMeta, readLaneMeta } from './laneMeta'
import { TEMPLATE_IDS, type TemplateId } from './templateIds'
import { getTemplate, listTemplates, TEMPLATES } from './templateRegistry'
import { gridBoxSize, tidyGridPositions } from './tidyGridPositions'

const schema = createBoardSchema()

function build(id: TemplateId, opts: TemplateContextOptions = {}): TLRecord[] {
	const template = getTemplate(id)
	if (!template) throw new Error(`no template ${id}`)
	return template.build(createTemplateContext({ idPrefix: 't', ...opts }))
}

function shapesOf(records: TLRecord[]): TLShape[] {
	return records.filter((r): r is TLShape => r.typeName === 'shape')
}

function framesOf(records: TLRecord[]): TLFrameShape[] {
	return shapesOf(records).filter((s): s is TLFrameShape => s.type === 'frame')
}

function cardsOf(records: TLRecord[]): TLCardShape[] {
	return shapesOf(records).filter((s): s is TLCardShape => isCardKind(s.type))
}

function arrowBindingsOf(records: TLRecord[]): TLArrowBinding[] {
	return records.filter((r): r is TLArrowBinding => r.typeName === 'binding' && r.type === 'arrow')
}

function lanesOf(records: TLRecord[]): LaneMeta[] {
	return framesOf(records).map((f) => {
		const lane = readLaneMeta(f.meta)
		if (!lane) throw new Error(`frame ${f.id} has no lane meta`)
		return lane
	})
}

describe('template registry', () => {
	it('lists every template id once, in order, with zh and en names and descriptions', () => {
		expect(TEMPLATES.map((t) => t.id)).toEqual([...TEMPLATE_IDS])
		for (const info of listTemplates()) {
			for (const lang of ['zh', 'en'] as const) {
				expect(info[lang].name.length).toBeGreaterThan(0)
				expect(info[lang].description.length).toBeGreaterThan(0)
			}
			expect(info).not.toHaveProperty('build')
		}
		expect(listTemplates().find((t) => t.id === 'example')?.zh.name).toBe('C社区整合式合作示例')
	})

	it('finds templates by id and nothing else', () => {
		for (const id of TEMPLATE_IDS) expect(getTemplate(id)?.id).toBe(id)
		expect(getTemplate('nope')).toBeUndefined()
		expect(getTemplate('__proto__')).toBeUndefined()
		expect(getTemplate('toString')).toBeUndefined()
	})
})

describe.each(TEMPLATE_IDS.flatMap((id) => (['zh', 'en'] as const).map((lang) => ({ id, lang }))))(
	'template $id ($lang)',
	({ id, lang }) => {
		const records = build(id, { lang })
		const shapes = shapesOf(records)
		const byId = new Map<string, TLRecord>(records.map((r) => [r.id, r]))

		it('builds records that pass the board schema', () => {
			for (const r of records) expect(() => validateBoardRecord(schema, r)).not.toThrow()
		})

		it('loads into a tldraw store with the seed records', () => {
			const store = createTLStore({ schema })
			expect(() => store.put([...createSeedRecords(DEFAULT_PAGE_NAME), ...records])).not.toThrow()
			expect(store.allRecords().filter((r) => r.typeName === 'shape')).toHaveLength(shapes.length)
		})

		it('has unique ids, existing parents, and unique valid indices among siblings', () => {
			expect(byId.size).toBe(records.length)
			const seen = new Map<string, Set<string>>()
			for (const s of shapes) {
				if (s.parentId !== FIRST_PAGE_ID) expect(byId.get(s.parentId)?.typeName).toBe('shape')
				const siblings = seen.get(s.parentId) ?? new Set<string>()
				expect(siblings.has(s.index)).toBe(false)
				siblings.add(s.index)
				seen.set(s.parentId, siblings)
			}
		})

		it('locks every frame and describes it in meta.niudai', () => {
			for (const f of framesOf(records)) {
				expect(f.isLocked).toBe(true)
				expect(readLaneMeta(f.meta)?.template).toBe(id)
			}
		})

		it('puts cards, notes and arrows on the page, never inside a (locked) frame', () => {
			for (const s of shapes) {
				if (s.type !== 'frame' && s.type !== 'text') expect(s.parentId).toBe(FIRST_PAGE_ID)
			}
		})

		it('binds arrows to shapes that exist', () => {
			for (const b of arrowBindingsOf(records)) {
				expect(byId.get(b.fromId)).toMatchObject({ type: 'arrow' })
				expect(byId.get(b.toId)?.typeName).toBe('shape')
			}
		})
	},
)

describe('stage templates', () => {
	it('blank has no records', () => {
		expect(build('blank')).toEqual([])
	})

	it('full-cycle has the three stages left to right, with their lanes', () => {
		const records = build('full-cycle')
		const frames = framesOf(records)
		const stages = frames.filter((f) => readLaneMeta(f.meta)?.role === 'stage')
		expect(stages.map((f) => f.props.name)).toEqual(['资源识别', '资源配置', '资源利用'])
		expect(stages[0].x).toBeLessThan(stages[1].x)
		expect(stages[1].x).toBeLessThan(stages[2].x)
		expect(new Set(stages.map((s) => s.props.h)).size).toBe(1)

		const lanes = lanesOf(records)
		const names = frames.map((f) => f.props.name)
		expect(names).toEqual(expect.arrayContaining(['需求清单', '主体地图', '动态评估', '资源使用效率', '治理效能']))
		expect(lanes.filter((l) => l.laneKind === 'need')).toHaveLength(1)
		expect(lanes.filter((l) => l.laneKind === 'actor')).toHaveLength(1)
		expect(lanes.filter((l) => l.laneKind === 'resource').map((l) => l.sector)).toEqual(SECTORS.map((s) => s.value))
		expect(lanes.filter((l) => l.mechanism).map((l) => l.mechanism)).toEqual(MECHANISMS.map((m) => m.value))
		expect(lanes.filter((l) => l.laneKind === 'project').map((l) => l.status)).toEqual(
			DISPATCH_STATUSES.map((s) => s.value),
		)
		expect(lanes.filter((l) => l.dimension).map((l) => l.dimension)).toEqual(['efficiency', 'effectiveness'])
		// Lanes sit inside their stage frame.
		for (const f of frames) {
			if (readLaneMeta(f.meta)?.role === 'stage') expect(f.parentId).toBe(FIRST_PAGE_ID)
			else expect(f.parentId).not.toBe(FIRST_PAGE_ID)
		}
	})

	it('identification, allocation and utilization are one stage each', () => {
		for (const [id, stage, frameCount] of [
			['identification', 'identification', 6],
			['allocation', 'allocation', 4],
			['utilization', 'utilization', 10],
		] as const) {
			const lanes = lanesOf(build(id))
			expect(lanes).toHaveLength(frameCount)
			expect(lanes.filter((l) => l.role === 'stage').map((l) => l.stage)).toEqual([stage])
			expect(lanes.every((l) => l.stage === stage)).toBe(true)
		}
	})

	it('writes English names when lang is en', () => {
		const names = framesOf(build('full-cycle', { lang: 'en' })).map((f) => f.props.name)
		expect(names).toEqual(expect.arrayContaining(['Resource identification', 'Needs list', 'Actor map']))
		expect(names.join('')).not.toMatch(/[\u4e00-\u9fff]/)
	})

	it('stakeholder-grid has four quadrants and two axis labels', () => {
		const records = build('stakeholder-grid')
		const lanes = lanesOf(records).filter((l) => l.role === 'lane')
		expect(lanes.map((l) => `${l.influence}/${l.interest}`).sort()).toEqual([
			'high/high',
			'high/low',
			'low/high',
			'low/low',
		])
		const names = framesOf(records).map((f) => f.props.name)
		for (const word of ['重点管理', '保持满意', '及时告知', '一般关注']) {
			expect(names.some((n) => n.includes(word))).toBe(true)
		}
		const labels = shapesOf(records).filter((s) => s.type === 'text')
		expect(labels).toHaveLength(2)
		expect(JSON.stringify(labels.map((l) => l.props))).toMatch(/影响力[\s\S]*关注度/)
	})
})

describe('example template', () => {
	const records = build('example')
	const cards = cardsOf(records)
	const byId = new Map<string, TLRecord>(records.map((r) => [r.id, r]))
	const ofKind = (kind: string) => cards.filter((c) => c.type === kind)
	const arrows = shapesOf(records).filter((s) => s.type === 'arrow')
	const bindings = arrowBindingsOf(records)

	it('has the case: ≥ 30 resources, ≥ 12 needs, ≥ 8 projects, ≥ 20 actors, ≥ 60 arrows', () => {
		expect(ofKind('resource').length).toBeGreaterThanOrEqual(30)
		expect(ofKind('need').length).toBeGreaterThanOrEqual(12)
		expect(ofKind('project').length).toBeGreaterThanOrEqual(8)
		expect(ofKind('actor').length).toBeGreaterThanOrEqual(20)
		expect(arrows.length).toBeGreaterThanOrEqual(60)
		const govFunds = ofKind('resource').find((c) => c.props.title === '街道购买服务经费')
		expect(govFunds?.props).toMatchObject({ sector: 'government', resourceType: 'funds', unit: '元' })
	})

	it('binds every arrow at both ends to cards, with meta.link matching the kinds', () => {
		const types = new Set<string>()
		for (const arrow of arrows) {
			const own = bindings.filter((b) => b.fromId === arrow.id)
			expect(own.map((b) => b.props.terminal).sort()).toEqual(['end', 'start'])
			const kindAt = (terminal: 'start' | 'end') => {
				const shape = byId.get(own.find((b) => b.props.terminal === terminal)?.toId ?? '')
				return shape?.typeName === 'shape' && isCardKind(shape.type) ? shape.type : null
			}
			const link = validateLinkMeta(arrow.meta.link)
			expect(link).not.toBeNull()
			expect(link?.type).toBe(deriveLinkType(kindAt('start'), kindAt('end')))
			if (link?.type === 'allocation') expect(link.mechanism).not.toBe('')
			else expect(link?.mechanism).toBe('')
			types.add(link?.type ?? '')
		}
		expect([...types].sort()).toEqual(['allocation', 'provides', 'serves'])
		expect(bindings).toHaveLength(arrows.length * 2)
	})

	it('places each card over the lane it belongs to', () => {
		for (const card of cards) {
			const centre = { x: card.x + card.props.w / 2, y: card.y + card.props.h / 2 }
			const hit = findLaneAt(records, centre)
			expect(hit?.lane.laneKind, card.props.title).toBe(card.type)
			if (card.type === 'resource') expect(hit?.lane.sector).toBe(card.props.sector)
			if (card.type === 'project') expect(hit?.lane.status).toBe(card.props.status)
		}
	})

	it('names providers, leads and partners after actor cards', () => {
		const actorNames = new Set(ofKind('actor').map((c) => c.props.title))
		for (const card of cards) {
			if (card.type === 'resource') expect(actorNames.has(card.props.provider), card.props.provider).toBe(true)
			if (card.type === 'project') {
				expect(actorNames.has(card.props.leadActor)).toBe(true)
				for (const p of card.props.partners) expect(actorNames.has(p), p).toBe(true)
			}
		}
	})

	it('writes the case in English when lang is en', () => {
		const titles = cardsOf(build('example', { lang: 'en' })).map((c) => c.props.title)
		expect(titles).toContain('Qingyang Classroom')
		expect(titles).toHaveLength(cards.length)
	})
})

describe('template placement', () => {
	it('an origin offset moves only the top-level shapes', () => {
		const at0 = build('example')
		const moved = build('example', { origin: { x: 1000, y: -500 } })
		expect(moved).toHaveLength(at0.length)
		at0.forEach((r, i) => {
			const m = moved[i]
			if (r.typeName === 'shape' && m.typeName === 'shape' && r.parentId === FIRST_PAGE_ID) {
				expect({ ...m, x: m.x - 1000, y: m.y + 500 }).toEqual(r)
			} else {
				expect(m).toEqual(r)
			}
		})
	})

	it('stacks top-level shapes above indexAbove', () => {
		const records = build('full-cycle', { indexAbove: 'a5' as TLShape['index'] })
		for (const s of shapesOf(records)) if (s.parentId === FIRST_PAGE_ID) expect(s.index > 'a5').toBe(true)
	})

	it('uses the context page and deterministic ids', () => {
		const a = build('stakeholder-grid')
		expect(build('stakeholder-grid')).toEqual(a)
		expect(a.map((r) => r.id)).toContain('shape:t-1')
	})
})

describe('laneDefaults', () => {
	const meta = (lane: Record<string, unknown>) => ({ [LANE_META_KEY]: { template: 'full-cycle', ...lane } })
	it.each([
		['need area', meta({ role: 'area', laneKind: 'need' }), { kind: 'need' }],
		[
			'government resource lane',
			meta({ role: 'lane', laneKind: 'resource', sector: 'government' }),
			{ kind: 'resource', sector: 'government' },
		],
		[
			'resource lane, residents sector',
			meta({ role: 'lane', laneKind: 'resource', sector: 'residents' }),
			{ kind: 'resource' },
		],
		['actor map', meta({ role: 'area', laneKind: 'actor' }), { kind: 'actor' }],
		[
			'stakeholder quadrant',
			meta({ role: 'lane', laneKind: 'actor', influence: 'high', interest: 'low' }),
			{ kind: 'actor', influence: 4, interest: 2 },
		],
		[
			'status lane',
			meta({ role: 'lane', laneKind: 'project', status: 'coordinating' }),
			{ kind: 'project', status: 'coordinating' },
		],
		['status lane, bad status', meta({ role: 'lane', laneKind: 'project', status: 'nope' }), { kind: 'project' }],
		['mechanism lane', meta({ role: 'lane', mechanism: 'social' }), {}],
		['stage', meta({ role: 'stage', stage: 'identification' }), {}],
		['unknown card kind', meta({ role: 'lane', laneKind: 'geo' }), {}],
		['no role', meta({ laneKind: 'need' }), {}],
		['no lane meta', { other: 1 }, {}],
		['not an object', null, {}],
	])('%s', (_name, input, expected) => {
		expect(laneDefaults(input)).toEqual(expected)
	})
})

describe('tidyGridPositions', () => {
	it('lays cells out row by row with gaps and padding', () => {
		expect(tidyGridPositions(5, { columns: 2, cellW: 100, cellH: 50, gap: 10, padding: 5 })).toEqual([
			{ x: 5, y: 5 },
			{ x: 115, y: 5 },
			{ x: 5, y: 65 },
			{ x: 115, y: 65 },
			{ x: 5, y: 125 },
		])
		expect(tidyGridPositions(0, { columns: 3, cellW: 1, cellH: 1, gap: 0 })).toEqual([])
		expect(() => tidyGridPositions(1, { columns: 0, cellW: 1, cellH: 1, gap: 0 })).toThrow(/columns/)
	})

	it('sizes a grid box to fit', () => {
		expect(gridBoxSize({ columns: 2, rows: 3, cellW: 100, cellH: 50, gap: 10, padding: 5 })).toEqual({ w: 220, h: 180 })
	})
})
