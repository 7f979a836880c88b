import { useValue } from '@tldraw/tldraw'
import { useTranslation } from 'react-i18next'
import { useBoardContext } from '../board/BoardContext'
import { $openMeeting } from './minutesStore'
import { $minutesDialog } from './minutesUi'
import { OpenMeetingSection } from './OpenMeetingSection'
import { PastMeetings } from './PastMeetings'
import './minutes.css'

/** Keys typed in the panel's fields stay there (Ctrl+Z undoes text, not the board). */
function keepKeysInFields(e: { target: EventTarget; stopPropagation(): void }) {
	const el = e.target as HTMLElement
	if (el.closest('input, textarea, select')) e.stopPropagation()
}

/**
 * 会议纪要: the meeting in progress (everyone reads; editors and the facilitator write
 * 决议 and 待办, the facilitator the 议题), and the past meetings with their downloads.
 * A side panel on a laptop, a bottom sheet on a phone.
 */
export function MinutesPanel({ onClose }: { onClose(): void }) {
	const { t } = useTranslation()
	const { role } = useBoardContext()
	const meeting = useValue('open meeting', () => $openMeeting.get(), [])
	return (
		<aside
			className="nd-panel nd-minutes"
			data-testid="minutes-panel"
			aria-label={t('minutes.title')}
			onKeyDown={keepKeysInFields}
		>
			<header className="nd-panel__head">
				<h2>{t('minutes.title')}</h2>
				<button type="button" className="nd-link" onClick={onClose} aria-label={t('minutes.close')}>
					✕
				</button>
			</header>
			{meeting ? (
				<OpenMeetingSection meeting={meeting} />
			) : (
				<>
					<p className="nd-muted">{t('minutes.noneOpen')}</p>
					{role === 'facilitator' && (
						<button
							type="button"
							className="nd-button nd-button--primary"
							data-testid="minutes-start"
							onClick={() => $minutesDialog.set({ kind: 'start' })}
						>
							{t('minutes.start')}
						</button>
					)}
				</>
			)}
			<PastMeetings />
		</aside>
	)
}
