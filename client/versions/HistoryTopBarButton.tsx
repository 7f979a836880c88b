import { useTranslation } from 'react-i18next'
import { useBoardContext } from '../board/BoardContext'

/** The top-bar button that opens and closes the history (versions) panel. */
export function HistoryTopBarButton() {
	const { t } = useTranslation()
	const { panel, setPanel } = useBoardContext()
	const open = panel === 'history'
	return (
		<button
			type="button"
			className={`nd-button nd-button--ghost${open ? ' nd-button--on' : ''}`}
			aria-pressed={open}
			data-testid="open-history"
			onClick={() => setPanel(open ? null : 'history')}
		>
			{t('versions.open')}
		</button>
	)
}
