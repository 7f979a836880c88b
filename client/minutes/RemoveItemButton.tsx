import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ConfirmDialog } from '../app/ConfirmDialog'

/** ✕ on a 决议 or 待办, which asks before removing it (as the app does before taking anything away). */
export function RemoveItemButton({ title, text, onRemove }: { title: string; text: string; onRemove(): void }) {
	const { t } = useTranslation()
	const [asking, setAsking] = useState(false)
	return (
		<>
			<button
				type="button"
				className="nd-link nd-minutes-item__remove"
				title={t('minutes.remove')}
				aria-label={t('minutes.remove')}
				data-testid="minutes-item-remove"
				onClick={() => setAsking(true)}
			>
				✕
			</button>
			{asking && (
				<ConfirmDialog
					testId="minutes-remove-confirm"
					title={title}
					message={t('minutes.removeMessage', { text: text || '…' })}
					confirmLabel={t('minutes.removeConfirm')}
					cancelLabel={t('minutes.cancel')}
					danger
					onConfirm={() => {
						setAsking(false)
						onRemove()
					}}
					onCancel={() => setAsking(false)}
				/>
			)}
		</>
	)
}
