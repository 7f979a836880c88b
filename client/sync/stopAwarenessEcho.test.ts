import { describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import * as awarenessProtocol from 'y-protocols/awareness'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { stopAwarenessEcho } from './stopAwarenessEcho'

/** A provider that never connects, whose socket records what it would send. */
function offlineProvider() {
	const provider = new WebsocketProvider('ws://127.0.0.1:9', 'board', new Y.Doc(), {
		connect: false,
		disableBc: true,
		WebSocketPolyfill: WebSocket as never,
	})
	const sent: Uint8Array[] = []
	provider.ws = { send: (data: Uint8Array) => sent.push(data), close: () => {}, readyState: 1, OPEN: 1 } as never
	provider.wsconnected = true
	return { provider, sent }
}

/** An awareness update from another participant, as the server relays it. */
function remoteUpdate(): Uint8Array {
	const other = new awarenessProtocol.Awareness(new Y.Doc())
	other.setLocalState({ presence: { userName: '李' } })
	return awarenessProtocol.encodeAwarenessUpdate(other, [other.clientID])
}

describe('stopAwarenessEcho', () => {
	it('the official provider echoes a remote presence update back (what this fixes)', () => {
		const { provider, sent } = offlineProvider()
		awarenessProtocol.applyAwarenessUpdate(provider.awareness, remoteUpdate(), provider)
		expect(sent.length).toBe(1)
		provider.destroy()
	})

	it('after it, remote updates are not sent back, while the person’s own presence still is', () => {
		const { provider, sent } = offlineProvider()
		stopAwarenessEcho(provider)
		awarenessProtocol.applyAwarenessUpdate(provider.awareness, remoteUpdate(), provider)
		expect(sent.length).toBe(0)
		provider.awareness.setLocalStateField('presence', { userName: '王' })
		expect(sent.length).toBe(1)
		provider.destroy()
	})
})
