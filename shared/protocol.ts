/**
 * The wire contract between the browser and the server: URL paths, y-websocket
 * message types, WebSocket close codes and size limits. Both sides import these
 * names; no numeric literal of the protocol appears anywhere else.
 */

/** Path prefix of the sync socket: `/sync/<boardId>`. */
export const SYNC_PATH_PREFIX = '/sync/'

/**
 * Suffix of the private document's sync socket: `/sync/<boardId>/private` carries a
 * board's private card fields (联系方式); only editor and facilitator links may open it
 * (a viewer is closed with `forbidden` before any data).
 */
export const PRIVATE_SYNC_SUFFIX = '/private'

/** The y-websocket room name of a board's private document (`<boardId>/private`). */
export function privateSyncRoom(boardId: string): string {
	return `${boardId}${PRIVATE_SYNC_SUFFIX}`
}

/** Path prefix of the board page in the browser: `/b/<boardId>`. */
export const BOARD_PATH_PREFIX = '/b/'

/** y-websocket top-level message types (first varint of every frame). */
export const MessageType = {
	sync: 0,
	awareness: 1,
	auth: 2,
	queryAwareness: 3,
} as const
export type MessageType = (typeof MessageType)[keyof typeof MessageType]

/** y-protocols sync sub-message types (second varint of a `sync` frame). */
export const SyncMessageType = {
	step1: 0,
	step2: 1,
	update: 2,
} as const
export type SyncMessageType = (typeof SyncMessageType)[keyof typeof SyncMessageType]

/**
 * WebSocket close codes the server uses. 4000–4999 are free for applications;
 * the last three digits follow the HTTP status they resemble.
 */
export const CloseCode = {
	/** Normal close, e.g. the server shuts down gracefully. */
	normal: 1000,
	/** The server is going away (shutdown); clients should reconnect later. */
	goingAway: 1001,
	/** A frame could not be decoded as a y-websocket message. */
	protocolError: 4400,
	/** The board id does not exist. */
	boardNotFound: 4404,
	/** The board was moved to the trash. */
	boardDeleted: 4410,
	/** A frame exceeded MAX_MESSAGE_BYTES (the standard code, sent by the ws library). */
	messageTooBig: 1009,
	/** The heartbeat got no pong in time. */
	heartbeatTimeout: 4408,
	/** The room already holds the most connections it accepts; try again later. */
	roomFull: 4409,
	/** Too many connection attempts from this address, or with this link; try again later. */
	rateLimited: 4429,
	/** The link already has the most open sockets it accepts (one link shared too widely); try again later. */
	linkFull: 4430,
	/** The room could not be loaded from storage. */
	internalError: 4500,
	/** No token, or a token the server does not know. */
	unauthorized: 4401,
	/** The token is valid but its role is too low, or it belongs to another board: no access. */
	forbidden: 4403,
	/**
	 * One change (or presence) this connection sent is beyond its role — the meeting or ballots
	 * map, a locked shape, a private field in the main document, a greater role claimed. Access
	 * stays: the browser keeps the board's link, drops its local copy only when the person
	 * chooses to (重新进入), and does not reconnect by itself (it would send the same change).
	 */
	writeRefused: 4422,
	/** The link the socket was opened with was revoked or has expired. */
	linkRevoked: 4412,
	/**
	 * Over a quota: the board would grow beyond MAX_BOARD_DOC_BYTES, or the connection's
	 * presence beyond its share. The change was not applied.
	 */
	quotaExceeded: 4413,
	/**
	 * The server cannot store changes right now (disk full, storage error): the board is
	 * read-only until it can; nothing unsaved is reported as saved. Clients retry.
	 */
	storageUnavailable: 4507,
} as const
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode]

/** Close codes after which a client must not try to reconnect. */
export const FATAL_CLOSE_CODES: readonly number[] = [
	CloseCode.protocolError,
	CloseCode.boardNotFound,
	CloseCode.boardDeleted,
	CloseCode.messageTooBig,
	CloseCode.unauthorized,
	CloseCode.forbidden,
	CloseCode.writeRefused,
	CloseCode.linkRevoked,
	CloseCode.quotaExceeded,
]

/**
 * Reason prefix of a `forbidden` close when a connection wrote under (or presented) a Yjs
 * client id another participant owns. Unlike other `forbidden` closes it is not the end:
 * the browser starts a fresh client id and re-sends its pending changes.
 */
export const CLIENT_ID_TAKEN_REASON = 'client id taken'

/**
 * Query parameter of the sync socket carrying this browser's participant secret (random,
 * kept on the device, never shown to others): the Yjs client ids a browser writes under
 * are bound to it, so no other participant can write or present under them.
 */
export const PARTICIPANT_QUERY_PARAM = 'p'

/** Largest a board's document may grow (bytes of its encoded state; a 5,000-card board is ~10 MB). */
export const MAX_BOARD_DOC_BYTES = 48 * 1024 * 1024

/** Document bytes the connections of one link may send to a board per second on average (token bucket)… */
export const CONNECTION_BYTES_PER_SECOND = 512 * 1024

/** …with bursts up to this many bytes (one largest frame, e.g. a long offline session's changes). */
export const CONNECTION_BURST_BYTES = 24 * 1024 * 1024

/** Presence ids (awareness client ids) one connection may publish. */
export const MAX_PRESENCE_IDS_PER_CONNECTION = 4

/** Bytes of presence (awareness state JSON) one connection may hold in the room. */
export const MAX_PRESENCE_BYTES_PER_CONNECTION = 128 * 1024

/** Bytes of presence all connections of a room may hold together. */
export const MAX_PRESENCE_BYTES_PER_ROOM = 4 * 1024 * 1024

/** Largest accepted WebSocket frame, in bytes. */
export const MAX_MESSAGE_BYTES = 16 * 1024 * 1024

/** Largest accepted asset upload, in bytes. */
export const MAX_ASSET_BYTES = 25 * 1024 * 1024

/** Board ids: URL-safe, 10–32 characters. */
export const BOARD_ID_PATTERN = /^[A-Za-z0-9_-]{10,32}$/

/** Longest board title, in characters. */
export const MAX_TITLE_LENGTH = 120

/**
 * Roles of a share link, from least to most capable: facilitator > editor > participant >
 * viewer. A participant (参会) sees the board live and votes, but changes nothing.
 */
export const ROLES = ['viewer', 'participant', 'editor', 'facilitator'] as const
export type Role = (typeof ROLES)[number]

/** Query parameter carrying a share-link token (`/b/<id>?t=…`, `/sync/<id>?t=…`, asset URLs). */
export const TOKEN_QUERY_PARAM = 't'
