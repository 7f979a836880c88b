/** What the connection indicator shows. */
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'offline'

/**
 * Derives the indicator state from the provider's status, whether this socket ever
 * connected, the browser's network flag, and whether the server could not be reached
 * at all on this page (a board opened from this device's copy). A pure function, tested on its own.
 */
export function connectionState(
	providerStatus: 'connected' | 'connecting' | 'disconnected',
	everConnected: boolean,
	browserOnline: boolean,
	serverUnreachable = false,
): ConnectionState {
	if (providerStatus === 'connected') return 'connected'
	if (!browserOnline) return 'offline'
	if (everConnected) return 'reconnecting'
	return serverUnreachable ? 'offline' : 'connecting'
}

/** The indicator's text: an i18n key and its count. */
export interface BadgeText {
	key: string
	count: number
}

/**
 * The indicator's text for a state and the number of local changes waiting for the
 * server: "已连接" when nothing waits, "正在同步 3 项更改…" while connected, "离线 · 3 项更改待同步"
 * or "正在重连 · 3 项更改待同步" otherwise.
 */
export function badgeText(state: ConnectionState, pending: number): BadgeText {
	if (pending <= 0) return { key: `status.${state}`, count: 0 }
	switch (state) {
		case 'connected':
			return { key: 'offline.syncing', count: pending }
		case 'offline':
			return { key: 'offline.waitingOffline', count: pending }
		default:
			return { key: 'offline.waitingReconnecting', count: pending }
	}
}
