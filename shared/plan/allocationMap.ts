import { MECHANISMS, type Mechanism } from '../domain/enums'
import type { MatchRow, PlanLang } from './planTypes'
import { cutLabel, escapeXml, r1, textWidth } from './svgText'

/**
 * The 资源配置图: which resource goes to which project, and through which mechanism, as
 * one picture that reads at print size. Resources stand in a left column grouped in
 * bands by the allocation's mechanism (行政借力, 社会机制, 市场机制, then 未选择机制);
 * projects stand in a right column; each allocation is a curve coloured by its mechanism.
 * Both columns are ordered by the barycentre of what they link to, so curves cross little
 * (the board itself spreads these links over three stage frames, and its picture of the
 * 资源配置 stage shows only their middles). Pure: the layout and a standalone SVG string.
 */

/** Sizes of the picture (SVG user units). */
export interface AllocationMapOptions {
	/** Total width (default 760). */
	width?: number
	/** Height of one resource row (default 22). */
	rowHeight?: number
	/** Label font size (default 12). */
	fontSize?: number
	/** Labels longer than this many characters are cut with … (default 16). */
	maxLabelChars?: number
}

/** One card standing in a column. */
export interface AllocationMapNode {
	id: string
	/** The full title (for a tooltip). */
	title: string
	/** The title as drawn. */
	label: string
	/** Where its dot is. */
	x: number
	y: number
}

/** A resource in a mechanism band (a resource used through two mechanisms stands in both). */
export interface AllocationMapResource extends AllocationMapNode {
	mechanism: Mechanism | ''
}

/** One mechanism's band. */
export interface AllocationMapBand {
	mechanism: Mechanism | ''
	/** Top and bottom of the band. */
	y1: number
	y2: number
	/** How many allocations go through it. */
	count: number
}

/** One allocation arrow, drawn from its resource's dot to its project's dot. */
export interface AllocationMapEdge {
	id: string
	mechanism: Mechanism | ''
	from: AllocationMapNode
	to: AllocationMapNode
}

/** The laid-out picture. */
export interface AllocationMapLayout {
	width: number
	height: number
	fontSize: number
	bands: AllocationMapBand[]
	resources: AllocationMapResource[]
	projects: AllocationMapNode[]
	edges: AllocationMapEdge[]
	/** x of the band names, the resource dots and the project dots. */
	bandLabelX: number
	resourceX: number
	projectX: number
}

/** The mechanism bands, in the order the framework names them; '' (none chosen) last. */
export const ALLOCATION_MAP_BANDS: readonly (Mechanism | '')[] = [...MECHANISMS.map((m) => m.value), '']

/** A colour per mechanism (and grey for none), distinct in print and for colour-blind readers. */
export const ALLOCATION_MAP_COLORS: Record<Mechanism | 'none', string> = {
	administrative: '#c2410c',
	social: '#15803d',
	market: '#1d4ed8',
	none: '#6b7280',
}

const colorOf = (m: Mechanism | '') => ALLOCATION_MAP_COLORS[m === '' ? 'none' : m]

/** Mean of the positions a node links to; NaN when none (kept where it is). */
function barycentre(links: readonly string[], position: ReadonlyMap<string, number>): number {
	let sum = 0
	let n = 0
	for (const id of links) {
		const p = position.get(id)
		if (p !== undefined) {
			sum += p
			n++
		}
	}
	return n === 0 ? Number.NaN : sum / n
}

/** Stable sort of `ids` by barycentre, NaN keeping its current rank. */
function orderBy(ids: string[], links: ReadonlyMap<string, string[]>, position: ReadonlyMap<string, number>): string[] {
	const keyed = ids.map((id, i) => {
		const b = barycentre(links.get(id) ?? [], position)
		return { id, key: Number.isNaN(b) ? i : b, i }
	})
	keyed.sort((a, b) => a.key - b.key || a.i - b.i)
	return keyed.map((k) => k.id)
}

const rank = (ids: readonly string[]) => new Map(ids.map((id, i) => [id, i / Math.max(1, ids.length - 1)]))

/**
 * Lays out the allocations (`type === 'allocation'` rows of the 匹配表; other rows are
 * ignored). `names` gives each band's words; titles come from the rows. Empty bands are
 * left out; an empty map has no bands and a height of one row.
 */
