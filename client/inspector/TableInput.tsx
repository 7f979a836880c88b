import { useTranslation } from 'react-i18next'
import type { FieldDescriptor } from '../../shared/domain/cardFields'
import type { BudgetLine } from '../../shared/domain/cardProps'
import { effectiveBudgetAmount } from '../../shared/plan/effectiveBudgetAmount'
import { formatAmount } from '../cards/cardSummary'
import { useVolunteerHourValue } from '../planInfo/usePlanInfo'
import { editBudgetLine } from './budgetAmount'
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

/**
 * A table editor (activities, budget lines, indicators, risks, dispatch trail): a real
 * table with a header row where there is room, each row stacked as a small form with
 * its labels where there is not (the inspector, a phone) — decided by the width of its
 * container. A budget line shows the amount it counts for in the plan when it is derived
 * (quantity × unit price, or volunteer hours at the board's hourly value), else the typed
 * amount. Indicator values left empty read 未设定 (baseline, target) or 未填报 (actual): not 0.
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
			// What the line counts for in the plan: quantity × unit price, or volunteer hours at the board's value.
			const counted = effectiveBudgetAmount(
				row as unknown as Pick<BudgetLine, 'category' | 'quantity' | 'unitPrice' | 'amount'>,
				hourValue,
			)
			if (counted.amountBasis === 'quantityTimesUnitPrice' || counted.amountBasis === 'volunteerHours') {
				const hours = typeof row.quantity === 'number' ? row.quantity : 0
				return (
					<>
						<output id={cellId} className="nd-table-input__computed" data-testid="budget-amount">
							{t('tableEditor.amountComputed', { amount: formatAmount(counted.effectiveAmount, '', lang) })}
						</output>
						<span className="nd-table-input__hint">
							{counted.amountBasis === 'quantityTimesUnitPrice'
								? t('tableEditor.amountFormula')
								: t('tableEditor.inKindValue', {
										hours: formatAmount(hours, '', lang),
										rate: formatAmount(hourValue, '', lang),
									})}
						</span>
					</>
				)
			}
			return (
				<FieldInput
					field={col}
					value={row[col.key]}
					nullable
					lang={lang}
					actorNames={actorNames}
					id={cellId}
					onChange={(v) => setCell(i, col.key, v)}
				/>
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
					field.input !== 'indicators'
						? undefined
						: col.key === 'actual'
							? t('tableEditor.notReported')
							: col.key === 'baseline' || col.key === 'target'
								? t('tableEditor.notSet')
								: undefined
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
										✕<span className="nd-table-input__remove-text"> {t('tableEditor.remove')}</span>
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
