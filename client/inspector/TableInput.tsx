import { useTranslation } from 'react-i18next'
import type { FieldDescriptor } from '../../shared/domain/cardFields'
import { formatAmount } from '../cards/cardSummary'
import { useVolunteerHourValue } from '../planInfo/usePlanInfo'
import { computedAmount, editBudgetLine } from './budgetAmount'
import { FieldInput } from './FieldInput'
import { displayColumns, WIDE_COLUMNS } from './tableColumns'

interface Props {
	field: FieldDescriptor
	rows: Record<string, unknown>[]
	lang: 'zh' | 'en'
	actorNames: readonly string[]
	/** Actor names for one cell, when they depend on the row (a dispatch step's stage). */
	actorNamesFor?(row: Record<string, unknown>, column: FieldDescriptor): readonly string[]
	onChange(rows: Record<string, unknown>[]): void
	id: string
}

/** An empty row: first enum option, null numbers, empty texts. */
function emptyRow(columns: readonly FieldDescriptor[]): Record<string, unknown> {
	return Object.fromEntries(
		columns.map((c) => [c.key, c.input === 'enum' ? (c.options?.[0]?.value ?? '') : c.input === 'number' ? null : '']),
	)
}

/** Indicator values left empty are 未填报, which is not 0. */
const NOT_REPORTED_COLUMNS = new Set(['baseline', 'target', 'actual'])

/**
 * A table editor (activities, budget lines, indicators, risks, dispatch trail): a real
 * table with a header row where there is room, each row stacked as a small form with
 * its labels where there is not (the inspector, a phone) — decided by the width of its
 * container. A budget line whose quantity and unit price are both set shows their product
 * as its amount.
 */
export function TableInput({ field, rows, lang, actorNames, actorNamesFor, onChange, id }: Props) {
	const { t } = useTranslation()
	const hourValue = useVolunteerHourValue()
	const columns = displayColumns(field)
	const isBudget = field.input === 'budget'
	const setCell = (i: number, key: string, value: unknown) =>
		onChange(rows.map((r, j) => (j !== i ? r : isBudget ? editBudgetLine(r, key, value) : { ...r, [key]: value })))

	const cell = (row: Record<string, unknown>, i: number, col: FieldDescriptor) => {
		const cellId = `${id}-${i}-${col.key}`
		if (isBudget && col.key === 'amount') {
			const computed = computedAmount(row)
			if (computed !== null) {
				return (
					<>
						<output id={cellId} className="nd-table-input__computed" data-testid="budget-amount">
							{t('tableEditor.amountComputed', { amount: formatAmount(computed, '', lang) })}
						</output>
						<span className="nd-table-input__hint">{t('tableEditor.amountFormula')}</span>
					</>
				)
			}
			const hours = typeof row.quantity === 'number' ? row.quantity : null
			const inKindHours = row.category === 'volunteerTime' && hours !== null && row.amount === null
			return (
				<>
					<FieldInput
						field={col}
						value={row[col.key]}
						nullable
						lang={lang}
						actorNames={actorNames}
						id={cellId}
						onChange={(v) => setCell(i, col.key, v)}
					/>
					{inKindHours && (
						<span className="nd-table-input__hint">
							{t('tableEditor.inKindValue', {
								amount: formatAmount(Math.round(hours * hourValue * 100) / 100, '', lang),
								hours: formatAmount(hours, '', lang),
								rate: formatAmount(hourValue, '', lang),
							})}
						</span>
					)}
				</>
			)
		}
		return (
			<FieldInput
				field={col}
				value={row[col.key]}
				nullable
				lang={lang}
				actorNames={actorNamesFor ? actorNamesFor(row, col) : actorNames}
				id={cellId}
				placeholder={
					field.input === 'indicators' && NOT_REPORTED_COLUMNS.has(col.key) ? t('tableEditor.notReported') : undefined
				}
				onChange={(v) => setCell(i, col.key, v)}
			/>
		)
	}

	return (
		<div className="nd-table-input" id={id} data-table={field.input}>
			{rows.length === 0 ? (
				<p className="nd-muted nd-table-input__empty">{t('tableEditor.noRows')}</p>
			) : (
				<table className="nd-table-input__table">
					<thead>
						<tr>
							{columns.map((col) => (
								<th key={col.key} scope="col" data-col={col.key}>
									{col[lang]}
									{col.unit ? `（${col.unit[lang]}）` : ''}
								</th>
							))}
							<th scope="col">
								<span className="nd-sr-only">{t('tableEditor.remove')}</span>
							</th>
						</tr>
					</thead>
					<tbody>
						{rows.map((row, i) => (
							// biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their position
							<tr key={i} className="nd-table-input__row" data-row={i}>
								{columns.map((col) => (
									<td
										key={col.key}
										className={`nd-table-input__cell${WIDE_COLUMNS.has(col.key) ? ' nd-table-input__cell--wide' : ''}`}
										data-col={col.key}
									>
										<label className="nd-table-input__label" htmlFor={`${id}-${i}-${col.key}`}>
											{col[lang]}
										</label>
										{cell(row, i, col)}
									</td>
								))}
								<td className="nd-table-input__actions">
									<button
										type="button"
										className="nd-link"
										onClick={() => onChange(rows.filter((_, j) => j !== i))}
										aria-label={t('tableEditor.removeRow', { n: i + 1 })}
										title={t('tableEditor.removeRow', { n: i + 1 })}
									>
										✕ {t('tableEditor.remove')}
									</button>
								</td>
							</tr>
						))}
					</tbody>
				</table>
			)}
			<button
				type="button"
				className="nd-link nd-table-input__add"
				data-testid={`add-row-${field.key}`}
				onClick={() => onChange([...rows, emptyRow(field.columns ?? [])])}
			>
				+ {t('tableEditor.addRow')}
			</button>
		</div>
	)
}
