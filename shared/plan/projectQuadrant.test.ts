import { describe, expect, it } from 'vitest'
import type { ProjectPlacement } from './planTypes'
import { projectQuadrantLayout, projectQuadrantSvg, textWidth } from './projectQuadrant'

function placement(
	id: string,
	efficiency: number | null,
	effectiveness: number | null,
	planned = false,
): ProjectPlacement {
	const placed = efficiency !== null && effectiveness !== null
	return {
		projectId: id,
		title: id,
		efficiency,
		efficiencyBasis: efficiency === null ? null : 'leverage',
		effectiveness,
		effectivenessBasis: effectiveness === null ? null : planned ? 'plannedImprovement' : 'attainment',
		placed,
		quadrant: placed
			? efficiency >= 0.5
				? effectiveness >= 0.5
					? 'highEfficiencyHighEffect'
					: 'highEfficiencyLowEffect'
				: effectiveness >= 0.5
					? 'lowEfficiencyHighEffect'
					: 'lowEfficiencyLowEffect'
			: null,
		missing: placed ? [] : ['baselines'],
	}
}

describe('projectQuadrantLayout', () => {
	const layout = projectQuadrantLayout(
		[placement('左下', 0, 0), placement('右上', 1, 1), placement('中', 0.5, 0.5, true), placement('未定位', null, 0.4)],
		{ width: 400, height: 300, fontSize: 10 },
	)
	const { plot } = layout

	it('maps 0–1 onto the plot: efficiency left → right, effectiveness bottom → top', () => {
		const byId = Object.fromEntries(layout.dots.map((d) => [d.projectId, d]))
		expect([byId.左下.cx, byId.左下.cy]).toEqual([plot.x, plot.y + plot.height])
		expect([byId.右上.cx, byId.右上.cy]).toEqual([plot.x + plot.width, plot.y])
		expect([byId.中.cx, byId.中.cy]).toEqual([layout.midX, layout.midY])
		expect(plot.x + plot.width).toBeLessThanOrEqual(400)
		expect(plot.y + plot.height).toBeLessThanOrEqual(300)
	})

	it('keeps unplaced projects apart, marks planned dots', () => {
		expect(layout.dots.map((d) => d.projectId)).toEqual(['左下', '右上', '中'])
		expect(layout.unplaced.map((p) => p.projectId)).toEqual(['未定位'])
		expect(layout.dots.find((d) => d.projectId === '中')?.planned).toBe(true)
		expect(layout.dots.find((d) => d.projectId === '右上')?.planned).toBe(false)
	})

	it('puts labels of the right third to the left of their dot', () => {
		const right = layout.dots.find((d) => d.projectId === '右上')
		const left = layout.dots.find((d) => d.projectId === '左下')
		expect(right?.labelAnchor).toBe('end')
		expect(right && right.labelX < right.cx).toBe(true)
		expect(left?.labelAnchor).toBe('start')
	})

	it('moves a label down when it would cover another', () => {
		const l = projectQuadrantLayout([placement('项目甲', 0.3, 0.6), placement('项目乙', 0.3, 0.6)], { fontSize: 10 })
		expect(l.dots[0].cx).toBe(l.dots[1].cx)
		expect(l.dots[1].labelY - l.dots[0].labelY).toBeGreaterThanOrEqual(10)
	})

	it('cuts long titles', () => {
		const l = projectQuadrantLayout([placement('一个名字非常非常非常长的社区项目', 0.3, 0.3)], { maxLabelChars: 8 })
		expect(l.dots[0].label).toBe('一个名字非常非…')
		expect(l.dots[0].title).toBe('一个名字非常非常非常长的社区项目')
	})

	it('measures CJK wider than Latin', () => {
		expect(textWidth('中文', 10)).toBe(20)
		expect(textWidth('ab', 10)).toBe(12)
	})
})

describe('projectQuadrantSvg', () => {
	it('is a standalone SVG with every placed project, escaped', () => {
		const svg = projectQuadrantSvg([placement('<A&B>', 0.7, 0.8), placement('空', null, null)], { lang: 'zh' })
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
		expect(svg.endsWith('</svg>')).toBe(true)
		expect(svg).toContain('&lt;A&amp;B&gt;')
		expect(svg).not.toContain('<A&B>')
		expect(svg).toContain('资源使用效率')
		expect(svg).toContain('高效率 · 高效能')
		expect((svg.match(/<circle/g) ?? []).length).toBe(1)
	})

	it('says so when nothing can be placed, in English too', () => {
		const svg = projectQuadrantSvg([], { lang: 'en' })
		expect(svg).toContain('No project can be placed yet')
		expect(svg).not.toContain('<circle')
	})
})
