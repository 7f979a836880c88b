import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useBoardContext } from '../board/BoardContext'
import { serverNow } from '../meeting/serverClock'
import { displayName } from '../user/currentUser'
import { AgendaEditor } from './AgendaEditor'
import { localDate } from './localDate'
import { startMeeting } from './meetingActions'

/** Longest 会议名称 and 地点, in characters. */
const MAX_TITLE_LENGTH = 120

/**
 * 开始会议 (facilitator): 会议名称 (prefilled "<board> 联席会议 <date>"), 地点 and the 议题 list;
 * starting writes the meeting with the server's time and opens the 会议纪要 panel.
 */
export function StartMeetingDialog({ onClose }: { onClose(): void }) {
	const { t } = useTranslation()
	const { board, doc, role, setPanel } = useBoardContext()
	const [title, setTitle] = useState(() =>
		t('minutes.defaultTitle', { board: board.title, date: localDate(serverNow()) }),
	)
	const [place, setPlace] = useState('')
	const [agenda, setAgenda] = useState<string[]>([''])
	const [problem, setProblem] = useState<string | null>(null)

	const submit = (e: FormEvent) => {
		e.preventDefault()
		if (!title.trim()) {
			setProblem(t('minutes.titleRequired'))
			return
		}
		if (!doc) return
		startMeeting(doc, role, { title, place, agenda, facilitatorName: displayName() })
		// Also when refused because another facilitator's meeting started meanwhile: the panel shows that one.
		setPanel('minutes')
		onClose()
	}

	return (
		<div className="nd-modal" role="dialog" aria-modal="true" aria-labelledby="nd-start-meeting-title">
			<form
				className="nd-modal__card nd-modal__card--wide nd-minutes-start"
				data-testid="start-meeting-dialog"
				onSubmit={submit}
				onKeyDown={(e) => {
					if (e.key === 'Escape') onClose()
				}}
			>
				<h2 id="nd-start-meeting-title">{t('minutes.startTitle')}</h2>
				<label className="nd-field">
					<span className="nd-field__label">{t('minutes.meetingTitle')}</span>
					<input
						type="text"
						className="nd-field__input"
						value={title}
						// biome-ignore lint/a11y/noAutofocus: the dialog opens on the facilitator's click, at its first field
						autoFocus
						maxLength={MAX_TITLE_LENGTH}
						data-testid="meeting-title"
						onChange={(e) => {
							setTitle(e.target.value)
							setProblem(null)
						}}
					/>
				</label>
				<label className="nd-field">
					<span className="nd-field__label">{t('minutes.place')}</span>
					<input
						type="text"
						className="nd-field__input"
						value={place}
						maxLength={MAX_TITLE_LENGTH}
						placeholder={t('minutes.placePlaceholder')}
						data-testid="meeting-place"
						onChange={(e) => setPlace(e.target.value)}
					/>
				</label>
				<div className="nd-field">
					<span className="nd-field__label">{t('minutes.agenda')}</span>
					<AgendaEditor items={agenda} onChange={setAgenda} />
				</div>
				{problem && (
					<p className="nd-error" role="alert">
						{problem}
					</p>
				)}
				<div className="nd-modal__actions">
					<button type="button" className="nd-button" onClick={onClose}>
						{t('minutes.cancel')}
					</button>
					<button type="submit" className="nd-button nd-button--primary" data-testid="meeting-start">
						{t('minutes.startConfirm')}
					</button>
				</div>
			</form>
		</div>
	)
}
