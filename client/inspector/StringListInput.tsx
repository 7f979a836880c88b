import { useEffect, useState } from 'react'

/** Splits "甲、乙, 丙" into ['甲', '乙', '丙']. */
export function parseStringList(raw: string): string[] {
	return raw
		.split(/[,，、;；\n]/)
		.map((s) => s.trim())
		.filter(Boolean)
}

/** A list of short texts typed in one line, separated by 、 or commas. */
export function StringListInput({
	id,
	label,
	value,
	suggestions,
	onChange,
}: {
	id: string
	/** The accessible name where no visible <label> points at the input. */
	label?: string
	value: readonly string[]
	suggestions: readonly string[]
	onChange(value: string[]): void
}) {
	const joined = value.join('、')
	const [raw, setRaw] = useState(joined)
	const [focused, setFocused] = useState(false)
	useEffect(() => {
		if (!focused) setRaw(joined)
	}, [joined, focused])
	return (
		<>
			<input
				id={id}
				aria-label={label}
				className="nd-field__input"
				list={suggestions.length > 0 ? `${id}-suggestions` : undefined}
				value={raw}
				onFocus={() => setFocused(true)}
				onChange={(e) => {
					setRaw(e.target.value)
					onChange(parseStringList(e.target.value))
				}}
				onBlur={() => {
					setFocused(false)
					setRaw(parseStringList(raw).join('、'))
				}}
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
