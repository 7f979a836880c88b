import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { navigate } from '../app/router'
import { discardLocalCopy } from '../auth/signOutOfBoard'
import { type Refusal, refusalKeys } from '../errors/refusal'

/**
 * A board the server refused, in the chosen language: what happened, what to do, and
 * the way out that can help — 重新进入 (clear this board's copy on this device and open
 * it again), 重试 (open it again, keeping the copy), or only the home page.
 */
export function RefusalPage({
	boardId,
	refusal,
	onRetry = () => window.location.reload(),
	detail,
}: {
	boardId: string
	refusal: Refusal
	onRetry?(): void
	/** The server's own words (English, for an administrator): kept out of sight, in a data attribute. */
	detail?: string
}) {
	const { t } = useTranslation()
	const [busy, setBusy] = useState(false)
	const keys = refusalKeys(refusal.kind)
	const reenter = () => {
		setBusy(true)
		void discardLocalCopy(boardId).finally(() => window.location.reload())
	}
	return (
		<main className="nd-centered nd-refusal" data-testid="refusal-page" data-kind={refusal.kind} data-detail={detail}>
			<h1>{t(keys.title)}</h1>
			<p>{t(keys.hint)}</p>
			<div className="nd-refusal__actions">
				{refusal.action === 'reenter' && (
					<button
						type="button"
						className="nd-button nd-button--primary"
						data-testid="refusal-reenter"
						title={t('refusal.reenterHint')}
						aria-describedby="nd-refusal-reenter-hint"
						disabled={busy}
						onClick={reenter}
					>
						{t('refusal.reenter')}
					</button>
				)}
				{refusal.action === 'retry' && (
					<button type="button" className="nd-button nd-button--primary" data-testid="refusal-retry" onClick={onRetry}>
						{t('refusal.retry')}
					</button>
				)}
				<button type="button" className="nd-button" data-testid="refusal-home" onClick={() => navigate('/')}>
					{t('refusal.backHome')}
				</button>
			</div>
			{refusal.action === 'reenter' && (
				<p className="nd-muted" id="nd-refusal-reenter-hint">
					{t('refusal.reenterHint')}
				</p>
			)}
		</main>
	)
}
