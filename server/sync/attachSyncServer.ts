import type http from 'node:http'
import { WebSocket, WebSocketServer } from 'ws'
import { roleAtLeast } from '../../shared/auth/permissions'
import {
	BOARD_ID_PATTERN,
	CLIENT_ID_TAKEN_REASON,
	CloseCode,
	MAX_MESSAGE_BYTES,
	PARTICIPANT_QUERY_PARAM,
	PRIVATE_SYNC_SUFFIX,
	privateSyncRoom,
	SYNC_PATH_PREFIX,
} from '../../shared/protocol'
import { type Access, type AccessDenied, resolveAccess } from '../auth/resolveAccess'
import { hashToken, tokenFromRequest } from '../auth/tokens'
import type { SharedLimits } from '../cluster/SharedLimits'
import type { Logger } from '../logger'
import { redactUrl } from '../logging/redactUrl'
import type { ServerMetrics } from '../metrics/ServerMetrics'
import { isCrossOrigin } from '../security/corsClosed'
import { type ConnectionGate, clientKey, type GateVerdict } from '../security/rateLimits'
import { clientAddress, type TrustFunction } from '../security/trustProxy'
import type { DocKind, Storage } from '../storage/Storage'
import { StorageUnavailableError } from '../storage/StorageUnavailableError'
import { ownerKey } from './clientOwners'
import { gateRefusal } from './gateRefusal'
import { ProtocolError, type Room } from './Room'
import type { RoomManager } from './RoomManager'
import type { SyncSocket } from './SyncSocket'

export interface SyncServerOptions {
	heartbeatMs: number
	/** Per-address and per-link connect rates, per-room and per-link connection caps; none when absent. */
	gate?: ConnectionGate
	/**
	 * The same limits counted on every node of a cluster (after the node's own gate): a link's
	 * connects and open sockets, a room's open sockets, and a link's bytes of updates in a room.
	 */
	shared?: SharedLimits
	/** Connects one address may make per window over every node (with `shared`; the gate counts this node's). */
	addressConnects?: { perWindow: number; windowMs: number }
	/** Which proxies' X-Forwarded-For to believe for the client address (express's `trust proxy fn`); none when absent. */
	trustProxy?: TrustFunction
}

/** The participant secret of a sync URL (`?p=`, 16–128 URL-safe characters), or null. */
export function participantFromUrl(url: string | undefined): string | null {
	if (!url) return null
	const p = new URL(url, 'http://localhost').searchParams.get(PARTICIPANT_QUERY_PARAM)
	return p && /^[A-Za-z0-9_-]{16,128}$/.test(p) ? p : null
}

/** The close reason for a refused frame: what kind of refusal, then why (at most 120 characters). */
function closeReason(err: ProtocolError): string {
	if (err.message.startsWith(CLIENT_ID_TAKEN_REASON)) return err.message.slice(0, 120)
	const kind =
		err.closeCode === CloseCode.forbidden
			? 'forbidden'
			: err.closeCode === CloseCode.writeRefused
				? 'write refused'
				: err.closeCode === CloseCode.quotaExceeded
					? 'quota exceeded'
					: err.closeCode === CloseCode.rateLimited
						? 'rate limited'
						: 'protocol error'
	return `${kind}: ${err.message}`.slice(0, 120)
}

/** Parses `/sync/<boardId>` into the board id, or null. */
export function parseSyncPath(url: string | undefined): string | null {
	if (!url) return null
	const { pathname } = new URL(url, 'http://localhost')
	if (!pathname.startsWith(SYNC_PATH_PREFIX)) return null
	const id = decodeURIComponent(pathname.slice(SYNC_PATH_PREFIX.length))
	return id
}

/** Parses `/sync/<boardId>` (the main document) or `/sync/<boardId>/private` (the private one), or null. */
export function parseSyncTarget(url: string | undefined): { boardId: string; doc: DocKind } | null {
	const path = parseSyncPath(url)
	if (path === null) return null
	if (path.endsWith(PRIVATE_SYNC_SUFFIX)) return { boardId: path.slice(0, -PRIVATE_SYNC_SUFFIX.length), doc: 'private' }
	return { boardId: path, doc: 'main' }
}

/** True for a y-websocket document update frame (sync, update): what a shared byte budget counts. */
function isUpdateFrame(data: Uint8Array): boolean {
	return data.byteLength > 2 && data[0] === 0 && data[1] === 2
}

