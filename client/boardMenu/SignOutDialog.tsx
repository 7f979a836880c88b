import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ConfirmDialog } from '../app/ConfirmDialog'
import { navigate } from '../app/router'
import { signOutOfBoard } from '../auth/signOutOfBoard'
import { usePendingCount } from '../offline/pendingCountStore'

/**
 * The confirmation of "在此设备上退出" (our own dialog: WeChat's browser and kiosks
 * suppress `window.confirm`). It warns about changes not yet on the server; confirmed, it
 * forgets this board's link, deletes its copy on this device, takes it off the home page
 * and goes there. A failure is said in the dialog, which stays open to try again.
 */
export function SignOutDialog({ boardId, title, onClose }: { boardId: string; title: string; onClose(): void }) {
	const { t } = useTranslation()
	const pending = usePendingCount()
	const [busy, setBusy] = useState(false)
	const [error, setError] = useState<string | null>(null)

	const signOut = () => {
		setBusy(true)
		setError(null)
		signOutOfBoard(boardId).then(
			() => navigate('/'),
			() => {
				setBusy(false)
				setError(t('signOut.failed', { message: t('signOut.failedWhy') }))
			},
		)
	}

	const warning = pending > 0 ? ` ${t('signOut.pending', { count: pending })}` : ''
	return (
		<ConfirmDialog
			title={t('signOut.confirmTitle', { title })}
			message={`${t('signOut.confirm')}${warning}`}
			confirmLabel={t('signOut.action')}
			cancelLabel={t('signOut.cancel')}
			danger={pending > 0}
			busy={busy}
			error={error}
			onConfirm={signOut}
			onCancel={onClose}
			testId="sign-out-dialog"
		/>
	)
}
