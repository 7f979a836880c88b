import { useTranslation } from 'react-i18next'
import { CloseCode } from '../../shared/protocol'
import { useConnectionRefusal } from './connectionRefusalStore'

/**
 * Says why the server turned this device's connection away for now (too many connects,
 * the board or the link full) while the provider retries; gone once connected.
 */
export function ConnectionRefusedNotice() {
	const { t } = useTranslation()
	const code = useConnectionRefusal()
	if (code === null) return null
	const message =
		code === CloseCode.linkFull
			? t('connectionLimits.linkFull')
			: code === CloseCode.roomFull
				? t('connectionLimits.roomFull')
				: code === CloseCode.storageUnavailable
					? t('connectionLimits.storageFull')
					: t('connectionLimits.rateLimited')
	return (
		<p className="nd-status__notice" role="alert" data-testid="connection-refused" data-code={code}>
			{message}
		</p>
	)
}
