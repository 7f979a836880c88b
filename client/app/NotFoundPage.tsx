import { useTranslation } from 'react-i18next'
import { navigate } from './router'

/** Shown for an unknown path, and for a board that does not exist. */
export function NotFoundPage({ title, hint }: { title?: string; hint?: string }) {
	const { t } = useTranslation()
	return (
		<main className="nd-centered" data-testid="not-found">
			<h1>{title ?? t('board.notFound')}</h1>
			<p>{hint ?? t('board.notFoundHint')}</p>
			<button type="button" className="nd-button" onClick={() => navigate('/')}>
				{t('board.backHome')}
			</button>
		</main>
	)
}
