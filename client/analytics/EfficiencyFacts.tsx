import { useTranslation } from 'react-i18next'
import type { EfficiencyMetrics } from '../../shared/plan/planTypes'
import { formatAmount } from '../cards/cardSummary'

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits

/** A note under a figure, across both columns of the facts grid. */
const NOTE = { gridColumn: '1 / -1' } as const

/**
 * 资源使用效率 in the 分析 panel: the 资源撬动比 with its two sides, the budget (cash and
 * in kind), direct and indirect beneficiaries apart with the cost per each, and volunteer
 * hours only as reported (未填报 otherwise, never 0).
 */
export function EfficiencyFacts({ efficiency: e }: { efficiency: EfficiencyMetrics }) {
	const { t, i18n } = useTranslation()
	const lang = i18n.language === 'en' ? 'en' : 'zh'
	const yuan = lang === 'zh' ? '元' : 'yuan'
	const money = (v: number | null, digits = 0) =>
		v === null ? t('evaluation.none') : formatAmount(round(v, digits), yuan, lang)
	const count = (v: number | null) => (v === null ? t('evaluation.none') : formatAmount(v, '', lang))
	const { leverage, costPerBeneficiary: cost, volunteer } = e
	return (
		<dl className="nd-facts" data-testid="efficiency">
			<dt title={t('evaluation.leverageHint')}>{t('evaluation.leverage')}</dt>
			<dd data-testid="leverage-ratio" data-value={leverage.ratio ?? ''}>
				{leverage.ratio === null
					? t('evaluation.leverageNone')
					: t('evaluation.leverageValue', { ratio: formatAmount(round(leverage.ratio, 2), '', lang) })}
			</dd>
			<dt>{t('evaluation.government')}</dt>
			<dd>{money(leverage.government)}</dd>
			<dt>{t('evaluation.nonGovernment')}</dt>
			<dd>{money(leverage.nonGovernment)}</dd>
			<dt>{t('evaluation.budgetTotal')}</dt>
			<dd data-testid="budget-total" data-value={e.budget.total}>
				{money(e.budget.total)}
			</dd>
			{e.budget.inKind > 0 && (
				<dd className="nd-muted" style={NOTE}>
					{t('evaluation.budgetSplit', { cash: money(e.budget.cash), inKind: money(e.budget.inKind) })}
				</dd>
			)}
			<dt title={t('evaluation.beneficiariesHint')}>{t('evaluation.directBeneficiaries')}</dt>
			<dd data-testid="direct-beneficiaries" data-value={e.directBeneficiaries}>
				{count(e.directBeneficiaries)}
			</dd>
			{e.reachCapped && (
				<dd className="nd-warning nd-warning--warning" style={NOTE}>
					{t('evaluation.reachCapped')}
				</dd>
			)}
			<dt title={t('evaluation.beneficiariesHint')}>{t('evaluation.indirectBeneficiaries')}</dt>
			<dd data-testid="indirect-beneficiaries" data-value={e.indirectBeneficiaries}>
				{count(e.indirectBeneficiaries)}
			</dd>
			<dt>{t('evaluation.costPerDirect')}</dt>
			<dd data-testid="cost-per-direct">{money(cost.perDirect, 2)}</dd>
			<dt>{t('evaluation.costPerIndirect')}</dt>
			<dd data-testid="cost-per-indirect">{money(cost.perIndirect, 2)}</dd>
			<dt>{t('evaluation.per10k')}</dt>
			<dd>{e.totalBudget > 0 ? count(round(e.beneficiariesPer10kYuan, 1)) : t('evaluation.none')}</dd>
			<dt>{t('evaluation.volunteerHours')}</dt>
			<dd data-testid="volunteer-hours" data-value={volunteer.reported ?? ''}>
				{volunteer.reported === null
					? t('evaluation.notReported')
					: formatAmount(volunteer.reported, lang === 'zh' ? '小时' : 'h', lang)}
			</dd>
			{volunteer.reported === null && volunteer.planned !== null && (
				<dd className="nd-muted" style={NOTE}>
					{t('evaluation.volunteerPlanned', { hours: formatAmount(volunteer.planned, '', lang) })}
				</dd>
			)}
			<dt>{t('evaluation.perHour')}</dt>
			<dd>
				{volunteer.directBeneficiariesPerReportedHour === null
					? t('evaluation.none')
					: count(round(volunteer.directBeneficiariesPerReportedHour, 2))}
			</dd>
		</dl>
	)
}