/** Where a socket is counted: its room (document) and link keys, and whether the cluster admitted it. */
interface Slot {
	room: string
	link: string | null
	admitted: Promise<GateVerdict>
}

/**
 * Frames a socket may send before its token is checked and its room loaded: a client sends
 * two or three, plus whatever its user edits meanwhile (the bytes are bounded by one message).
 */
const MAX_EARLY_FRAMES = 1000

/**
 * Serves the y-websocket protocol on `/sync/<boardId>` of an HTTP server. A thin
 * adapter: frames go to the board's Room, which owns the protocol.
 */
export function attachSyncServer(
	server: http.Server,
	deps: {
		rooms: RoomManager
		storage: Storage
		logger: Logger
		adminToken?: string
		adminTokenHash?: string
		metrics?: ServerMetrics
	},
	options: SyncServerOptions,
): { close(): void; terminate(): number; connectionCount(): number } {
	const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES })
	/** The close code the server sent each socket it closed (for its log line). */
	const sentCodes = new WeakMap<WebSocket, number>()

	/** Closes a socket with `code`, counted by code in the metrics. */
	function closeSocket(ws: WebSocket, code: number, reason: string): void {
		if (!sentCodes.has(ws)) {
			sentCodes.set(ws, code)
			deps.metrics?.closed(code)
		}
		ws.close(code, reason)
	}

	/** The access log line of an upgrade refused before any socket exists. */
	const logRefusedUpgrade = (req: http.IncomingMessage, statusCode: number) =>
		deps.logger.warn(
			{
				req: { method: req.method, url: redactUrl(req.url ?? '/'), remoteAddress: req.socket.remoteAddress },
				statusCode,
			},
			'sync upgrade refused',
		)

	server.on('upgrade', (req, socket, head) => {
		const target = parseSyncTarget(req.url)
		if (target === null) {
			logRefusedUpgrade(req, 404)
			socket.write('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n')
			socket.destroy()
			return
		}
		// A page of another site may not open a socket here (tokens are needed anyway; this
		// is defence in depth). A reverse proxy may pass the public host as X-Forwarded-Host.
		const forwardedHost = req.headers['x-forwarded-host']
		const publicHost = Array.isArray(forwardedHost) ? forwardedHost[0] : forwardedHost
		if (isCrossOrigin(req.headers) && (publicHost === undefined || isCrossOrigin(req.headers, publicHost))) {
			logRefusedUpgrade(req, 403)
			const body = JSON.stringify({
				error: { code: 'cross_origin', message: 'sockets from another origin are refused' },
			})
			socket.write(
				`HTTP/1.1 403 Forbidden\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
			)
			socket.destroy()
			return
		}
		const { boardId, doc } = target
		const token = tokenFromRequest(req.headers, req.url)
		const participant = participantFromUrl(req.url)
		// The same client address as REST's req.ip: X-Forwarded-For only through trusted proxies.
		const address = options.trustProxy ? clientAddress(req, options.trustProxy) : req.socket.remoteAddress
		// A link is counted by its hashed token, whichever address uses it.
		const linkKey = token ? hashToken(token) : null
		// An editor opens a socket per document: the private document's have their own room and link budgets.
		const gateRoom = doc === 'main' ? boardId : privateSyncRoom(boardId)
		const gateLink = linkKey !== null && doc === 'private' ? `${linkKey}${PRIVATE_SYNC_SUFFIX}` : linkKey
		wss.handleUpgrade(req, socket, head, (ws) => {
			// One log line per socket, when it closes: its URL without tokens, the close code, how long it lived.
			const opened = Date.now()
			ws.once('close', (code) => {
				deps.logger.info(
					{
						req: { method: 'GET', url: redactUrl(req.url ?? '/'), remoteAddress: address },
						code: sentCodes.get(ws) ?? code,
						responseTime: Date.now() - opened,
					},
					'sync socket closed',
				)
			})
			ws.on('error', (err: Error & { code?: string }) => {
				// ws closes a socket whose frame is over maxPayload itself, with 1009.
				if (err.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH' && !sentCodes.has(ws)) {
					sentCodes.set(ws, CloseCode.messageTooBig)
					deps.metrics?.closed(CloseCode.messageTooBig)
				}
			})
			// Only a completed handshake takes a slot: ws answers a malformed upgrade itself and
			// never calls back, so a slot taken before it would never be released.
			const verdict = options.gate?.tryAcquire(address, gateRoom, gateLink) ?? 'ok'
			if (verdict !== 'ok') {
				closeSocket(ws, ...gateRefusal(verdict))
				return
			}
			ws.once('close', () => options.gate?.release(gateRoom, gateLink))
			const shared = options.shared
			const perAddress = options.addressConnects
			const admitted: Promise<GateVerdict> = shared
				? (perAddress
						? shared.takeToken('connect', clientKey(address), perAddress.perWindow, perAddress.windowMs)
						: Promise.resolve(true)
					).then((ok): Promise<GateVerdict> | GateVerdict => (ok ? shared.acquire(gateRoom, gateLink) : 'rateLimited'))
				: Promise.resolve('ok')
			if (shared) {
				void admitted.then((v) => {
					if (v !== 'ok') return
					if (ws.readyState === WebSocket.CLOSED) shared.release(gateRoom, gateLink)
					else ws.once('close', () => shared.release(gateRoom, gateLink))
				})
			}
			const slot: Slot = { room: gateRoom, link: gateLink, admitted }
			onConnection(ws, boardId, token, doc, participant, slot).catch((err) => {
				if (err instanceof StorageUnavailableError) {
					deps.metrics?.storageError('sync')
					deps.logger.error({ err, boardId }, 'storage unavailable: sync connection refused')
					closeSocket(ws, CloseCode.storageUnavailable, 'storage unavailable: changes are not being saved, retry later')
					return
				}
				deps.logger.error({ err, boardId }, 'sync connection failed')
				closeSocket(ws, CloseCode.internalError, 'internal error')
			})
		})
	})

	/** The close code and reason for a refused token. */
	function refusal(denied: AccessDenied): [number, string] {
		switch (denied.reason) {
			case 'unauthorized':
				return [CloseCode.unauthorized, `unauthorized: ${denied.message}`]
			case 'forbidden':
				return [CloseCode.forbidden, `forbidden: ${denied.message}`]
			case 'link_revoked':
				return [CloseCode.linkRevoked, 'link revoked']
			case 'link_expired':
				return [CloseCode.linkRevoked, 'link expired']
		}
	}

	/** Whether the link of `access` still works (it may be revoked while the room loads). */
	async function stillValid(access: Access, token: string): Promise<boolean> {
		if (access.linkId === null) return true
		const link = await deps.storage.findLinkByTokenHash(hashToken(token))
		return link !== null && link.revokedAt === null && (link.expiresAt === null || link.expiresAt > Date.now())
	}

	async function onConnection(
		ws: WebSocket,
		boardId: string,
		token: string | null,
		doc: DocKind,
		participant: string | null,
		slot: Slot,
	): Promise<void> {
		if (!BOARD_ID_PATTERN.test(boardId)) {
			closeSocket(ws, CloseCode.boardNotFound, 'board not found: malformed board id')
			return
		}
		ws.binaryType = 'nodebuffer'
		// Frames that arrive while the token is checked and the room loads wait here, in order.
		const early: Uint8Array[] = []
		let earlyBytes = 0
		let room: Room | null = null
		let alive = true
		const metrics = deps.metrics
		const conn: SyncSocket = {
			send(data) {
				if (ws.readyState !== WebSocket.OPEN) return
				ws.send(data)
				metrics?.sent(data.byteLength)
			},
			close(code, reason) {
				closeSocket(ws, code, reason)
			},
		}
		const handle = (data: Uint8Array) => {
			if (!room) return
			try {
				room.handleMessage(conn, data)
			} catch (err) {
				if (!(err instanceof ProtocolError)) throw err
				deps.logger.warn({ boardId, err: err.message, code: err.closeCode }, 'frame refused, closing socket')
				room.removeConnection(conn)
				closeSocket(ws, err.closeCode, closeReason(err))
			}
		}
		// With a shared byte budget, a socket's frames wait (in order) while its update frames are counted.
		const shared = options.shared?.sharesBytes ? options.shared : null
		let counting: Promise<void> | null = null
		const deliver = (data: Uint8Array) => {
			if (!shared || (counting === null && !isUpdateFrame(data))) {
				handle(data)
				return
			}
			const next = (counting ?? Promise.resolve())
				.then(async () => {
					if (ws.readyState !== WebSocket.OPEN) return
					if (isUpdateFrame(data) && !(await shared.takeBytes(slot.room, slot.link, data.byteLength))) {
						deps.logger.warn({ boardId }, 'link over its byte budget on all nodes, closing socket')
						if (room) room.removeConnection(conn)
						closeSocket(ws, CloseCode.rateLimited, 'rate limited: this link is sending too fast on this board')
						return
					}
					handle(data)
				})
				.catch((err) => {
					deps.logger.error({ err, boardId }, 'sync frame failed')
					closeSocket(ws, CloseCode.internalError, 'internal error')
				})
			counting = next
			void next.finally(() => {
				if (counting === next) counting = null
			})
		}
		ws.on('message', (data: Buffer, isBinary) => {
			metrics?.received(data.byteLength)
			if (!isBinary) {
				closeSocket(ws, CloseCode.protocolError, 'protocol error: text frames are not accepted')
				return
			}
			const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
			if (room) deliver(bytes)
			else if (early.length < MAX_EARLY_FRAMES && earlyBytes + bytes.byteLength <= MAX_MESSAGE_BYTES) {
				early.push(bytes)
				earlyBytes += bytes.byteLength
			} else closeSocket(ws, CloseCode.protocolError, 'protocol error: too many frames before the board was opened')
		})
		const verdict = await slot.admitted
		if (verdict !== 'ok') {
			closeSocket(ws, ...gateRefusal(verdict))
			return
		}
		// The token is checked before the board, so nobody learns which boards exist.
		const result = await resolveAccess(deps, boardId, token)
		if (!result.ok) {
			closeSocket(ws, ...refusal(result))
			return
		}
		const access = result.access
		// Private card fields (联系方式) are for editor and facilitator links: a viewer gets nothing of them.
		if (doc === 'private' && !roleAtLeast(access.role, 'editor')) {
			closeSocket(ws, CloseCode.forbidden, 'forbidden: only editor and facilitator links may open the private document')
			return
		}
		const board = await deps.storage.getBoard(boardId)
		if (!board) {
			closeSocket(ws, CloseCode.boardNotFound, `board not found: ${boardId}`)
			return
		}
		if (board.deletedAt !== null) {
			closeSocket(ws, CloseCode.boardDeleted, `board is in the trash: ${boardId}`)
			return
		}
		ws.on('pong', () => {
			alive = true
		})
		const heartbeat = setInterval(() => {
			if (!alive) {
				sentCodes.set(ws, CloseCode.heartbeatTimeout)
				deps.metrics?.closed(CloseCode.heartbeatTimeout)
				ws.terminate()
				return
			}
			alive = false
			ws.ping()
		}, options.heartbeatMs)
		// An expiring link behaves as revoked once it expires: its socket is closed then.
		const expiry =
			access.expiresAt === null
				? null
				: setTimeout(
						() => {
							if (room) room.removeConnection(conn)
							closeSocket(ws, CloseCode.linkRevoked, 'link expired')
						},
						Math.min(Math.max(0, access.expiresAt - Date.now()), 2 ** 31 - 1),
					)
		ws.on('close', () => {
			clearInterval(heartbeat)
			if (expiry) clearTimeout(expiry)
			if (room) {
				room.removeConnection(conn)
				deps.rooms.release(room)
			}
		})
		ws.on('error', (err) => deps.logger.warn({ boardId, err: err.message }, 'socket error'))

		const loaded = await deps.rooms.acquire(boardId, doc)
		if (ws.readyState !== WebSocket.OPEN) {
			deps.rooms.release(loaded)
			return
		}
		if (token && !(await stillValid(access, token))) {
			deps.rooms.release(loaded)
			closeSocket(ws, CloseCode.linkRevoked, 'link revoked')
			return
		}
		room = loaded
		room.addConnection(conn, {
			readOnly: !roleAtLeast(access.role, 'editor'),
			linkId: access.linkId,
			role: access.role,
			owner: ownerKey(access.linkId, participant),
		})
		for (const data of early.splice(0)) deliver(data)
	}

	return {
		close() {
			for (const ws of wss.clients) closeSocket(ws, CloseCode.goingAway, 'server shutting down')
			wss.close()
		},
		/** Drops every socket still open (after `close()`, those that did not answer it); returns how many. */
		terminate() {
			const open = [...wss.clients]
			for (const ws of open) ws.terminate()
			return open.length
		},
		connectionCount: () => wss.clients.size,
	}
}
