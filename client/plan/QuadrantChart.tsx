import type { PlanLang, ProjectPlacement } from '../../shared/plan/planTypes'
import {
	projectQuadrantLayout,
	QUADRANT_COLORS,
	QUADRANT_TEXTS,
	type QuadrantDot,
} from '../../shared/plan/projectQuadrant'
import { QuadrantFrame } from './QuadrantFrame'

/**
 * The efficiency × effectiveness picture of the print page, drawn from the same layout as
 * the 分析 panel and the Word file (`projectQuadrantLayout`): each placed project a dot
 * with its name, hollow while its effectiveness is only planned.
 */
export function QuadrantChart({ placements, lang }: { placements: readonly ProjectPlacement[]; lang: PlanLang }) {
	const layout = projectQuadrantLayout(placements)
	const texts = QUADRANT_TEXTS[lang]
	const dot = (d: QuadrantDot) => (
		<g key={d.projectId}>
			<circle
				cx={d.cx}
				cy={d.cy}
				r={d.r}
				fill={d.planned ? '#ffffff' : QUADRANT_COLORS.dot}
				stroke={QUADRANT_COLORS.dot}
				strokeWidth={1.5}
			>
				<title>{d.title}</title>
			</circle>
			<text x={d.labelX} y={d.labelY} textAnchor={d.labelAnchor} fill={QUADRANT_COLORS.label}>
				{d.label}
			</text>
		</g>
	)
	return (
		<svg
			className="nd-plan__chart"
			viewBox={`0 0 ${layout.width} ${layout.height}`}
			width={layout.width}
			height={layout.height}
			fontSize={layout.fontSize}
			role="img"
			aria-label={`${texts.xAxis} ${texts.yAxis}`}
		>
			<QuadrantFrame
				layout={layout}
				plotFill="none"
				quadrantName={(q) => texts.quadrants[q]}
				xAxis={texts.xAxis}
				yAxis={texts.yAxis}
			/>
			{layout.dots.map(dot)}
		</svg>
	)
}
