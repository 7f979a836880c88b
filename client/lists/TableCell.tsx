import { useEffect, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { useTranslation } from 'react-i18next'
import type { FieldDescriptor } from '../../shared/domain/cardFields'
import { TableInput } from '../inspector/TableInput'
import { tableRowText } from './listColumns'

interface Props {
	field: FieldDescriptor
	value: unknown
	lang: 'zh' | 'en'
	actorNames: readonly string[]
	/** The card's title, for the dialog's heading. */
	cardTitle: string
	readOnly: boolean
	onChange(rows: Record<string, unknown>[]): void
	id: string
}

/** Lines shown in the cell before "+N". */
const SHOWN_LINES = 3

/**
 * A table field (activities, budget, risks …) in a list: its rows as compact lines, and —
 * for editors — a button that opens the table in a dialog to edit it, live like any cell.
 */
export function TableCell({ field, value, lang, actorNames, cardTitle, readOnly, onChange, id }: Props) {
	const { t } = useTranslation()
	const [open, setOpen] = useState(false)
	const openerRef = useRef<HTMLButtonElement>(null)
	const dialogRef = useRef<HTMLDivElement>(null)
	const rows = Array.isArray(value)
		? value.filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null)
		: []
	const lines = rows.map((r) => tableRowText(field, r, lang))

	useEffect(() => {
		if (!open) return
		dialogRef.current?.querySelector<HTMLElement>('input, select, textarea, button')?.focus()
		const onKey = (e: KeyboardEvent) => {
			if (e.key === 'Escape') {
				e.stopPropagation()
				setOpen(false)
				openerRef.current?.focus()
			} else if (e.key === 'Tab' && dialogRef.current) {
				// Tab stays inside the dialog.
				const focusable = [
					...dialogRef.current.querySelectorAll<HTMLElement>('input, select, textarea, button:not(:disabled)'),
				]
				const first = focusable[0]
				const last = focusable[focusable.length - 1]
				if (!first || !last) return
				if (e.shiftKey && document.activeElement === first) {
					e.preventDefault()
					last.focus()
				} else if (!e.shiftKey && document.activeElement === last) {
					e.preventDefault()
					first.focus()
				}
			}
		}
		window.addEventListener('keydown', onKey, true)
		return () => window.removeEventListener('keydown', onKey, true)
	}, [open])
	const close = () => {
		setOpen(false)
		openerRef.current?.focus()
	}

	const summary = (
		<span className="nd-table-cell__lines">
			{lines.length === 0 && <span className="nd-muted">—</span>}
			{lines.slice(0, SHOWN_LINES).map((line, i) => (
				// biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity beyond their position
				<span key={i} className="nd-table-cell__line">
					{line}
				</span>
			))}
			{lines.length > SHOWN_LINES && (
				<span className="nd-muted">+{t('tableEditor.rows', { count: lines.length - SHOWN_LINES })}</span>
			)}
		</span>
	)

	if (readOnly) return <div className="nd-table-cell">{summary}</div>
	const heading = `${cardTitle} · ${field[lang]}`
	return (
		<div className="nd-table-cell">
			<button
				ref={openerRef}
				type="button"
				className="nd-table-cell__open"
				id={id}
				aria-haspopup="dialog"
				title={t('tableEditor.edit', { field: field[lang] })}
				onClick={() => setOpen(true)}
			>
				{summary}
				<span className="nd-table-cell__edit" aria-hidden="true">
					✎
				</span>
				<span className="nd-sr-only">{t('tableEditor.edit', { field: field[lang] })}</span>
			</button>
			{open &&
				createPortal(
					<div className="nd-modal" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`}>
						<div className="nd-modal__card nd-table-dialog" ref={dialogRef} data-testid="table-dialog">
							<h2 id={`${id}-title`}>{heading}</h2>
							<TableInput
								field={field}
								rows={rows}
								lang={lang}
								actorNames={actorNames}
								onChange={onChange}
								id={`${id}-editor`}
							/>
							<div className="nd-modal__actions">
								<button type="button" className="nd-button nd-button--primary" onClick={close}>
									{t('tableEditor.done')}
								</button>
							</div>
						</div>
					</div>,
					document.body,
				)}
		</div>
	)
}
