import { useTranslation } from 'react-i18next'
import { navigate } from '../app/router'

/**
 * Shown instead of an endless spinner when the server cannot be reached and this
 * device holds no copy of the board.
 */
export function OfflineNotCached({ onRetry }: { onRetry(): void }) {
	const { t } = useTranslation()
	const insecure = typeof window !== 'undefined' && !window.isSecureContext
	return (
		<main className="nd-centered" data-testid="offline-not-cached">
			<h1>{t('offline.notCached')}</h1>
			<p>{t('offline.notCachedHint')}</p>
			{insecure && <p className="nd-muted">{t('offline.insecureHint')}</p>}
			<p>
				<button type="button" className="nd-button nd-button--primary" onClick={onRetry}>
					{t('offline.retry')}
				</button>{' '}
				<button type="button" className="nd-button" onClick={() => navigate('/')}>
					{t('board.backHome')}
				</button>
			</p>
		</main>
	)
}
