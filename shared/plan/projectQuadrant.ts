import type { PlanLang, ProjectPlacement, Quadrant } from './planTypes'
import { PLACEMENT_MIDPOINT } from './projectPlacements'
import { cutLabel, escapeXml, r1, textWidth } from './svgText'

/**
 * The efficiency × effectiveness picture (each project a labelled dot), laid out once for
 * every renderer: the 分析 panel draws `projectQuadrantLayout` as React SVG (with clicks
 * to the cards), the print page and the Word file can use `projectQuadrantSvg`, a
 * standalone SVG string of the same layout. Efficiency runs left → right, effectiveness
 * bottom → top, both 0–1 with the dividing lines at PLACEMENT_MIDPOINT (see
 * `projectPlacements` for the scores). Pure.
 */

/** Sizes of the picture (SVG user units; px on screen, pt in print). */
export interface QuadrantLayoutOptions {
	/** Total width (default 480). */
	width?: number
	/** Total height (default 360). */
	height?: number
	/** Label font size (default 11). */
	fontSize?: number
	/** Dot radius (default 5). */
	dotRadius?: number
	/** Labels longer than this many characters are cut with … (default 12). */
	maxLabelChars?: number
}

/** One placed project. */
export interface QuadrantDot {
	projectId: string
	/** The full title (for a tooltip). */
	title: string
	/** The title as drawn (cut to maxLabelChars). */
	label: string
	/** Dot centre. */
	cx: number
	cy: number
	r: number
	quadrant: Quadrant
	/** True when effectiveness is only planned (no actual reported yet): draw the dot hollow. */
	planned: boolean
	/** Where the label's text baseline starts (or ends, for anchor 'end'). */
	labelX: number
	labelY: number
	labelAnchor: 'start' | 'end'
}

/** A quadrant's name and where to write it (in its outer corner). */
export interface QuadrantCorner {
	quadrant: Quadrant
	x: number
	y: number
	anchor: 'start' | 'end'
}

/** The laid-out picture. */
export interface QuadrantLayout {
	width: number
	height: number
	fontSize: number
	/** The plotting area (0–1 on both axes maps onto it). */
	plot: { x: number; y: number; width: number; height: number }
	/** The dividing lines. */
	midX: number
	midY: number
	/** Axis titles: x under the plot (centred), y left of it (rotated −90° about its point). */
	xAxisLabel: { x: number; y: number }
	yAxisLabel: { x: number; y: number }
	corners: QuadrantCorner[]
	dots: QuadrantDot[]
	/** Projects that could not be placed (no efficiency or no effectiveness score), in order. */
	unplaced: ProjectPlacement[]
}

/** The texts of the picture. */
export interface QuadrantTexts {
	xAxis: string
	yAxis: string
	quadrants: Record<Quadrant, string>
	/** Shown when no project can be placed. */
	empty: string
	/** Legend for hollow dots. */
	plannedLegend: string
}

/** The picture's texts in Chinese and English (the client panel takes the same texts from client/i18n). */
export const QUADRANT_TEXTS: Record<PlanLang, QuadrantTexts> = {
	zh: {
		xAxis: '资源使用效率 →',
		yAxis: '治理效能 →',
		quadrants: {
			highEfficiencyHighEffect: '高效率 · 高效能',
			lowEfficiencyHighEffect: '低效率 · 高效能',
			highEfficiencyLowEffect: '高效率 · 低效能',
			lowEfficiencyLowEffect: '低效率 · 低效能',
		},
		empty: '尚无可定位的项目',
		plannedLegend: '空心点：尚未填报实际值，按计划提升定位',
	},
	en: {
		xAxis: 'Resource-use efficiency →',
		yAxis: 'Governance effectiveness →',
		quadrants: {
			highEfficiencyHighEffect: 'Efficient · effective',
			lowEfficiencyHighEffect: 'Costly · effective',
			highEfficiencyLowEffect: 'Efficient · less effective',
			lowEfficiencyLowEffect: 'Costly · less effective',
		},
		empty: 'No project can be placed yet',
		plannedLegend: 'Hollow dot: no actual reported yet, placed by planned improvement',
	},
}

/** A label's box (SVG units). */
interface Box {
	x1: number
	x2: number
	y1: number
	y2: number
}

function overlaps(a: Box, b: Box): boolean {
	return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2
}

/** Where a label may start (anchor start) or end (anchor end), with its text baseline. */
interface LabelCandidate {
	x: number
	y: number
	anchor: 'start' | 'end'
}

/**
 * The places a dot's label is tried in, nearest first: level with the dot on either side
 * (the preferred side first), then just above and just below it on each side.
 */
