import { useEditor } from '@tldraw/tldraw'
import { useTranslation } from 'react-i18next'
import type { ProjectPlacement, Quadrant } from '../../shared/plan/planTypes'
import { projectQuadrantLayout, QUADRANT_COLORS } from '../../shared/plan/projectQuadrant'
import { QuadrantFrame } from '../plan/QuadrantFrame'
import { formatPercent } from './formatPercent'
import { focusCard } from './useLivePlan'

/**
 * The efficiency × effectiveness picture of the 分析 panel: each project a labelled dot
 * (hollow while its effectiveness is only planned), laid out by `projectQuadrantLayout`
 * (the same layout the print page and Word file draw); clicking a dot, or pressing Enter
 * on it, goes to the project's card.
 */
export function ProjectQuadrant({ placements }: { placements: readonly ProjectPlacement[] }) {
	const editor = useEditor()
	const { t, i18n } = useTranslation()
	const lang = i18n.language === 'en' ? 'en' : 'zh'
	const layout = projectQuadrantLayout(placements, { width: 320, height: 260, fontSize: 10, maxLabelChars: 9 })
	const { plot } = layout
	const quadrantName = (q: Quadrant) => t(`evaluation.quadrant.${q}`)
	return (
		<div data-testid="project-quadrant" data-placed={layout.dots.length}>
			<svg
				viewBox={`0 0 ${layout.width} ${layout.height}`}
				width="100%"
				role="img"
				aria-label={t('evaluation.quadrant.title')}
				fontSize={layout.fontSize}
				style={{ display: 'block', maxWidth: layout.width }}
			>
				<QuadrantFrame
					layout={layout}
					plotFill="#fff"
					quadrantName={quadrantName}
					xAxis={t('evaluation.quadrant.xAxis')}
					yAxis={t('evaluation.quadrant.yAxis')}
				/>
				{layout.dots.length === 0 && (
					<text
						x={plot.x + plot.width / 2}
						y={plot.y + plot.height / 2}
						textAnchor="middle"
						fill={QUADRANT_COLORS.axis}
					>
						{t('evaluation.quadrant.empty')}
					</text>
				)}
				{layout.dots.map((d) => {
					const p = placements.find((x) => x.projectId === d.projectId)
					const label = t('evaluation.quadrant.dot', {
						title: d.title,
						efficiency: formatPercent(p?.efficiency ?? 0),
						effectiveness: formatPercent(p?.effectiveness ?? 0),
					})
					return (
						// biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>; it takes role, focus and Enter instead.
						<g
							key={d.projectId}
							role="button"
							tabIndex={0}
							aria-label={label}
							data-testid="quadrant-dot"
							data-project={d.projectId}
							data-quadrant={d.quadrant}
							style={{ cursor: 'pointer' }}
							onClick={() => focusCard(editor, d.projectId)}
							onKeyDown={(e) => {
								if (e.key === 'Enter' || e.key === ' ') {
									e.preventDefault()
									focusCard(editor, d.projectId)
								}
							}}
						>
							<title>{label}</title>
							<circle
								cx={d.cx}
								cy={d.cy}
								r={d.r}
								fill={d.planned ? '#fff' : QUADRANT_COLORS.dot}
								stroke={QUADRANT_COLORS.dot}
								strokeWidth={1.5}
							/>
							<text x={d.labelX} y={d.labelY} textAnchor={d.labelAnchor} fill={QUADRANT_COLORS.label}>
								{d.label}
							</text>
						</g>
					)
				})}
			</svg>
			{layout.dots.some((d) => d.planned) && <p className="nd-muted">{t('evaluation.quadrant.plannedLegend')}</p>}
			{layout.unplaced.length > 0 && (
				<div className="nd-muted" data-testid="quadrant-unplaced">
					{t('evaluation.quadrant.unplaced')}
					<ul className="nd-card-list">
						{layout.unplaced.map((p) => (
							<li key={p.projectId} data-missing={p.missing.join(' ')}>
								<button type="button" className="nd-card-link" onClick={() => focusCard(editor, p.projectId)}>
									{p.title || t('cards.untitled')}
									{p.missing.length > 0 &&
										`${lang === 'zh' ? '：' : ': '}${p.missing.map((m) => t(`evaluation.quadrant.missing.${m}`)).join(lang === 'zh' ? '；' : '; ')}`}
								</button>
							</li>
						))}
					</ul>
				</div>
			)}
		</div>
	)
}
