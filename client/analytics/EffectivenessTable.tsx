import { useEditor } from '@tldraw/tldraw'
import { useTranslation } from 'react-i18next'
import type { EffectivenessMetrics, IndicatorRow, TargetActual } from '../../shared/plan/planTypes'
import { formatAmount } from '../cards/cardSummary'
import { formatPercent } from './formatPercent'
import { focusCard } from './useLivePlan'

const FIGURES = ['participation', 'volunteers', 'organisations', 'satisfaction'] as const

/** Indicators with a stable key: project, name and how many of that name came before. */
function keyed(rows: readonly IndicatorRow[]): { key: string; row: IndicatorRow }[] {
	const seen = new Map<string, number>()
	return rows.map((row) => {
		const base = `${row.projectId}\u0000${row.name}`
		const n = seen.get(base) ?? 0
		seen.set(base, n + 1)
		return { key: `${base}\u0000${n}`, row }
	})
}

/**
 * 治理效能 in the 分析 panel: each figure's baseline → target → actual and attainment
 * (未设定 without a target or baseline, 未填报 without an actual — never 0 nor 100 %),
 * how many indicators are set and reported, and every indicator by project (click one to
 * go to its project).
 */
export function EffectivenessTable({
	effectiveness,
	indicators,
}: {
	effectiveness: EffectivenessMetrics
	indicators: readonly IndicatorRow[]
}) {
	const editor = useEditor()
	const { t, i18n } = useTranslation()
	const lang = i18n.language === 'en' ? 'en' : 'zh'
	const value = (v: number | null, unit: string, missing: string) =>
		v === null ? <span className="nd-muted">{missing}</span> : formatAmount(Math.round(v * 100) / 100, unit, lang)
	const notSet = t('evaluation.notSet')
	const notReported = t('evaluation.notReported')
	const row = (key: (typeof FIGURES)[number], v: TargetActual) => (
		<tr
			key={key}
			data-testid={`effectiveness-${key}`}
			data-status={v.reported > 0 ? 'reported' : v.target === null ? 'notSet' : 'notReported'}
		>
			<th scope="row">
				{t(`analytics.effectiveness.${key}`)}
				{v.unit && <span className="nd-muted">{lang === 'zh' ? `（${v.unit}）` : ` (${v.unit})`}</span>}
			</th>
			{v.indicators === 0 ? (
				<td colSpan={4} className="nd-muted">
					{t('evaluation.none')}
				</td>
			) : (
				<>
					<td>{value(v.baseline, '', notSet)}</td>
					<td>{value(v.target, '', notSet)}</td>
					<td>{value(v.actual, '', v.target === null ? notSet : notReported)}</td>
					<td>{v.attainment === null ? <span className="nd-muted">—</span> : formatPercent(v.attainment)}</td>
				</>
			)}
		</tr>
	)
	const o = effectiveness.overview
	return (
		<>
			<table className="nd-table nd-table--compact">
				<thead>
					<tr>
						<th />
						<th scope="col">{t('evaluation.baseline')}</th>
						<th scope="col">{t('evaluation.target')}</th>
						<th scope="col">{t('evaluation.actual')}</th>
						<th scope="col">{t('evaluation.attainment')}</th>
					</tr>
				</thead>
				<tbody>{FIGURES.map((key) => row(key, effectiveness[key]))}</tbody>
			</table>
			{o.indicators > 0 && (
				<p className="nd-muted" data-testid="indicator-counts">
					{t('evaluation.indicatorCounts', {
						total: o.indicators,
						reported: o.reported,
						notReported: o.notReported,
						notSet: o.notSet,
					})}
					{o.averagePlannedImprovement !== null &&
						` · ${t('evaluation.plannedImprovement', { value: formatPercent(o.averagePlannedImprovement) })}`}
					{o.averageAttainment !== null &&
						` · ${t('evaluation.averageAttainment', { value: formatPercent(o.averageAttainment) })}`}
				</p>
			)}
			{indicators.length > 0 && (
				<details>
					<summary>{t('evaluation.indicatorList')}</summary>
					<ul className="nd-card-list" data-testid="indicator-list">
						{keyed(indicators).map(({ key, row: i }) => (
							<li key={key} data-status={i.status}>
								<button type="button" className="nd-card-link" onClick={() => focusCard(editor, i.projectId)}>
									{i.project || t('cards.untitled')} · {i.name || t('cards.untitled')}：{value(i.baseline, '', notSet)}{' '}
									→ {value(i.target, '', notSet)} → {value(i.actual, '', i.status === 'notSet' ? notSet : notReported)}
									{i.unit && ` ${i.unit}`}
								</button>
							</li>
						))}
					</ul>
				</details>
			)}
		</>
	)
}
