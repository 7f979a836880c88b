import { describe, expect, it } from 'vitest'
import type { Mechanism } from '../domain/enums'
import { ALLOCATION_MAP_REF, allocationMapTitle } from '../export/planDoc/allocationMapBlocks'
import { planDocument } from '../export/planDocument'
import { createSeedRecords, DEFAULT_PAGE_NAME } from '../seedRecords'
import { createTemplateContext } from '../templates/createTemplateContext'
import { exampleTemplate } from '../templates/exampleTemplate'
import { allocationMapCrossings, allocationMapLayout, allocationMapSvg } from './allocationMap'
import { derivePlan } from './derivePlan'
import type { MatchRow } from './planTypes'

function allocation(id: string, from: string, to: string, mechanism: Mechanism | ''): MatchRow {
	return {
		id,
		type: 'allocation',
		fromId: from,
		from: `资源${from}`,
		fromKind: 'resource',
		toId: to,
		to: `项目${to}`,
		toKind: 'project',
		mechanism,
		strategy: '',
		quantity: null,
		unit: '',
		note: '',
	}
}

function examplePlan() {
	const records = [
		...createSeedRecords(DEFAULT_PAGE_NAME),
		...exampleTemplate.build(createTemplateContext({ idPrefix: 'ex' })),
	]
	return derivePlan(records, { title: 'C社区示例', includePrivate: false, now: 0 })
}

describe('allocationMapLayout: the 资源配置图', () => {
	it('draws every allocation once, from its resource in its mechanism’s band to its project', () => {
		const rows = [
			allocation('a1', 'r1', 'p1', 'administrative'),
			allocation('a2', 'r1', 'p2', 'social'),
			allocation('a3', 'r2', 'p2', 'market'),
			allocation('a4', 'r3', 'p1', ''),
			{ ...allocation('s1', 'p1', 'n1', ''), type: 'serves' as const },
		]
		const layout = allocationMapLayout(rows)
		expect(layout.edges.map((e) => e.id).sort()).toEqual(['a1', 'a2', 'a3', 'a4'])
		expect(layout.bands.map((b) => [b.mechanism, b.count])).toEqual([
			['administrative', 1],
			['social', 1],
			['market', 1],
			['', 1],
		])
		// r1 is used through two mechanisms: it stands in both bands.
		expect(layout.resources.filter((r) => r.id === 'r1').map((r) => r.mechanism)).toEqual(['administrative', 'social'])
		expect(layout.projects.map((p) => p.id).sort()).toEqual(['p1', 'p2'])
		for (const e of layout.edges) {
			const band = layout.bands.find((b) => b.mechanism === e.mechanism)
			expect(band && e.from.y > band.y1 && e.from.y < band.y2).toBe(true)
		}
	})

	it('orders both columns so curves cross less than in the order the links were drawn', () => {
		// Resources listed r0..r7, each linked to the project in reverse order: drawn in order, every pair crosses.
		const rows = Array.from({ length: 8 }, (_, i) => allocation(`a${i}`, `r${i}`, `p${7 - i}`, 'social'))
		const layout = allocationMapLayout(rows)
		expect(allocationMapCrossings(layout)).toBe(0)
	})

	it('the C社区 example: all its allocations, few crossings, no overlapping rows', () => {
		const plan = examplePlan()
		const allocations = plan.matches.filter((m) => m.type === 'allocation')
		const layout = allocationMapLayout(plan.matches)
		expect(layout.edges).toHaveLength(allocations.length)
		expect(allocations.length).toBeGreaterThan(20)
		// 46 allocations: 128 pairs cross in the map (mostly between mechanism bands), against 280 crossing
		// pairs among the same links on the board, and 438 when both columns keep the order the links were drawn in.
		expect(allocationMapCrossings(layout)).toBeLessThan(140)
		const ys = layout.resources.map((r) => r.y)
		for (let i = 1; i < ys.length; i++) expect((ys[i] ?? 0) - (ys[i - 1] ?? 0)).toBeGreaterThanOrEqual(22)
		const py = layout.projects.map((p) => p.y)
		for (let i = 1; i < py.length; i++) expect((py[i] ?? 0) - (py[i - 1] ?? 0)).toBeGreaterThanOrEqual(22)
		expect(layout.height).toBeGreaterThan(Math.max(...ys, ...py))
	})
})

describe('allocationMapSvg', () => {
	it('is one standalone SVG with the names escaped, the mechanisms named and no outside resource', () => {
		const svg = allocationMapSvg(
			[allocation('a1', 'r1', 'p1', 'market'), { ...allocation('a2', 'r2', 'p1', 'social'), from: 'A&B <c>' }],
			{
				lang: 'zh',
			},
		)
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
		expect(svg).toContain('市场机制')
		expect(svg).toContain('社会机制')
		expect(svg).toContain('A&amp;B &lt;c&gt;')
		expect(svg).not.toMatch(/href=|url\(/)
		expect(svg.match(/<path /g)).toHaveLength(2)
	})
	it('says so when nothing is allocated', () => {
		expect(allocationMapSvg([], { lang: 'en' })).toContain('No resources have been allocated yet.')
	})
})

describe('the plan document places the 资源配置图 in 八、资源配置', () => {
	it('right before the mechanisms table when the renderer has it, and nowhere when it has not', () => {
		const plan = examplePlan()
		const title = allocationMapTitle('zh')
		const withMap = planDocument(plan, { lang: 'zh', pictures: [{ ref: ALLOCATION_MAP_REF, title }] })
		const body = withMap.parts.find((p) => p.kind === 'body')?.blocks ?? []
		const at = body.findIndex((b) => b.type === 'image' && b.ref === ALLOCATION_MAP_REF)
		expect(at).toBeGreaterThan(0)
		const before = body.slice(0, at).filter((b) => b.type === 'heading')
		expect(JSON.stringify(before.at(-1))).toContain('配置机制与策略')
		expect(body[at + 1]?.type).toBe('table')
		const without = planDocument(plan, { lang: 'zh' })
		expect(JSON.stringify(without)).not.toContain(ALLOCATION_MAP_REF)
	})
})
