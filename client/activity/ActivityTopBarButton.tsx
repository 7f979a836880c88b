import { useTranslation } from 'react-i18next'
import { useBoardContext } from '../board/BoardContext'

/** The top-bar button that opens and closes the 动态 panel; only the facilitator has it (the log is theirs to read). */
export function ActivityTopBarButton() {
	const { t } = useTranslation()
	const { role, panel, setPanel } = useBoardContext()
	if (role !== 'facilitator') return null
	const open = panel === 'activity'
	return (
		<button
			type="button"
			className={`nd-button nd-button--ghost${open ? ' nd-button--on' : ''}`}
			aria-pressed={open}
			data-testid="open-activity"
			onClick={() => setPanel(open ? null : 'activity')}
		>
			{t('activity.open')}
		</button>
	)
}
