import type { Quadrant } from '../../shared/plan/planTypes'
import { QUADRANT_COLORS, type QuadrantLayout } from '../../shared/plan/projectQuadrant'

/**
 * The frame of the efficiency × effectiveness picture — plot box, the two midlines, the
 * quadrant names and the axis labels — drawn from `projectQuadrantLayout`; the 分析 panel
 * and the print page put their own dots on it.
 */
export function QuadrantFrame({
	layout,
	plotFill,
	quadrantName,
	xAxis,
	yAxis,
}: {
	layout: QuadrantLayout
	plotFill: string
	quadrantName(q: Quadrant): string
	xAxis: string
	yAxis: string
}) {
	const { plot } = layout
	return (
		<>
			<rect
				x={plot.x}
				y={plot.y}
				width={plot.width}
				height={plot.height}
				fill={plotFill}
				stroke={QUADRANT_COLORS.axis}
			/>
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
					{quadrantName(c.quadrant)}
				</text>
			))}
			<text x={layout.xAxisLabel.x} y={layout.xAxisLabel.y} textAnchor="middle" fill={QUADRANT_COLORS.axis}>
				{xAxis}
			</text>
			<text
				x={layout.yAxisLabel.x}
				y={layout.yAxisLabel.y}
				textAnchor="middle"
				fill={QUADRANT_COLORS.axis}
				transform={`rotate(-90 ${layout.yAxisLabel.x} ${layout.yAxisLabel.y})`}
			>
				{yAxis}
			</text>
		</>
	)
}