function labelCandidates(
	cx: number,
	cy: number,
	r: number,
	fontSize: number,
	sides: readonly ['start' | 'end', 'start' | 'end'],
): LabelCandidate[] {
	const level = cy + fontSize * 0.35
	const above = cy - r - 2
	const below = cy + r + fontSize * 0.85
	const beside = (anchor: 'start' | 'end', y: number, gap: number): LabelCandidate => ({
		x: anchor === 'start' ? cx + gap : cx - gap,
		y,
		anchor,
	})
	return [
		beside(sides[0], level, r + 3),
		beside(sides[1], level, r + 3),
		beside(sides[0], above, 0),
		beside(sides[0], below, 0),
		beside(sides[1], above, 0),
		beside(sides[1], below, 0),
	]
}

/**
 * Positions for the picture: the plotting area with room for the axis titles, the two
 * dividing lines, the four quadrant names in their outer corners, and one dot per placed
 * project with its label beside it: to the right (to the left in the right third), else
 * on the other side, else just above or below — the first place that covers no other
 * label and no other dot and stays within the plot's width and the picture's height; failing all, moved down a line at a
 * time past the labels already placed. Dots keep placement order.
 */
export function projectQuadrantLayout(
	placements: readonly ProjectPlacement[],
	opts: QuadrantLayoutOptions = {},
): QuadrantLayout {
	const width = opts.width ?? 480
	const height = opts.height ?? 360
	const fontSize = opts.fontSize ?? 11
	const r = opts.dotRadius ?? 5
	const maxChars = opts.maxLabelChars ?? 12
	const left = fontSize * 2.5
	const bottom = fontSize * 2.5
	const top = fontSize
	const right = fontSize
	const plot = { x: left, y: top, width: Math.max(1, width - left - right), height: Math.max(1, height - top - bottom) }
	const px = (v: number) => plot.x + Math.min(1, Math.max(0, v)) * plot.width
	const py = (v: number) => plot.y + (1 - Math.min(1, Math.max(0, v))) * plot.height
	const pad = fontSize * 0.5
	const corners: QuadrantCorner[] = [
		{ quadrant: 'lowEfficiencyHighEffect', x: plot.x + pad, y: plot.y + fontSize + pad * 0.5, anchor: 'start' },
		{
			quadrant: 'highEfficiencyHighEffect',
			x: plot.x + plot.width - pad,
			y: plot.y + fontSize + pad * 0.5,
			anchor: 'end',
		},
		{ quadrant: 'lowEfficiencyLowEffect', x: plot.x + pad, y: plot.y + plot.height - pad, anchor: 'start' },
		{ quadrant: 'highEfficiencyLowEffect', x: plot.x + plot.width - pad, y: plot.y + plot.height - pad, anchor: 'end' },
	]
	const placedDots = placements.filter(
		(p) => p.placed && p.efficiency !== null && p.effectiveness !== null && p.quadrant !== null,
	)
	const centres = placedDots.map((p) => ({ x: px(p.efficiency ?? 0), y: py(p.effectiveness ?? 0) }))
	const boxes: Box[] = []
	const dots: QuadrantDot[] = []
	placedDots.forEach((p, i) => {
		const { x: cx, y: cy } = centres[i]
		const label = cutLabel(p.title === '' ? '—' : p.title, maxChars)
		const w = textWidth(label, fontSize)
		const preferred: 'start' | 'end' = cx > plot.x + (plot.width * 2) / 3 ? 'end' : 'start'
		const other: 'start' | 'end' = preferred === 'start' ? 'end' : 'start'
		const candidates = labelCandidates(cx, cy, r, fontSize, [preferred, other])
		const boxOf = (c: LabelCandidate): Box => {
			const x1 = c.anchor === 'start' ? c.x : c.x - w
			return { x1, x2: x1 + w, y1: c.y - fontSize * 0.85, y2: c.y + fontSize * 0.25 }
		}
		const fits = (b: Box) =>
			b.x1 >= plot.x &&
			b.x2 <= plot.x + plot.width &&
			b.y1 >= 0 &&
			b.y2 <= height &&
			!boxes.some((o) => overlaps(o, b)) &&
			!centres.some((o, j) => j !== i && overlaps(b, { x1: o.x - r, x2: o.x + r, y1: o.y - r, y2: o.y + r }))
		let chosen = candidates.find((c) => fits(boxOf(c)))
		if (!chosen) {
			// Nowhere free: beside the dot on its preferred side, moved down a line at a time past other labels.
			const c = candidates[0]
			let y = c.y
			const line = fontSize * 1.15
			for (let tries = 0; tries < 8 && boxes.some((o) => overlaps(o, boxOf({ ...c, y }))); tries++) y += line
			chosen = { ...c, y: Math.min(y, plot.y + plot.height + fontSize) }
		}
		boxes.push(boxOf(chosen))
		dots.push({
			projectId: p.projectId,
			title: p.title,
			label,
			cx,
			cy,
			r,
			quadrant: p.quadrant as Quadrant,
			planned: p.effectivenessBasis === 'plannedImprovement',
			labelX: chosen.x,
			labelY: chosen.y,
			labelAnchor: chosen.anchor,
		})
	})
	return {
		width,
		height,
		fontSize,
		plot,
		midX: px(PLACEMENT_MIDPOINT),
		midY: py(PLACEMENT_MIDPOINT),
		xAxisLabel: { x: plot.x + plot.width / 2, y: height - fontSize * 0.6 },
		yAxisLabel: { x: fontSize * 1.2, y: plot.y + plot.height / 2 },
		corners,
		dots,
		unplaced: placements.filter((p) => !p.placed),
	}
}

