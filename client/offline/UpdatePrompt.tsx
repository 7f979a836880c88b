import { useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { pendingUpdate, subscribeToUpdate } from './updateReady'

/**
 * 新版本可用 · 刷新: a small, non-blocking notice once a new build is installed. Nothing
 * reloads until the button is pressed, so a meeting is never interrupted. The live region
 * is always there (empty until an update comes), so screen readers announce it.
 */
export function UpdatePrompt() {
	const { t } = useTranslation()
	const apply = useSyncExternalStore(subscribeToUpdate, pendingUpdate, () => null)
	return (
		<div className="nd-update" role="status" data-testid="update-prompt">
			{apply && (
				<div className="nd-update__box">
					<span>{t('offline.updateAvailable')}</span>
					<button type="button" className="nd-button nd-button--primary" onClick={apply}>
						{t('offline.updateReload')}
					</button>
				</div>
			)}
		</div>
	)
}
