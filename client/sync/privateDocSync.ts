import { IndexeddbPersistence } from 'y-indexeddb'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { FATAL_CLOSE_CODES, PARTICIPANT_QUERY_PARAM, privateSyncRoom, TOKEN_QUERY_PARAM } from '../../shared/protocol'
import { ACCESS_LOST_CLOSE_CODES } from '../offline/accessLost'
import { privateBoardDbName } from '../offline/boardOfflineCache'
import { participantSecret } from './participantSecret'

/** A board's private document (联系方式), synced for an editor or facilitator link. */
export interface PrivateDocSync {
	doc: Y.Doc
	provider: WebsocketProvider
	/** Stops syncing and deletes this device's copy of the private document. */
	clearLocalCopy(): Promise<void>
	destroy(): void
}

/**
 * Opens a board's private document on its own socket (`/sync/<boardId>/private`), kept
 * on this device in IndexedDB like the main document. Only editor and facilitator links
 * may open it; viewers never call this. Presence travels on the main socket only.
 */
export function openPrivateDocSync(boardId: string, serverUrl: string, token: string | null): PrivateDocSync {
	const doc = new Y.Doc()
	let persistence: IndexeddbPersistence | null = null
	try {
		persistence = new IndexeddbPersistence(privateBoardDbName(boardId), doc)
	} catch {
		persistence = null
	}
	const provider = new WebsocketProvider(serverUrl, privateSyncRoom(boardId), doc, {
		disableBc: true,
		// The same participant secret as the main document: this browser's client ids are its own here too.
		params: { ...(token ? { [TOKEN_QUERY_PARAM]: token } : {}), [PARTICIPANT_QUERY_PARAM]: participantSecret() },
		// As the main socket: only our fatal close codes stop it (y-websocket alone gives up on every 44xx).
		shouldReconnect: (event) => !FATAL_CLOSE_CODES.includes(event.code),
	})
	provider.awareness.setLocalState(null)
	const clearLocalCopy = (): Promise<void> => {
		provider.shouldConnect = false
		provider.disconnect()
		const clearing = persistence?.clearData() ?? Promise.resolve()
		persistence = null
		return clearing
	}
	provider.on('connection-close', (event: CloseEvent | null) => {
		if (!event || !FATAL_CLOSE_CODES.includes(event.code)) return
		provider.shouldConnect = false
		// No access any more: nothing private stays on this device.
		if (ACCESS_LOST_CLOSE_CODES.includes(event.code)) void clearLocalCopy()
	})
	return {
		doc,
		provider,
		clearLocalCopy,
		destroy() {
			provider.destroy()
			void persistence?.destroy()
			doc.destroy()
		},
	}
}