export function allocationMapLayout(
	matches: readonly MatchRow[],
	opts: AllocationMapOptions = {},
): AllocationMapLayout {
	const width = opts.width ?? 760
	const rowHeight = opts.rowHeight ?? 22
	const fontSize = opts.fontSize ?? 12
	const maxChars = opts.maxLabelChars ?? 16
	const allocations = matches.filter((m) => m.type === 'allocation')

	// A resource node per (mechanism, resource); a project node per project.
	const nodeKey = (m: MatchRow) => `${m.mechanism}\u0000${m.fromId}`
	const bandNodes = new Map<Mechanism | '', string[]>(ALLOCATION_MAP_BANDS.map((b) => [b, []]))
	const resourceLinks = new Map<string, string[]>()
	const projectLinks = new Map<string, string[]>()
	const titles = new Map<string, string>()
	let projects: string[] = []
	for (const m of allocations) {
		const key = nodeKey(m)
		if (!resourceLinks.has(key)) {
			resourceLinks.set(key, [])
			bandNodes.get(m.mechanism)?.push(key)
			titles.set(key, m.from)
		}
		resourceLinks.get(key)?.push(m.toId)
		if (!projectLinks.has(m.toId)) {
			projectLinks.set(m.toId, [])
			projects.push(m.toId)
			titles.set(m.toId, m.to)
		}
		projectLinks.get(m.toId)?.push(key)
	}

	// Barycentre sweeps: resources within their band by their projects, projects by their resources.
	const resourceOrder = () => ALLOCATION_MAP_BANDS.flatMap((b) => bandNodes.get(b) ?? [])
	for (let sweep = 0; sweep < 6; sweep++) {
		projects = orderBy(projects, projectLinks, rank(resourceOrder()))
		const projectRank = rank(projects)
		for (const band of ALLOCATION_MAP_BANDS) {
			bandNodes.set(band, orderBy(bandNodes.get(band) ?? [], resourceLinks, projectRank))
		}
	}

	const top = rowHeight
	const bandGap = rowHeight * 0.6
	const bandLabelX = 8
	const resourceX = Math.round(width * 0.42)
	const projectX = Math.round(width * 0.6)
	const bands: AllocationMapBand[] = []
	const resources: AllocationMapResource[] = []
	let y = top
	for (const band of ALLOCATION_MAP_BANDS) {
		const keys = bandNodes.get(band) ?? []
		if (keys.length === 0) continue
		const y1 = y
		// The band's first row holds its name and count.
		y += rowHeight
		for (const key of keys) {
			const title = titles.get(key) ?? ''
			resources.push({
				id: key.slice(key.indexOf('\u0000') + 1),
				title,
				label: cutLabel(title, maxChars),
				x: resourceX,
				y: y + rowHeight / 2,
				mechanism: band,
			})
			y += rowHeight
		}
		bands.push({ mechanism: band, y1, y2: y, count: allocations.filter((a) => a.mechanism === band).length })
		y += bandGap
	}
	const columnBottom = Math.max(top + rowHeight, y - bandGap)
	// Projects spread over the resources' height, never closer than one row.
	const span = columnBottom - top
	const step = projects.length > 0 ? Math.max(rowHeight, span / projects.length) : rowHeight
	const projectNodes: AllocationMapNode[] = projects.map((id, i) => {
		const title = titles.get(id) ?? ''
		return { id, title, label: cutLabel(title, maxChars), x: projectX, y: top + step * (i + 0.5) }
	})
	const height = Math.max(columnBottom, top + step * projects.length) + rowHeight * 2.2

	const resourceByKey = new Map(resources.map((r) => [`${r.mechanism}\u0000${r.id}`, r]))
	const projectById = new Map(projectNodes.map((p) => [p.id, p]))
	const edges: AllocationMapEdge[] = []
	for (const m of allocations) {
		const from = resourceByKey.get(nodeKey(m))
		const to = projectById.get(m.toId)
		if (from && to) edges.push({ id: m.id, mechanism: m.mechanism, from, to })
	}
	return {
		width,
		height: Math.ceil(height),
		fontSize,
		bands,
		resources,
		projects: projectNodes,
		edges,
		bandLabelX,
		resourceX,
		projectX,
	}
}

/** How many pairs of curves cross (straight segments between the dots): a measure of how readable the map is. */
export function allocationMapCrossings(layout: AllocationMapLayout): number {
	let crossings = 0
	const { edges } = layout
	for (let i = 0; i < edges.length; i++) {
		for (let j = i + 1; j < edges.length; j++) {
			const a = edges[i]
			const b = edges[j]
			if (!a || !b) continue
			const d1 = a.from.y - b.from.y
			const d2 = a.to.y - b.to.y
			if (d1 * d2 < 0) crossings++
		}
	}
	return crossings
}

/** The words of the picture. */
export interface AllocationMapTexts {
	mechanisms: Record<Mechanism | 'none', string>
	resources: string
	projects: string
	/** "{count}" is replaced by the number of allocations. */
	count: string
	empty: string
}

