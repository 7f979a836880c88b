import type { WebsocketProvider } from 'y-websocket'

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] }

/**
 * The official provider sends every awareness change it sees to the server — the
 * presence updates it just received from the server included. In a room of N people
 * every cursor move then comes back N−1 times (measured by `npm run bench:meeting`:
 * ~200 frames a second up from each client of 20, 95 % of them echoes the server drops).
 * This makes the provider send only changes that did not come from the server: the
 * person's own presence, and states it removes itself (timeouts, leaving).
 */
export function stopAwarenessEcho(provider: WebsocketProvider): void {
	const send = provider._awarenessUpdateHandler
	const sendOwn = (change: AwarenessChange, origin: unknown) => {
		if (origin !== provider) send(change, origin)
	}
	provider.awareness.off('update', send)
	provider.awareness.on('update', sendOwn)
	// `destroy()` unregisters `_awarenessUpdateHandler`: let that be this one.
	provider._awarenessUpdateHandler = sendOwn
}
