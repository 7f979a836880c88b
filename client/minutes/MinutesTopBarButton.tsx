import { useValue } from '@tldraw/tldraw'
import { useTranslation } from 'react-i18next'
import { useBoardContext } from '../board/BoardContext'
import { $meetings, $openMeeting } from './minutesStore'

/** 会议纪要 in the top bar, once the board has a meeting (a dot while one is in progress). */
export function MinutesTopBarButton() {
	const { t } = useTranslation()
	const { panel, setPanel } = useBoardContext()
	const any = useValue('any meeting', () => $meetings.get().length > 0, [])
	const running = useValue('meeting running', () => $openMeeting.get() !== null, [])
	if (!any) return null
	const open = panel === 'minutes'
	return (
		<button
			type="button"
			className={`nd-button nd-button--ghost${open ? ' nd-button--on' : ''}`}
			aria-pressed={open}
			title={running ? t('minutes.running') : t('minutes.openHint')}
			data-testid="open-minutes"
			data-running={running}
			onClick={() => setPanel(open ? null : 'minutes')}
		>
			{running && <span className="nd-minutes-live" aria-hidden="true" />}
			{t('minutes.open')}
		</button>
	)
}
