import { useEditor } from '@tldraw/tldraw'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProjectProps } from '../../shared/domain/cardProps'
import { DISPATCH_STATUSES, type DispatchStatus, enumLabel } from '../../shared/domain/enums'
import { actorNamesForRole, type BoardActor } from '../inspector/actorNamesForRole'
import { advanceProps, defaultActorFor, stageRole, todayIso } from './dispatchStages'

interface Props {
	id: string
	title: string
	props: ProjectProps
	next: DispatchStatus
	actors: readonly BoardActor[]
	lang: 'zh' | 'en'
}

/**
 * Moves a project to its next stage: who takes it (the actors with that stage's role
 * suggested first) and when, then one change — the status, a dated step on the trail and
 * the stage's role if the project named nobody yet — that undo takes back whole.
 */
export function AdvanceProject({ id, title, props, next, actors, lang }: Props) {
	const editor = useEditor()
	const { t } = useTranslation()
	const [open, setOpen] = useState(false)
	const [by, setBy] = useState('')
	const [date, setDate] = useState('')
	const [note, setNote] = useState('')
	const firstRef = useRef<HTMLInputElement>(null)
	const stage = enumLabel(DISPATCH_STATUSES, next, lang)
	const formId = `nd-advance-${id}`
	useEffect(() => {
		if (open) firstRef.current?.focus()
	}, [open])

	if (!open) {
		return (
			<button
				type="button"
				className="nd-button nd-dispatch__advance"
				data-testid="dispatch-advance"
				onClick={() => {
					setBy(defaultActorFor(props, next))
					setDate(todayIso())
					setNote('')
					setOpen(true)
				}}
			>
				{t('dispatch.advance', { stage })} →
			</button>
		)
	}
	const names = actorNamesForRole(actors, stageRole(next))
	return (
		<form
			className="nd-dispatch__form"
			aria-label={t('dispatch.advanceTitle', { title, stage })}
			data-testid="dispatch-advance-form"
			onSubmit={(e) => {
				e.preventDefault()
				editor.markHistoryStoppingPoint(`dispatch:${id}:${next}`)
				editor.updateShape({ id, type: 'project', props: advanceProps(props, next, { date, by, note }) } as never)
				setOpen(false)
			}}
			onKeyDown={(e) => {
				if (e.key === 'Escape') {
					e.stopPropagation()
					setOpen(false)
				}
			}}
		>
			<label className="nd-field__label" htmlFor={`${formId}-by`}>
				{t('dispatch.by')}
			</label>
			<input
				ref={firstRef}
				id={`${formId}-by`}
				className="nd-field__input"
				list={`${formId}-names`}
				value={by}
				data-testid="dispatch-advance-by"
				onChange={(e) => setBy(e.target.value)}
			/>
			<datalist id={`${formId}-names`}>
				{names.map((n) => (
					<option key={n} value={n} />
				))}
			</datalist>
			<label className="nd-field__label" htmlFor={`${formId}-date`}>
				{t('dispatch.date')}
			</label>
			<input
				id={`${formId}-date`}
				className="nd-field__input"
				type="date"
				value={date}
				data-testid="dispatch-advance-date"
				onChange={(e) => setDate(e.target.value)}
			/>
			<label className="nd-field__label" htmlFor={`${formId}-note`}>
				{t('dispatch.note')}
			</label>
			<input id={`${formId}-note`} className="nd-field__input" value={note} onChange={(e) => setNote(e.target.value)} />
			<div className="nd-dispatch__form-actions">
				<button type="button" className="nd-button nd-button--ghost" onClick={() => setOpen(false)}>
					{t('dispatch.cancel')}
				</button>
				<button type="submit" className="nd-button nd-button--primary" data-testid="dispatch-advance-confirm">
					{t('dispatch.confirm')}
				</button>
			</div>
		</form>
	)
}
