import { useTranslation } from 'react-i18next'
import type { FieldDescriptor } from '../../shared/domain/cardFields'
import { FieldInput } from './FieldInput'

interface Props {
	field: FieldDescriptor
	rows: Record<string, unknown>[]
	lang: 'zh' | 'en'
	actorNames: readonly string[]
	onChange(rows: Record<string, unknown>[]): void
	id: string
}

/** An empty row: first enum option, null numbers, empty texts. */
function emptyRow(columns: readonly FieldDescriptor[]): Record<string, unknown> {
	return Object.fromEntries(
		columns.map((c) => [c.key, c.input === 'enum' ? (c.options?.[0]?.value ?? '') : c.input === 'number' ? null : '']),
	)
}

/** A small table editor (activities, budget lines, indicators): edit cells, add and remove rows. */
export function TableInput({ field, rows, lang, actorNames, onChange, id }: Props) {
	const { t } = useTranslation()
	const columns = field.columns ?? []
	return (
		<div className="nd-table-input" id={id}>
			{rows.map((row, i) => (
				// biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their position
				<div key={i} className="nd-table-input__row">
					{columns.map((col) => (
						<div key={col.key} className="nd-table-input__cell">
							<label className="nd-table-input__label" htmlFor={`${id}-${i}-${col.key}`}>
								{col[lang]}
							</label>
							<FieldInput
								field={col}
								value={row[col.key]}
								nullable
								lang={lang}
								actorNames={actorNames}
								id={`${id}-${i}-${col.key}`}
								onChange={(v) => onChange(rows.map((r, j) => (j === i ? { ...r, [col.key]: v } : r)))}
							/>
						</div>
					))}
					<button
						type="button"
						className="nd-link"
						onClick={() => onChange(rows.filter((_, j) => j !== i))}
						aria-label={t('inspector.removeRow')}
					>
						{t('inspector.removeRow')}
					</button>
				</div>
			))}
			<button type="button" className="nd-link" onClick={() => onChange([...rows, emptyRow(columns)])}>
				+ {t('inspector.addRow')}
			</button>
		</div>
	)
}
