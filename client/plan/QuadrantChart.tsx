import type { PlanLang, ProjectPlacement } from '../../shared/plan/planTypes'
import {
	projectQuadrantLayout,
	QUADRANT_COLORS,
	QUADRANT_TEXTS,
	type QuadrantDot,
} from '../../shared/plan/projectQuadrant'

/**
 * The efficiency × effectiveness picture of the print page, drawn from the same layout as
 * the 分析 panel and the Word file (`projectQuadrantLayout`): each placed project a dot
 * with its name, hollow while its effectiveness is only planned.
 */
export function QuadrantChart({ placements, lang }: { placements: readonly ProjectPlacement[]; lang: PlanLang }) {
	const layout = projectQuadrantLayout(placements)
	const texts = QUADRANT_TEXTS[lang]
	const { plot } = layout
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
			<rect x={plot.x} y={plot.y} width={plot.width} height={plot.height} fill="none" stroke={QUADRANT_COLORS.axis} />
			<line
				x1={layout.midX}
				y1={plot.y}
				x2={layout.midX}
				y2={plot.y + plot.height}
				stroke={QUADRANT_COLORS.grid}
				strokeDasharray="4 3"
			/>
			<line
				x1={plot.x}
				y1={layout.midY}
				x2={plot.x + plot.width}
				y2={layout.midY}
				stroke={QUADRANT_COLORS.grid}
				strokeDasharray="4 3"
			/>
			{layout.corners.map((c) => (
				<text key={c.quadrant} x={c.x} y={c.y} textAnchor={c.anchor} fill={QUADRANT_COLORS.corner}>
					{texts.quadrants[c.quadrant]}
				</text>
			))}
			<text x={layout.xAxisLabel.x} y={layout.xAxisLabel.y} textAnchor="middle" fill={QUADRANT_COLORS.axis}>
				{texts.xAxis}
			</text>
			<text
				x={layout.yAxisLabel.x}
				y={layout.yAxisLabel.y}
				textAnchor="middle"
				fill={QUADRANT_COLORS.axis}
				transform={`rotate(-90 ${layout.yAxisLabel.x} ${layout.yAxisLabel.y})`}
			>
				{texts.yAxis}
			</text>
			{layout.dots.map(dot)}
		</svg>
	)
}
