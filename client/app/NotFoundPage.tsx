import { useTranslation } from 'react-i18next'
import { navigate } from './router'

/** Shown for an unknown path, and for a board that does not exist. */
export function NotFoundPage({
	title,
	hint,
	action,
}: {
	title?: string
	hint?: string
	/** A way out besides going home (e.g. discard what the server refused and reopen). */
	action?: { label: string; onClick(): void }
}) {
	const { t } = useTranslation()
	return (
		<main className="nd-centered" data-testid="not-found">
			<h1>{title ?? t('board.notFound')}</h1>
			<p>{hint ?? t('board.notFoundHint')}</p>
			{action && (
				<button
					type="button"
					className="nd-button nd-button--primary"
					data-testid="fatal-action"
					onClick={action.onClick}
				>
					{action.label}
				</button>
			)}
			<button type="button" className="nd-button" onClick={() => navigate('/')}>
				{t('board.backHome')}
			</button>
		</main>
	)
}
