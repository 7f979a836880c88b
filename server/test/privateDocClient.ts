import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { getYPrivate, type PrivateProps, writePrivateProps } from '../../shared/privateDocLayout'
import { privateSyncRoom } from '../../shared/protocol'
import { boardToken } from './testServer'

/**
 * An official y-websocket client of a board's PRIVATE document (`/sync/<id>/private`),
 * with `token` as `?t=` (by default the facilitator token of a board the test created).
 */
export function connectPrivateClient(
	port: number,
	boardId: string,
	doc = new Y.Doc(),
	token: string = boardToken(boardId),
): WebsocketProvider {
	const provider = new WebsocketProvider(`ws://127.0.0.1:${port}/sync`, privateSyncRoom(boardId), doc, {
		WebSocketPolyfill: WebSocket as never,
		disableBc: true,
		params: { t: token },
	})
	provider.awareness.setLocalState(null)
	return provider
}

/** Writes private props (e.g. `{ contact }`) of record `id` into a private document, as one transaction. */
export function setPrivateProps(doc: Y.Doc, id: string, props: PrivateProps): void {
	doc.transact(() => writePrivateProps(getYPrivate(doc), id, props))
}
