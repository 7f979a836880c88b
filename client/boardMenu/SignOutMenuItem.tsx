import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { navigate } from '../app/router'
import { signOutOfBoard } from '../auth/signOutOfBoard'
import { usePendingCount } from '../offline/pendingCountStore'

/**
 * "在此设备上退出" in the board menu, for shared and projector computers: after a
 * confirmation (which warns about changes not yet on the server), forgets this board's
 * link, deletes its copy on this device, takes it off the home page and goes there.
 */
export function SignOutMenuItem({ boardId, title, onDone }: { boardId: string; title: string; onDone(): void }) {
	const { t } = useTranslation()
	const pending = usePendingCount()
	const [busy, setBusy] = useState(false)

	const signOut = () => {
		const question = t('signOut.confirm', { title })
		const warning = pending > 0 ? `\n\n${t('signOut.pending', { count: pending })}` : ''
		if (!window.confirm(`${question}${warning}`)) {
			onDone()
			return
		}
		setBusy(true)
		signOutOfBoard(boardId).then(
			() => navigate('/'),
			(err: unknown) => {
				setBusy(false)
				window.alert(t('signOut.failed', { message: err instanceof Error ? err.message : String(err) }))
			},
		)
	}

	return (
		<>
			<div className="nd-menu__section">{t('signOut.section')}</div>
			<button
				type="button"
				role="menuitem"
				className="nd-menu__item"
				data-testid="sign-out-device"
				title={t('signOut.hint')}
				disabled={busy}
				onClick={signOut}
			>
				{t('signOut.action')}
			</button>
		</>
	)
}
