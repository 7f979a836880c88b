import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api/apiClient'
import { apiErrorText } from '../errors/refusalText'
import { authorName } from './authorName'

/**
 * The facilitator's "恢复" on the preview page, with the same confirmation as the history
 * panel; once restored, `onRestored` takes them back to the live board.
 */
export function PreviewRestoreButton({
	boardId,
	versionId,
	onRestored,
}: {
	boardId: string
	versionId: string
	onRestored(): void
}) {
	const { t } = useTranslation()
	const [confirming, setConfirming] = useState(false)
	const [busy, setBusy] = useState(false)
	const [error, setError] = useState<string | null>(null)

	const restore = async () => {
		setBusy(true)
		setError(null)
		try {
			await api.restoreVersion(boardId, versionId, authorName())
			onRestored()
		} catch (err) {
			setError(t('versions.failed', { message: apiErrorText(err, t) }))
			setBusy(false)
		}
	}

	if (!confirming) {
		return (
			<button
				type="button"
				className="nd-button"
				data-testid="version-preview-restore"
				onClick={() => setConfirming(true)}
			>
				{t('versions.restore')}
			</button>
		)
	}
	return (
		<span className="nd-version-preview__confirm" aria-live="polite">
			<span>{error ?? t('versions.restoreConfirm')}</span>
			<button
				type="button"
				className="nd-button nd-button--primary"
				data-testid="version-preview-restore-yes"
				disabled={busy}
				onClick={() => void restore()}
			>
				{t('versions.restoreYes')}
			</button>
			<button type="button" className="nd-button" disabled={busy} onClick={() => setConfirming(false)}>
				{t('versions.cancel')}
			</button>
		</span>
	)
}
