import { type KeyboardEvent, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { MAX_COMMENT_LENGTH } from '../../shared/comments/commentsLayout'
import { mentionCandidates, mentionQueryAt } from '../../shared/comments/extractMentions'

interface Props {
	names: readonly string[]
	placeholder: string
	submitLabel: string
	initial?: string
	testId: string
	onSubmit(body: string): void
	onCancel?(): void
	autoFocus?: boolean
}

/**
 * A comment box: a text area (16 px, so a phone does not zoom) with @mention autocomplete
 * from the names given (↑/↓ to choose, Enter or Tab to insert, Esc to close), sent with the
 * button or Ctrl/⌘+Enter.
 */
export function CommentComposer({
	names,
	placeholder,
	submitLabel,
	initial = '',
	testId,
	onSubmit,
	onCancel,
	autoFocus,
}: Props) {
	const { t } = useTranslation()
	const [body, setBody] = useState(initial)
	const [caret, setCaret] = useState(initial.length)
	const [active, setActive] = useState(0)
	const [dismissed, setDismissed] = useState(false)
	const ref = useRef<HTMLTextAreaElement>(null)
	const listId = useId()
	const query = mentionQueryAt(body, caret)
	const candidates = query && !dismissed ? mentionCandidates(query.query, names) : []
	const open = candidates.length > 0
	const trimmed = body.trim()
	const tooLong = trimmed.length > MAX_COMMENT_LENGTH

	const insert = (name: string) => {
		if (!query) return
		const next = `${body.slice(0, query.start)}@${name} ${body.slice(caret)}`
		const at = query.start + name.length + 2
		setBody(next)
		setCaret(at)
		setActive(0)
		requestAnimationFrame(() => {
			ref.current?.focus()
			ref.current?.setSelectionRange(at, at)
		})
	}
	const submit = () => {
		if (!trimmed || tooLong) return
		onSubmit(trimmed)
		setBody('')
		setCaret(0)
	}
	const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
		e.stopPropagation()
		if (open && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
			e.preventDefault()
			setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : candidates.length - 1)) % candidates.length)
		} else if (open && (e.key === 'Enter' || e.key === 'Tab') && !e.ctrlKey && !e.metaKey) {
			e.preventDefault()
			insert(candidates[Math.min(active, candidates.length - 1)])
		} else if (open && e.key === 'Escape') {
			e.preventDefault()
			setDismissed(true)
		} else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
			e.preventDefault()
			submit()
		} else if (e.key === 'Escape' && onCancel) {
			e.preventDefault()
			onCancel()
		}
	}

	return (
		<form
			className="nd-comment-composer"
			data-testid={testId}
			onSubmit={(e) => {
				e.preventDefault()
				submit()
			}}
		>
			<div className="nd-comment-composer__box">
				<textarea
					ref={ref}
					className="nd-comment-composer__input"
					value={body}
					rows={2}
					placeholder={placeholder}
					aria-label={placeholder}
					// biome-ignore lint/a11y/noAutofocus: the box was opened to write in it
					autoFocus={autoFocus}
					role="combobox"
					aria-autocomplete="list"
					aria-expanded={open}
					aria-controls={listId}
					aria-activedescendant={open ? `${listId}-${Math.min(active, candidates.length - 1)}` : undefined}
					data-testid={`${testId}-input`}
					onChange={(e) => {
						setBody(e.target.value)
						setCaret(e.target.selectionStart)
						setDismissed(false)
						setActive(0)
					}}
					onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
					onKeyDown={onKeyDown}
				/>
				{open && (
					<div
						className="nd-comment-mentions"
						id={listId}
						role="listbox"
						aria-label={t('comments.mentionList')}
						data-testid="mention-list"
					>
						{candidates.map((name, i) => (
							<div
								key={name}
								id={`${listId}-${i}`}
								role="option"
								tabIndex={-1}
								aria-selected={i === active}
								className={i === active ? 'nd-comment-mentions--active' : undefined}
								onPointerDown={(e) => {
									e.preventDefault()
									insert(name)
								}}
							>
								@{name}
							</div>
						))}
					</div>
				)}
			</div>
			{tooLong && (
				<p className="nd-error" role="alert">
					{t('comments.tooLong', { max: MAX_COMMENT_LENGTH })}
				</p>
			)}
			<div className="nd-comment-composer__actions">
				{onCancel && (
					<button type="button" className="nd-button" onClick={onCancel}>
						{t('comments.cancel')}
					</button>
				)}
				<button
					type="submit"
					className="nd-button nd-button--primary"
					disabled={!trimmed || tooLong}
					data-testid={`${testId}-send`}
				>
					{submitLabel}
				</button>
			</div>
		</form>
	)
}
