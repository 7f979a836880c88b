import { useTranslation } from 'react-i18next'
import type { ActivityFilter, ActivityRange } from './activityFilter'

const RANGES = ['today', 'week', 'all', 'custom'] as const

/** The panel's filters: one person (a name or link label seen in the log) and a time range. */
export function ActivityFilters({
	filter,
	people,
	onChange,
}: {
	filter: ActivityFilter
	people: readonly string[]
	onChange(filter: ActivityFilter): void
}) {
	const { t } = useTranslation()
	const { range } = filter
	const custom = range.kind === 'custom' ? range : null
	const setRange = (kind: (typeof RANGES)[number]) => {
		const next: ActivityRange = kind === 'custom' ? { kind, from: '', to: '' } : { kind }
		if (kind !== range.kind) onChange({ ...filter, range: next })
	}
	return (
		<div className="nd-activity__filters">
			<label className="nd-activity__filter">
				<span>{t('activity.person')}</span>
				<select
					className="nd-input"
					data-testid="activity-person"
					value={filter.person}
					onChange={(e) => onChange({ ...filter, person: e.target.value })}
				>
					<option value="">{t('activity.everyone')}</option>
					{people.map((name) => (
						<option key={name} value={name}>
							{name}
						</option>
					))}
				</select>
			</label>
			<fieldset className="nd-activity__ranges" aria-label={t('activity.time')}>
				{RANGES.map((kind) => (
					<button
						key={kind}
						type="button"
						className={`nd-tab${range.kind === kind ? ' nd-tab--active' : ''}`}
						aria-pressed={range.kind === kind}
						data-testid={`activity-range-${kind}`}
						onClick={() => setRange(kind)}
					>
						{t(`activity.range.${kind}`)}
					</button>
				))}
			</fieldset>
			{custom && (
				<div className="nd-activity__dates">
					<label>
						{t('activity.from')}{' '}
						<input
							type="date"
							className="nd-input"
							data-testid="activity-from"
							value={custom.from}
							onChange={(e) => onChange({ ...filter, range: { ...custom, from: e.target.value } })}
						/>
					</label>
					<label>
						{t('activity.to')}{' '}
						<input
							type="date"
							className="nd-input"
							data-testid="activity-to"
							value={custom.to}
							onChange={(e) => onChange({ ...filter, range: { ...custom, to: e.target.value } })}
						/>
					</label>
				</div>
			)}
		</div>
	)
}
