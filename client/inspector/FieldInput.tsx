import type { FieldDescriptor } from '../../shared/domain/cardFields'
import { StringListInput } from './StringListInput'
import { TableInput } from './TableInput'

export interface FieldInputProps {
	field: FieldDescriptor
	value: unknown
	/** Whether an empty number means null (else the field keeps a number). */
	nullable: boolean
	lang: 'zh' | 'en'
	/** Names offered for `suggestFrom: 'actors'` fields. */
	actorNames: readonly string[]
	/** In a table: the names offered for one cell, when they depend on its row. */
	actorNamesFor?(row: Record<string, unknown>, column: FieldDescriptor): readonly string[]
	onChange(value: unknown): void
	id: string
	/** Shown while the input is empty (e.g. 未填报 for an indicator not yet reported). */
	placeholder?: string
	/** The accessible name where no visible <label> points at the input (a list cell: column and card). */
	label?: string
}

function parseNumber(raw: string, field: FieldDescriptor, nullable: boolean, previous: unknown): number | null {
	if (raw.trim() === '') return nullable ? null : typeof previous === 'number' ? previous : 0
	let n = Number(raw)
	if (!Number.isFinite(n)) return typeof previous === 'number' ? previous : null
	if (field.integer) n = Math.round(n)
	if (field.min !== undefined) n = Math.max(field.min, n)
	if (field.max !== undefined) n = Math.min(field.max, n)
	return n
}

/** A group of checkboxes is a fieldset (named for screen readers) that looks like the plain row it was. */
const CHECKS_RESET = { border: 0, margin: 0, padding: 0, minWidth: 0 } as const

/** The input of one field, chosen by its descriptor. */
export function FieldInput({
	field,
	value,
	nullable,
	lang,
	actorNames,
	actorNamesFor,
	onChange,
	id,
	placeholder,
	label,
}: FieldInputProps) {
	if (field.readOnly) {
		return (
			<output id={id} className="nd-field__static" data-testid="field-static">
				{value === null || value === undefined || value === '' ? '—' : String(value)}
				{field.unit && typeof value === 'number' ? ` ${field.unit[lang]}` : ''}
			</output>
		)
	}
	switch (field.input) {
		case 'longtext':
			return (
				<textarea
					id={id}
					aria-label={label}
					className="nd-field__input"
					rows={3}
					placeholder={placeholder}
					value={typeof value === 'string' ? value : ''}
					onChange={(e) => onChange(e.target.value)}
				/>
			)
		case 'number':
			return (
				<span className="nd-field__number">
					<input
						id={id}
						aria-label={label}
						className="nd-field__input"
						type="number"
						inputMode="decimal"
						min={field.min}
						max={field.max}
						step={field.integer ? 1 : 'any'}
						placeholder={placeholder}
						value={typeof value === 'number' ? value : ''}
						onChange={(e) => onChange(parseNumber(e.target.value, field, nullable, value))}
					/>
					{field.unit && <span className="nd-field__unit">{field.unit[lang]}</span>}
				</span>
			)
		case 'enum':
			return (
				<select
					id={id}
					aria-label={label}
					className="nd-field__input"
					value={typeof value === 'string' ? value : ''}
					onChange={(e) => onChange(e.target.value)}
				>
					{(field.options ?? []).map((o) => (
						<option key={o.value} value={o.value}>
							{o[lang]}
						</option>
					))}
				</select>
			)
		case 'multiEnum': {
			const selected = Array.isArray(value) ? (value as string[]) : []
			return (
				<fieldset className="nd-field__checks" id={id} aria-label={label} style={CHECKS_RESET}>
					{(field.options ?? []).map((o) => (
						<label key={o.value} className="nd-field__check">
							<input
								type="checkbox"
								checked={selected.includes(o.value)}
								onChange={(e) =>
									onChange(e.target.checked ? [...selected, o.value] : selected.filter((v) => v !== o.value))
								}
							/>
							{o[lang]}
						</label>
					))}
				</fieldset>
			)
		}
		case 'date':
			return (
				<input
					id={id}
					aria-label={label}
					className="nd-field__input"
					type="date"
					value={typeof value === 'string' ? value : ''}
					onChange={(e) => onChange(e.target.value)}
				/>
			)
		case 'stringList':
			return (
				<StringListInput
					id={id}
					label={label}
					value={Array.isArray(value) ? (value as string[]) : []}
					suggestions={field.suggestFrom === 'actors' ? actorNames : []}
					onChange={onChange}
				/>
			)
		case 'activities':
		case 'budget':
		case 'indicators':
		case 'risks':
		case 'dispatchTrail':
			return (
				<TableInput
					field={field}
					rows={Array.isArray(value) ? (value as Record<string, unknown>[]) : []}
					lang={lang}
					actorNames={actorNames}
					actorNamesFor={actorNamesFor}
					onChange={onChange}
					id={id}
				/>
			)
		default: {
			const suggestions = field.suggestFrom === 'actors' ? actorNames : (field.options ?? []).map((o) => o[lang])
			return (
				<>
					<input
						id={id}
						aria-label={label}
						className="nd-field__input"
						list={suggestions.length > 0 ? `${id}-suggestions` : undefined}
						placeholder={placeholder}
						value={typeof value === 'string' ? value : ''}
						onChange={(e) => onChange(e.target.value)}
					/>
					{suggestions.length > 0 && (
						<datalist id={`${id}-suggestions`}>
							{suggestions.map((s) => (
								<option key={s} value={s} />
							))}
						</datalist>
					)}
				</>
			)
		}
	}
}
