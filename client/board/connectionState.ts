/** What the connection indicator shows. */
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'offline'

/**
 * Derives the indicator state from the provider's status, whether this socket ever
 * connected, and the browser's network flag. A pure function, tested on its own.
 */
export function connectionState(
	providerStatus: 'connected' | 'connecting' | 'disconnected',
	everConnected: boolean,
	browserOnline: boolean,
): ConnectionState {
	if (providerStatus === 'connected') return 'connected'
	if (!browserOnline) return 'offline'
	return everConnected ? 'reconnecting' : 'connecting'
}
