import { useEditor } from '@tldraw/tldraw'
import { useTranslation } from 'react-i18next'
import { DISPATCH_STATUSES, enumLabel, MECHANISMS, SECTORS, URGENCIES } from '../../shared/domain/enums'
import { SECTOR_COLORS, STATUS_COLORS, URGENCY_COLORS } from '../cards/cardStyle'
import { BarList } from './BarList'
import { EffectivenessTable } from './EffectivenessTable'
import { EfficiencyFacts } from './EfficiencyFacts'
import { formatPercent } from './formatPercent'
import { ProjectQuadrant } from './ProjectQuadrant'
import { focusCard, useLivePlan } from './useLivePlan'

/**
 * The analytics panel: need coverage, resource utilisation, unmet needs and idle
 * resources (click one to go to the card), resources by sector and mechanism, projects
 * by dispatch status, the two evaluation dimensions (资源撬动比, cost per direct and
 * indirect beneficiary, baselines → targets → actuals with 未填报), each project placed by
 * efficiency × effectiveness, and the plan's holes — live.
 */
export function AnalyticsPanel({ title, onClose }: { title: string; onClose(): void }) {
	const editor = useEditor()
	const { t, i18n } = useTranslation()
	const lang = i18n.language === 'en' ? 'en' : 'zh'
	const plan = useLivePlan(title)
	const m = plan.metrics

	return (
		<aside className="nd-panel nd-analytics" data-testid="analytics-panel" aria-label={t('analytics.title')}>
			<header className="nd-panel__head">
				<h2>{t('analytics.title')}</h2>
				<button type="button" className="nd-link" onClick={onClose} aria-label={t('analytics.close')}>
					✕
				</button>
			</header>

			<div className="nd-kpis">
				<div className="nd-kpi" data-testid="need-coverage" data-value={m.needCoverage.ratio}>
					<span className="nd-kpi__value">{formatPercent(m.needCoverage.ratio)}</span>
					<span className="nd-kpi__label">
						{t('analytics.needCoverage', { count: m.needCoverage.count, total: m.needCoverage.total })}
					</span>
				</div>
				<div className="nd-kpi" data-testid="resource-utilisation" data-value={m.resourceUtilisation.ratio}>
					<span className="nd-kpi__value">{formatPercent(m.resourceUtilisation.ratio)}</span>
					<span className="nd-kpi__label">
						{t('analytics.resourceUtilisation', {
							count: m.resourceUtilisation.count,
							total: m.resourceUtilisation.total,
						})}
					</span>
				</div>
			</div>

			<section>
				<h3>
					{t('analytics.unmetNeeds')} · {plan.unmetNeeds.length}
				</h3>
				{plan.unmetNeeds.length === 0 ? (
					<p className="nd-muted">{t('analytics.noneUnmet')}</p>
				) : (
					<ul className="nd-card-list" data-testid="unmet-needs">
						{plan.unmetNeeds.map((need) => (
							<li key={need.id}>
								<button type="button" className="nd-card-link" onClick={() => focusCard(editor, need.id)}>
									<span className="nd-chip" style={{ background: URGENCY_COLORS[need.urgency], color: '#fff' }}>
										{enumLabel(URGENCIES, need.urgency, lang)}
									</span>
									{need.title || t('cards.untitled')}
								</button>
							</li>
						))}
					</ul>
				)}
			</section>

			<section>
				<h3>
					{t('analytics.idleResources')} · {plan.idleResources.length}
				</h3>
				{plan.idleResources.length === 0 ? (
					<p className="nd-muted">{t('analytics.noneIdle')}</p>
				) : (
					<ul className="nd-card-list" data-testid="idle-resources">
						{plan.idleResources.map((r) => (
							<li key={r.id}>
								<button type="button" className="nd-card-link" onClick={() => focusCard(editor, r.id)}>
									<span className="nd-chip" style={{ background: SECTOR_COLORS[r.sector], color: '#fff' }}>
										{enumLabel(SECTORS, r.sector, lang)}
									</span>
									{r.title || t('cards.untitled')}
								</button>
							</li>
						))}
					</ul>
				)}
			</section>

			<section>
				<h3>{t('analytics.bySector')}</h3>
				<BarList
					testId="resources-by-sector"
					items={SECTORS.map((s) => ({
						key: s.value,
						label: s[lang],
						value: m.resourcesBySector[s.value],
						color: SECTOR_COLORS[s.value],
					}))}
				/>
			</section>

			<section>
				<h3>{t('analytics.byMechanism')}</h3>
				<BarList
					testId="allocations-by-mechanism"
					items={[
						...MECHANISMS.map((x) => ({ key: x.value, label: x[lang], value: m.allocationsByMechanism[x.value] })),
						{ key: 'none', label: t('analytics.noMechanism'), value: m.allocationsByMechanism.none },
					]}
				/>
			</section>

			<section>
				<h3>{t('analytics.byStatus')}</h3>
				<BarList
					testId="projects-by-status"
					items={DISPATCH_STATUSES.map((s) => ({
						key: s.value,
						label: s[lang],
						value: m.projectsByStatus[s.value],
						color: STATUS_COLORS[s.value],
					}))}
				/>
			</section>

			<section>
				<h3>{t('analytics.efficiency.title')}</h3>
				<EfficiencyFacts efficiency={m.efficiency} />
			</section>

			<section>
				<h3>{t('evaluation.effectivenessTitle')}</h3>
				<EffectivenessTable effectiveness={m.effectiveness} indicators={plan.indicators} />
			</section>

			<section>
				<h3>{t('evaluation.quadrant.title')}</h3>
				<p className="nd-muted">{t('evaluation.quadrant.hint')}</p>
				<ProjectQuadrant placements={m.placements} />
			</section>

			<section>
				<h3>
					{t('analytics.warnings')} · {plan.warnings.length}
				</h3>
				{plan.warnings.length === 0 ? (
					<p className="nd-muted">{t('analytics.noWarnings')}</p>
				) : (
					<ul className="nd-warnings" data-testid="warnings">
						{plan.warnings.map((w, i) => (
							<li key={`${w.code}-${w.cardId ?? i}`} className={`nd-warning nd-warning--${w.severity}`}>
								{w.cardId ? (
									<button type="button" className="nd-card-link" onClick={() => focusCard(editor, w.cardId as string)}>
										{w.message[lang]}
									</button>
								) : (
									w.message[lang]
								)}
							</li>
						))}
					</ul>
				)}
			</section>
		</aside>
	)
}
