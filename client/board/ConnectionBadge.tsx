import { useTranslation } from 'react-i18next'
import type { ConnectionState } from './connectionState'

/** The connection indicator: connected / connecting / reconnecting / offline. */
export function ConnectionBadge({ state }: { state: ConnectionState }) {
	const { t } = useTranslation()
	return (
		<span className={`nd-status nd-status--${state}`} data-testid="connection-status" data-state={state} role="status">
			<span className="nd-status__dot" aria-hidden="true" />
			{t(`status.${state}`)}
		</span>
	)
}
