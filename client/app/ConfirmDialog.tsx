import { type KeyboardEvent, useEffect, useId, useRef } from 'react'

/**
 * A confirmation in our own UI (never `window.confirm`, which WeChat's browser and some
 * kiosks suppress): a question, what will happen, a button that does it and one that
 * does not. Focus starts on the safe choice; Escape cancels; Tab stays inside.
 */
export function ConfirmDialog({
	title,
	message,
	confirmLabel,
	cancelLabel,
	danger = false,
	busy = false,
	error = null,
	onConfirm,
	onCancel,
	testId = 'confirm-dialog',
}: {
	title: string
	message: string
	confirmLabel: string
	cancelLabel: string
	/** The action takes something away (deactivates, ends): the button says so in red. */
	danger?: boolean
	/** The action is under way: the confirm button waits. */
	busy?: boolean
	/** Why the action did not finish, shown under the message (the dialog stays open to try again). */
	error?: string | null
	onConfirm(): void
	onCancel(): void
	testId?: string
}) {
	const titleId = useId()
	const messageId = useId()
	const cancelRef = useRef<HTMLButtonElement>(null)
	const cardRef = useRef<HTMLDivElement>(null)

	useEffect(() => {
		const before = document.activeElement as HTMLElement | null
		cancelRef.current?.focus()
		return () => before?.focus?.()
	}, [])

	const onKeyDown = (e: KeyboardEvent) => {
		if (e.key === 'Escape') {
			e.stopPropagation()
			onCancel()
			return
		}
		if (e.key !== 'Tab') return
		const buttons = Array.from(cardRef.current?.querySelectorAll('button') ?? [])
		const first = buttons[0]
		const last = buttons[buttons.length - 1]
		if (e.shiftKey && document.activeElement === first) {
			e.preventDefault()
			last?.focus()
		} else if (!e.shiftKey && document.activeElement === last) {
			e.preventDefault()
			first?.focus()
		}
	}

	return (
		<div
			className="nd-modal nd-modal--confirm"
			role="alertdialog"
			aria-modal="true"
			aria-labelledby={titleId}
			aria-describedby={messageId}
			onKeyDown={onKeyDown}
		>
			<div className="nd-modal__card" ref={cardRef} data-testid={testId}>
				<h2 id={titleId}>{title}</h2>
				<p id={messageId} className="nd-modal__message">
					{message}
				</p>
				{error && (
					<p className="nd-error" role="alert" data-testid={`${testId}-error`}>
						{error}
					</p>
				)}
				<div className="nd-modal__actions">
					<button
						type="button"
						className="nd-button"
						ref={cancelRef}
						onClick={onCancel}
						data-testid={`${testId}-cancel`}
					>
						{cancelLabel}
					</button>
					<button
						type="button"
						className={`nd-button ${danger ? 'nd-button--danger' : 'nd-button--primary'}`}
						disabled={busy}
						onClick={onConfirm}
						data-testid={`${testId}-confirm`}
					>
						{confirmLabel}
					</button>
				</div>
			</div>
		</div>
	)
}
