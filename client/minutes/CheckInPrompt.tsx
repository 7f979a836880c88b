import { useValue } from '@tldraw/tldraw'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ACTOR_SECTORS } from '../../shared/domain/enums'
import type { AttendeeSector, MeetingSession } from '../../shared/meeting/minutesLayout'
import { useBoardContext } from '../board/BoardContext'
import { participantSecret } from '../sync/participantSecret'
import { displayName } from '../user/currentUser'
import { saveCheckInMemory, withCheckIn, withDismissed } from './checkInMemory'
import { checkIn } from './minutesApi'
import { minutesErrorText } from './minutesErrorText'
import { $checkInMemory, $checkInOpen } from './minutesUi'

/** Longest 姓名 and 单位/组织 sent, in characters. */
const MAX_NAME = 32
const MAX_ORGANISATION = 60

/**
 * 签到: a small prompt that does not block the board (a bottom sheet on a phone, a banner
 * on a laptop) asking 姓名, 单位/组织 and 类别 (four big buttons), sent to the server, which
 * writes it into the meeting's attendance. 稍后 closes it; the panel reopens it.
 */
export function CheckInPrompt({ meeting }: { meeting: MeetingSession }) {
	const { t, i18n } = useTranslation()
	const lang = i18n.language === 'en' ? 'en' : 'zh'
	const { board } = useBoardContext()
	const memory = useValue('check-in memory', () => $checkInMemory.get(), [])
	const [name, setName] = useState(() => memory.body?.name || displayName())
	const [organisation, setOrganisation] = useState(() => memory.body?.organisation ?? '')
	const [sector, setSector] = useState<AttendeeSector | null>(() => memory.body?.sector ?? null)
	const [busy, setBusy] = useState(false)
	const [error, setError] = useState<string | null>(null)

	const remember = (next: typeof memory) => {
		$checkInMemory.set(next)
		saveCheckInMemory(board.id, next)
	}
	const close = () => {
		remember(withDismissed($checkInMemory.get(), meeting.id))
		$checkInOpen.set(false)
	}
	const submit = (e: FormEvent) => {
		e.preventDefault()
		const body = {
			name: [...name.trim()].slice(0, MAX_NAME).join(''),
			organisation: [...organisation.trim()].slice(0, MAX_ORGANISATION).join(''),
			sector,
		}
		if (!body.name) return setError(t('minutes.nameRequired'))
		if (!body.sector) return setError(t('minutes.sectorRequired'))
		const checked = { ...body, sector: body.sector }
		setBusy(true)
		setError(null)
		checkIn(board.id, meeting.id, { ...checked, participant: participantSecret() }).then(
			() => {
				setBusy(false)
				remember(withCheckIn($checkInMemory.get(), meeting.id, checked))
				$checkInOpen.set(false)
			},
			(err: unknown) => {
				setBusy(false)
				setError(t('minutes.checkInFailed', { message: minutesErrorText(err, t) }))
			},
		)
	}

	return (
		<form
			className="nd-minutes-checkin"
			data-testid="check-in"
			aria-label={t('minutes.checkInTitle')}
			onSubmit={submit}
			onKeyDown={(e) => {
				e.stopPropagation()
				if (e.key === 'Escape') close()
			}}
		>
			<div className="nd-minutes-checkin__head">
				<strong>{t('minutes.checkInTitle')}</strong>
				<span className="nd-muted nd-minutes-checkin__meeting">{meeting.title}</span>
			</div>
			<p className="nd-muted nd-minutes-checkin__hint">{t('minutes.checkInHint')}</p>
			<div className="nd-minutes-checkin__fields">
				<label className="nd-field">
					<span className="nd-field__label">{t('minutes.name')}</span>
					<input
						type="text"
						className="nd-field__input"
						value={name}
						maxLength={MAX_NAME}
						autoComplete="name"
						data-testid="check-in-name"
						onChange={(e) => setName(e.target.value)}
					/>
				</label>
				<label className="nd-field">
					<span className="nd-field__label">{t('minutes.organisation')}</span>
					<input
						type="text"
						className="nd-field__input"
						value={organisation}
						maxLength={MAX_ORGANISATION}
						autoComplete="organization"
						placeholder={t('minutes.organisationPlaceholder')}
						data-testid="check-in-organisation"
						onChange={(e) => setOrganisation(e.target.value)}
					/>
				</label>
			</div>
			<fieldset className="nd-minutes-checkin__sectors" data-lang={lang}>
				<legend className="nd-field__label">{t('minutes.sector')}</legend>
				{ACTOR_SECTORS.map((s) => (
					<button
						key={s.value}
						type="button"
						className={`nd-minutes-checkin__sector${sector === s.value ? ' nd-minutes-checkin__sector--on' : ''}`}
						aria-pressed={sector === s.value}
						data-testid="check-in-sector"
						data-sector={s.value}
						onClick={() => {
							setSector(s.value)
							setError(null)
						}}
					>
						{s[lang]}
					</button>
				))}
			</fieldset>
			{error && (
				<p className="nd-error" role="alert" data-testid="check-in-error">
					{error}
				</p>
			)}
			<div className="nd-minutes-checkin__actions">
				<button type="button" className="nd-button" data-testid="check-in-later" onClick={close}>
					{t('minutes.later')}
				</button>
				<button type="submit" className="nd-button nd-button--primary" disabled={busy} data-testid="check-in-submit">
					{busy ? t('minutes.busy') : t('minutes.submit')}
				</button>
			</div>
		</form>
	)
}
