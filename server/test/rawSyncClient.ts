import * as encoding from 'lib0/encoding'
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { MessageType, PARTICIPANT_QUERY_PARAM, SyncMessageType } from '../../shared/protocol'
import type { AwarenessEntry } from '../sync/awarenessEntries'
import { encodeAwarenessEntries } from '../sync/awarenessEntries'
import { syncUrl } from './testServer'

/** A y-websocket sync frame. */
export function syncFrame(sub: SyncMessageType | number, payload: Uint8Array): Uint8Array {
	const e = encoding.createEncoder()
	encoding.writeVarUint(e, MessageType.sync)
	encoding.writeVarUint(e, sub)
	encoding.writeVarUint8Array(e, payload)
	return encoding.toUint8Array(e)
}

/** A y-websocket awareness frame. */
export function awarenessFrame(entries: AwarenessEntry[]): Uint8Array {
	const e = encoding.createEncoder()
	encoding.writeVarUint(e, MessageType.awareness)
	encoding.writeVarUint8Array(e, encodeAwarenessEntries(entries))
	return encoding.toUint8Array(e)
}

/** An update that only deletes the given clock ranges (no structs). */
export function deleteOnlyUpdate(ranges: { client: number; clock: number; len: number }[]): Uint8Array {
	const e = encoding.createEncoder()
	encoding.writeVarUint(e, 0)
	const byClient = new Map<number, { clock: number; len: number }[]>()
	for (const r of ranges) byClient.set(r.client, [...(byClient.get(r.client) ?? []), r])
	encoding.writeVarUint(e, byClient.size)
	for (const [client, list] of byClient) {
		encoding.writeVarUint(e, client)
		encoding.writeVarUint(e, list.length)
		for (const { clock, len } of list) {
			encoding.writeVarUint(e, clock)
			encoding.writeVarUint(e, len)
		}
	}
	return encoding.toUint8Array(e)
}

/** A raw sync socket: sends whatever a test builds and records how the server closed it. */
export class RawSyncClient {
	readonly received: Uint8Array[] = []
	readonly closed: Promise<{ code: number; reason: string }>
	private constructor(readonly ws: WebSocket) {
		ws.on('message', (data: Buffer) => this.received.push(new Uint8Array(data)))
		this.closed = new Promise((resolve) =>
			ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
		)
	}

	/** Opens a socket to a board with `token` (and a participant secret); resolves once it is open. */
	static async open(port: number, boardId: string, token: string, participant?: string): Promise<RawSyncClient> {
		const url = syncUrl(port, boardId, token) + (participant ? `&${PARTICIPANT_QUERY_PARAM}=${participant}` : '')
		const ws = new WebSocket(url)
		const client = new RawSyncClient(ws)
		await new Promise<void>((resolve, reject) => {
			ws.once('open', () => resolve())
			ws.once('error', reject)
		})
		return client
	}

	get open(): boolean {
		return this.ws.readyState === WebSocket.OPEN
	}

	send(frame: Uint8Array): void {
		this.ws.send(frame)
	}

	sendUpdate(update: Uint8Array): void {
		this.send(syncFrame(SyncMessageType.update, update))
	}

	/** Resolves after the server has read every frame sent so far (it answers pings in order), or it closed. */
	settle(): Promise<void> {
		return new Promise((resolve) => {
			if (!this.open) return resolve()
			this.ws.once('pong', () => resolve())
			this.ws.once('close', () => resolve())
			this.ws.ping()
		})
	}

	close(): void {
		this.ws.close()
	}
}

/** An official y-websocket client with a participant secret (as the browser app connects). */
export function participantClient(
	port: number,
	boardId: string,
	token: string,
	participant: string,
	doc = new Y.Doc(),
): WebsocketProvider {
	return new WebsocketProvider(`ws://127.0.0.1:${port}/sync`, boardId, doc, {
		WebSocketPolyfill: WebSocket as never,
		disableBc: true,
		params: { t: token, [PARTICIPANT_QUERY_PARAM]: participant },
	})
}