/** Colours of the picture (kept printable in greyscale: dots differ by fill, not colour alone). */
export const QUADRANT_COLORS = {
	axis: '#555555',
	grid: '#bbbbbb',
	corner: '#888888',
	dot: '#1f6feb',
	label: '#222222',
} as const

/**
 * The picture as a standalone SVG document (UTF-8 text, no external resources), for the
 * print page and the Word file: the layout of `projectQuadrantLayout` with the texts of
 * `lang` (or `texts`). A plan with no placed project gets the `empty` text in the frame.
 */
export function projectQuadrantSvg(
	placements: readonly ProjectPlacement[],
	opts: QuadrantLayoutOptions & { lang?: PlanLang; texts?: QuadrantTexts } = {},
): string {
	const layout = projectQuadrantLayout(placements, opts)
	const texts = opts.texts ?? QUADRANT_TEXTS[opts.lang ?? 'zh']
	const { plot, fontSize: fs } = layout
	const parts: string[] = []
	parts.push(
		`<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" font-family="'Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei',sans-serif" font-size="${fs}">`,
		`<rect x="0" y="0" width="${layout.width}" height="${layout.height}" fill="#ffffff"/>`,
		`<rect x="${r1(plot.x)}" y="${r1(plot.y)}" width="${r1(plot.width)}" height="${r1(plot.height)}" fill="none" stroke="${QUADRANT_COLORS.axis}"/>`,
		`<line x1="${r1(layout.midX)}" y1="${r1(plot.y)}" x2="${r1(layout.midX)}" y2="${r1(plot.y + plot.height)}" stroke="${QUADRANT_COLORS.grid}" stroke-dasharray="4 3"/>`,
		`<line x1="${r1(plot.x)}" y1="${r1(layout.midY)}" x2="${r1(plot.x + plot.width)}" y2="${r1(layout.midY)}" stroke="${QUADRANT_COLORS.grid}" stroke-dasharray="4 3"/>`,
	)
	for (const c of layout.corners) {
		parts.push(
			`<text x="${r1(c.x)}" y="${r1(c.y)}" text-anchor="${c.anchor}" fill="${QUADRANT_COLORS.corner}">${escapeXml(texts.quadrants[c.quadrant])}</text>`,
		)
	}
	parts.push(
		`<text x="${r1(layout.xAxisLabel.x)}" y="${r1(layout.xAxisLabel.y)}" text-anchor="middle" fill="${QUADRANT_COLORS.axis}">${escapeXml(texts.xAxis)}</text>`,
		`<text x="${r1(layout.yAxisLabel.x)}" y="${r1(layout.yAxisLabel.y)}" text-anchor="middle" fill="${QUADRANT_COLORS.axis}" transform="rotate(-90 ${r1(layout.yAxisLabel.x)} ${r1(layout.yAxisLabel.y)})">${escapeXml(texts.yAxis)}</text>`,
	)
	if (layout.dots.length === 0) {
		parts.push(
			`<text x="${r1(plot.x + plot.width / 2)}" y="${r1(plot.y + plot.height / 2)}" text-anchor="middle" fill="${QUADRANT_COLORS.axis}">${escapeXml(texts.empty)}</text>`,
		)
	}
	for (const d of layout.dots) {
		const fill = d.planned ? '#ffffff' : QUADRANT_COLORS.dot
		parts.push(
			`<circle cx="${r1(d.cx)}" cy="${r1(d.cy)}" r="${d.r}" fill="${fill}" stroke="${QUADRANT_COLORS.dot}" stroke-width="1.5"><title>${escapeXml(d.title)}</title></circle>`,
			`<text x="${r1(d.labelX)}" y="${r1(d.labelY)}" text-anchor="${d.labelAnchor}" fill="${QUADRANT_COLORS.label}">${escapeXml(d.label)}</text>`,
		)
	}
	parts.push('</svg>')
	return parts.join('')
}
