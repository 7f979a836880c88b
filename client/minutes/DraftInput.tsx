import { type ChangeEvent, useEffect, useRef, useState } from 'react'

/** How long typing pauses before the text is written for everyone. */
const COMMIT_DELAY_MS = 600

/**
 * A text field over a shared value: what is typed stays local (so the browser's own undo,
 * Ctrl+Z, works as in any text field) and is written for everyone after a short pause, on
 * Enter and on leaving the field. Someone else's change shows when the field is not being edited.
 */
export function DraftInput({
	value,
	onCommit,
	multiline = false,
	whileTyping = true,
	className = 'nd-field__input',
	...rest
}: {
	value: string
	onCommit(value: string): void
	multiline?: boolean
	/** False: written only on Enter and on leaving the field (a line that does not exist until it is written). */
	whileTyping?: boolean
	className?: string
	autoFocus?: boolean
	placeholder?: string
	disabled?: boolean
	maxLength?: number
	id?: string
	list?: string
	'aria-label'?: string
	'data-testid'?: string
}) {
	const [draft, setDraft] = useState(value)
	const focused = useRef(false)
	const timer = useRef<number | undefined>(undefined)
	const latest = useRef({ draft, value, onCommit })
	latest.current = { draft, value, onCommit }

	useEffect(() => {
		if (!focused.current) setDraft(value)
	}, [value])

	const commit = () => {
		window.clearTimeout(timer.current)
		const { draft: d, value: v, onCommit: write } = latest.current
		if (d !== v) write(d)
	}
	// Leaving the panel (unmount) keeps what was typed; commit reads only refs.
	// biome-ignore lint/correctness/useExhaustiveDependencies: runs once, on unmount
	useEffect(() => () => commit(), [])

	const onChange = (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
		setDraft(e.target.value)
		window.clearTimeout(timer.current)
		if (whileTyping) timer.current = window.setTimeout(commit, COMMIT_DELAY_MS)
	}
	const common = {
		...rest,
		className,
		value: draft,
		onChange,
		onFocus: () => {
			focused.current = true
		},
		onBlur: () => {
			focused.current = false
			commit()
		},
	}
	return multiline ? (
		<textarea rows={2} {...common} />
	) : (
		<input
			type="text"
			{...common}
			onKeyDown={(e) => {
				if (e.key === 'Enter') commit()
			}}
		/>
	)
}
