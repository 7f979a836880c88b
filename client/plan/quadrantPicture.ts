import { ALLOCATION_MAP_REF, allocationMapTitle } from '../../shared/export/planDoc/allocationMapBlocks'
import { QUADRANT_CHART_REF, quadrantChartTitle } from '../../shared/export/planDoc/quadrantBlocks'
import { allocationMapSvg } from '../../shared/plan/allocationMap'
import type { Plan, PlanLang } from '../../shared/plan/planTypes'
import { projectQuadrantSvg } from '../../shared/plan/projectQuadrant'
import { svgPicture } from './svgPicture'

/** The pixels per SVG unit of the chart's PNG: 480 units wide printed ~15 cm across ≈ 240 dpi. */
const CHART_SCALE = 3
/** The 资源配置图 is 760 units wide, printed across the page's ~15 cm: 2 px per unit ≈ 260 dpi. */
const ALLOCATION_MAP_SCALE = 2

/** A chart of the plan as a PNG for the Word file. */
export interface ChartPicture {
	ref: string
	title: string
	blob: Blob
}

/**
 * The efficiency × effectiveness picture as a PNG for the Word file (`chart:quadrant`),
 * drawn by this browser from the same SVG as the print page; null when no project can be
 * placed or the browser cannot draw it.
 */
export async function quadrantPicture(plan: Plan, lang: PlanLang): Promise<ChartPicture | null> {
	if (!plan.metrics.placements.some((p) => p.placed)) return null
	const blob = await svgPicture(projectQuadrantSvg(plan.metrics.placements, { lang }), CHART_SCALE)
	return blob ? { ref: QUADRANT_CHART_REF, title: quadrantChartTitle(lang), blob } : null
}

/** True when the plan has allocations to draw in the 资源配置图. */
export function hasAllocationMap(plan: Plan): boolean {
	return plan.matches.some((m) => m.type === 'allocation')
}

/**
 * The 资源配置图 as a PNG for the Word file (`chart:allocation`): it stands in for the
 * picture of the 资源配置 stage frame, whose links run to cards in the other stages and
 * show there only as lines. Null when nothing is allocated or the browser cannot draw it.
 */
export async function allocationMapPicture(plan: Plan, lang: PlanLang): Promise<ChartPicture | null> {
	if (!hasAllocationMap(plan)) return null
	const blob = await svgPicture(allocationMapSvg(plan.matches, { lang }), ALLOCATION_MAP_SCALE)
	return blob ? { ref: ALLOCATION_MAP_REF, title: allocationMapTitle(lang), blob } : null
}
