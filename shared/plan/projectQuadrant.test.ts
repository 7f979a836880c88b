import { describe, expect, it } from 'vitest'
import type { ProjectPlacement } from './planTypes'
import { projectQuadrantLayout, projectQuadrantSvg } from './projectQuadrant'
import { textWidth } from './svgText'

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

	/** A label's box as drawn (baseline at labelY). */
	const box = (d: (typeof layout.dots)[number], fontSize: number) => {
		const w = textWidth(d.label, fontSize)
		const x1 = d.labelAnchor === 'start' ? d.labelX : d.labelX - w
		return { x1, x2: x1 + w, y1: d.labelY - fontSize * 0.85, y2: d.labelY + fontSize * 0.25 }
	}
	const overlap = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) =>
		a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2

	it('puts a label on the other side of its dot when the first side is taken', () => {
		const l = projectQuadrantLayout([placement('项目甲', 0.3, 0.6), placement('项目乙', 0.3, 0.6)], { fontSize: 10 })
		expect(l.dots[0].cx).toBe(l.dots[1].cx)
		expect(l.dots.map((d) => d.labelAnchor)).toEqual(['start', 'end'])
		expect(overlap(box(l.dots[0], 10), box(l.dots[1], 10))).toBe(false)
	})

	it('keeps every label next to its own dot, covering no other label or dot, in a crowded middle', () => {
		// The C社区 example's ten projects: several close to the dividing lines.
		const points: [string, number, number][] = [
			['邻里节庆：居民与商户共融', 0.55, 0.45],
			['那年那事那物件', 0.47, 0.46],
			['爱心义剪', 0.59, 0.37],
			['法官律师进社区', 0.3, 0.61],
			['青阳红领巾志愿服务队', 0.57, 0.58],
			['眼健康义诊', 0.67, 0.61],
			['居民诉求直通车', 0.42, 0.53],
			['老曹工作室', 0.05, 0.39],
			['青阳课堂', 0.3, 0.41],
			['组织共建：社区社会组织孵化与青年骨干赋能', 0.17, 0.32],
		]
		const fontSize = 11
		const l = projectQuadrantLayout(
			points.map(([t, x, y]) => placement(t, x, y, true)),
			{ width: 480, height: 360, fontSize },
		)
		const boxes = l.dots.map((d) => box(d, fontSize))
		l.dots.forEach((d, i) => {
			const b = boxes[i]
			// Near its own dot: the box's nearest point within two line heights.
			const dx = Math.max(b.x1 - d.cx, 0, d.cx - b.x2)
			const dy = Math.max(b.y1 - d.cy, 0, d.cy - b.y2)
			expect(Math.hypot(dx, dy), d.title).toBeLessThan(fontSize * 2)
			for (let j = 0; j < l.dots.length; j++) {
				if (j === i) continue
				expect(overlap(b, boxes[j]), `${d.title} / ${l.dots[j].title}`).toBe(false)
				const o = l.dots[j]
				expect(
					overlap(b, { x1: o.cx - o.r, x2: o.cx + o.r, y1: o.cy - o.r, y2: o.cy + o.r }),
					`${d.title} on ${o.title}`,
				).toBe(false)
			}
		})
	})

	it('moves labels down, past the ones placed, when no place beside, above or below is free', () => {
		const l = projectQuadrantLayout(
			['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛'].map((t) => placement(`项目${t}`, 0.3, 0.6)),
			{ fontSize: 10 },
		)
		const boxes = l.dots.map((d) => box(d, 10))
		for (let i = 0; i < boxes.length; i++) {
			for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i], boxes[j]), `${i}/${j}`).toBe(false)
		}
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