/** The picture's words in each language. */
export const ALLOCATION_MAP_TEXTS: Record<PlanLang, AllocationMapTexts> = {
	zh: {
		mechanisms: {
			...(Object.fromEntries(MECHANISMS.map((m) => [m.value, m.zh])) as Record<Mechanism, string>),
			none: '未选择机制',
		},
		resources: '资源',
		projects: '服务项目',
		count: '{count} 项配置',
		empty: '尚未配置资源',
	},
	en: {
		mechanisms: {
			...(Object.fromEntries(MECHANISMS.map((m) => [m.value, m.en])) as Record<Mechanism, string>),
			none: 'No mechanism chosen',
		},
		resources: 'Resources',
		projects: 'Projects',
		count: '{count} allocations',
		empty: 'No resources have been allocated yet.',
	},
}

/**
 * The picture as a standalone SVG document (no external resources), for the print page
 * and the Word file: bands with their mechanism's name and count, resource names right of
 * the band names and ending at their dots, project names after theirs, one curve per
 * allocation in its mechanism's colour.
 */
export function allocationMapSvg(
	matches: readonly MatchRow[],
	opts: AllocationMapOptions & { lang?: PlanLang; texts?: AllocationMapTexts } = {},
): string {
	const layout = allocationMapLayout(matches, opts)
	const texts = opts.texts ?? ALLOCATION_MAP_TEXTS[opts.lang ?? 'zh']
	const fs = layout.fontSize
	const parts: string[] = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" font-family="'Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei',sans-serif" font-size="${fs}">`,
		`<rect x="0" y="0" width="${layout.width}" height="${layout.height}" fill="#ffffff"/>`,
		`<text x="${layout.resourceX - 8}" y="${r1(fs * 1.2)}" text-anchor="end" font-weight="bold" fill="#222222">${escapeXml(texts.resources)}</text>`,
		`<text x="${layout.projectX + 8}" y="${r1(fs * 1.2)}" font-weight="bold" fill="#222222">${escapeXml(texts.projects)}</text>`,
	]
	if (layout.edges.length === 0) {
		parts.push(
			`<text x="${layout.width / 2}" y="${r1(layout.height / 2)}" text-anchor="middle" fill="#555555">${escapeXml(texts.empty)}</text>`,
			'</svg>',
		)
		return parts.join('')
	}
	for (const band of layout.bands) {
		const color = colorOf(band.mechanism)
		const name = texts.mechanisms[band.mechanism === '' ? 'none' : band.mechanism]
		parts.push(
			`<rect x="2" y="${r1(band.y1)}" width="${layout.resourceX + 6}" height="${r1(band.y2 - band.y1)}" fill="${color}" fill-opacity="0.07" stroke="${color}" stroke-opacity="0.5" rx="4"/>`,
			`<text x="${layout.bandLabelX}" y="${r1(band.y1 + fs * 1.3)}" fill="${color}"><tspan font-weight="bold">${escapeXml(name)}</tspan>  ${escapeXml(texts.count.replace('{count}', String(band.count)))}</text>`,
		)
	}
	const dx = (layout.projectX - layout.resourceX) / 2
	for (const e of layout.edges) {
		parts.push(
			`<path d="M${e.from.x} ${r1(e.from.y)} C${r1(e.from.x + dx)} ${r1(e.from.y)} ${r1(e.to.x - dx)} ${r1(e.to.y)} ${e.to.x} ${r1(e.to.y)}" fill="none" stroke="${colorOf(e.mechanism)}" stroke-width="1.4" stroke-opacity="0.75"/>`,
		)
	}
	for (const r of layout.resources) {
		parts.push(
			`<circle cx="${r.x}" cy="${r1(r.y)}" r="3" fill="${colorOf(r.mechanism)}"><title>${escapeXml(r.title)}</title></circle>`,
			`<text x="${r.x - 7}" y="${r1(r.y + fs * 0.35)}" text-anchor="end" fill="#222222">${escapeXml(r.label)}</text>`,
		)
	}
	for (const p of layout.projects) {
		parts.push(
			`<circle cx="${p.x}" cy="${r1(p.y)}" r="4" fill="#ffffff" stroke="#222222" stroke-width="1.4"><title>${escapeXml(p.title)}</title></circle>`,
			`<text x="${p.x + 8}" y="${r1(p.y + fs * 0.35)}" fill="#222222">${escapeXml(p.label)}</text>`,
		)
	}
	// The legend: a short line per mechanism used, under the columns.
	let lx = layout.bandLabelX
	const ly = layout.height - fs * 0.9
	for (const band of layout.bands) {
		const name = texts.mechanisms[band.mechanism === '' ? 'none' : band.mechanism]
		parts.push(
			`<line x1="${r1(lx)}" y1="${r1(ly - fs * 0.35)}" x2="${r1(lx + 18)}" y2="${r1(ly - fs * 0.35)}" stroke="${colorOf(band.mechanism)}" stroke-width="2.5"/>`,
			`<text x="${r1(lx + 23)}" y="${r1(ly)}" fill="#333333">${escapeXml(name)}</text>`,
		)
		lx += 23 + textWidth(name, fs) + 18
	}
	parts.push('</svg>')
	return parts.join('')
}
