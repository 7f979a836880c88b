import { useTranslation } from 'react-i18next'
import { usePendingCount } from '../offline/pendingCountStore'
import { badgeText, type ConnectionState } from './connectionState'

/**
 * The connection indicator: connected / connecting / reconnecting / offline, with the
 * number of local changes waiting for the server (from pendingCountStore
 * unless given).
 */
export function ConnectionBadge({ state, pending }: { state: ConnectionState; pending?: number }) {
	const { t } = useTranslation()
	const contextPending = usePendingCount()
	const count = pending ?? contextPending
	const text = badgeText(state, count)
	const label = String(t(text.key, { count: text.count }))
	const hint =
		state === 'connected' ? label : `${label} · ${t(count > 0 ? 'offline.savedHere' : 'offline.editOfflineHint')}`
	return (
		<span
			className={`nd-status nd-status--${state}`}
			data-testid="connection-status"
			data-state={state}
			data-pending={count}
			role="status"
			title={hint}
		>
			<span className="nd-status__dot" aria-hidden="true" />
			<span className="nd-status__text">{label}</span>
		</span>
	)
}
