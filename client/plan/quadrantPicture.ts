import { QUADRANT_CHART_REF, quadrantChartTitle } from '../../shared/export/planDoc/quadrantBlocks'
import type { Plan, PlanLang } from '../../shared/plan/planTypes'
import { projectQuadrantSvg } from '../../shared/plan/projectQuadrant'

/** The pixels per SVG unit of the chart's PNG: 480 units wide printed ~15 cm across ≈ 240 dpi. */
const CHART_SCALE = 3

/**
 * The efficiency × effectiveness picture as a PNG for the Word file (`chart:quadrant`),
 * drawn by this browser from the same SVG as the print page; null when no project can be
 * placed or the browser cannot draw it.
 */
export async function quadrantPicture(
	plan: Plan,
	lang: PlanLang,
): Promise<{ ref: string; title: string; blob: Blob } | null> {
	if (!plan.metrics.placements.some((p) => p.placed)) return null
	const svg = projectQuadrantSvg(plan.metrics.placements, { lang })
	const image = new Image()
	image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
	await image.decode()
	const canvas = document.createElement('canvas')
	canvas.width = Math.round(image.naturalWidth * CHART_SCALE)
	canvas.height = Math.round(image.naturalHeight * CHART_SCALE)
	const ctx = canvas.getContext('2d')
	if (!ctx) return null
	ctx.fillStyle = '#ffffff'
	ctx.fillRect(0, 0, canvas.width, canvas.height)
	ctx.drawImage(image, 0, 0, canvas.width, canvas.height)
	const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
	return blob ? { ref: QUADRANT_CHART_REF, title: quadrantChartTitle(lang), blob } : null
}
