import type http from 'node:http'
import { WebSocket, WebSocketServer } from 'ws'
import { BOARD_ID_PATTERN, CloseCode, MAX_MESSAGE_BYTES, SYNC_PATH_PREFIX } from '../../shared/protocol'
import type { Logger } from '../logger'
import type { Storage } from '../storage/Storage'
import { ProtocolError, type Room } from './Room'
import type { RoomManager } from './RoomManager'
import type { SyncSocket } from './SyncSocket'

export interface SyncServerOptions {
	heartbeatMs: number
}

/** Parses `/sync/<boardId>` into the board id, or null. */
export function parseSyncPath(url: string | undefined): string | null {
	if (!url) return null
	const { pathname } = new URL(url, 'http://localhost')
	if (!pathname.startsWith(SYNC_PATH_PREFIX)) return null
	const id = decodeURIComponent(pathname.slice(SYNC_PATH_PREFIX.length))
	return id
}

/**
 * Serves the y-websocket protocol on `/sync/<boardId>` of an HTTP server. A thin
 * adapter: frames go to the board's Room, which owns the protocol.
 */
export function attachSyncServer(
	server: http.Server,
	deps: { rooms: RoomManager; storage: Storage; logger: Logger },
	options: SyncServerOptions,
): { close(): void; connectionCount(): number } {
	const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES })

	server.on('upgrade', (req, socket, head) => {
		const boardId = parseSyncPath(req.url)
		if (boardId === null) {
			socket.write('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n')
			socket.destroy()
			return
		}
		wss.handleUpgrade(req, socket, head, (ws) => {
			onConnection(ws, boardId).catch((err) => {
				deps.logger.error({ err, boardId }, 'sync connection failed')
				ws.close(CloseCode.internalError, 'internal error')
			})
		})
	})

	async function onConnection(ws: WebSocket, boardId: string): Promise<void> {
		if (!BOARD_ID_PATTERN.test(boardId)) {
			ws.close(CloseCode.boardNotFound, 'board not found: malformed board id')
			return
		}
		const board = deps.storage.getBoard(boardId)
		if (!board) {
			ws.close(CloseCode.boardNotFound, `board not found: ${boardId}`)
			return
		}
		if (board.deletedAt !== null) {
			ws.close(CloseCode.boardDeleted, `board is in the trash: ${boardId}`)
			return
		}
		ws.binaryType = 'nodebuffer'
		// Frames that arrive while the room loads wait here, in order.
		const early: Uint8Array[] = []
		let room: Room | null = null
		let alive = true
		const conn: SyncSocket = {
			send(data) {
				if (ws.readyState === WebSocket.OPEN) ws.send(data)
			},
			close(code, reason) {
				ws.close(code, reason)
			},
		}
		const handle = (data: Uint8Array) => {
			if (!room) return
			try {
				room.handleMessage(conn, data)
			} catch (err) {
				if (!(err instanceof ProtocolError)) throw err
				deps.logger.warn({ boardId, err: err.message }, 'protocol error, closing socket')
				room.removeConnection(conn)
				ws.close(CloseCode.protocolError, `protocol error: ${err.message}`.slice(0, 120))
			}
		}
		ws.on('message', (data: Buffer, isBinary) => {
			if (!isBinary) {
				ws.close(CloseCode.protocolError, 'protocol error: text frames are not accepted')
				return
			}
			const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
			if (room) handle(bytes)
			else early.push(bytes)
		})
		ws.on('pong', () => {
			alive = true
		})
		const heartbeat = setInterval(() => {
			if (!alive) {
				ws.terminate()
				return
			}
			alive = false
			ws.ping()
		}, options.heartbeatMs)
		ws.on('close', () => {
			clearInterval(heartbeat)
			if (room) {
				room.removeConnection(conn)
				deps.rooms.release(room)
			}
		})
		ws.on('error', (err) => deps.logger.warn({ boardId, err: err.message }, 'socket error'))

		const loaded = await deps.rooms.acquire(boardId)
		if (ws.readyState !== WebSocket.OPEN) {
			deps.rooms.release(loaded)
			return
		}
		room = loaded
		room.addConnection(conn)
		for (const data of early.splice(0)) handle(data)
	}

	return {
		close() {
			for (const ws of wss.clients) ws.close(CloseCode.goingAway, 'server shutting down')
			wss.close()
		},
		connectionCount: () => wss.clients.size,
	}
}
