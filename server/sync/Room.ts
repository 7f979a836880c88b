import type { TLSchema } from '@tldraw/tlschema'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'
import {
	CLIENT_ID_TAKEN_REASON,
	CloseCode,
	CONNECTION_BURST_BYTES,
	CONNECTION_BYTES_PER_SECOND,
	MAX_BOARD_DOC_BYTES,
	MAX_PRESENCE_BYTES_PER_CONNECTION,
	MAX_PRESENCE_BYTES_PER_ROOM,
	MAX_PRESENCE_IDS_PER_CONNECTION,
	MessageType,
	type Role,
	SyncMessageType,
} from '../../shared/protocol'
import { getYMeta, getYRecords, type PlainRecord, Y_META_VERSIONS_AT_KEY } from '../../shared/ydocLayout'
import { type MigrateResult, migrateBoardDoc } from '../boards/migrateBoardDoc'
import type { ServerMetrics } from '../metrics/ServerMetrics'
import type { Storage, StoredDoc, StoredVersion, VersionRow } from '../storage/Storage'
import { StorageUnavailableError } from '../storage/StorageUnavailableError'
import { type AppliedRecords, applyRecords } from '../versions/applyRecords'
import { prepareDocVersion, type VersionMeta, versionRowOf } from '../versions/saveDocVersion'
import { decodeAwarenessEntries, encodeAwarenessEntries } from './awarenessEntries'
import { ClientOwners, SERVER_OWNER } from './clientOwners'
import { dropBelowEditorUpdate, mayComment, viewerCommentsOpened } from './commentWrites'
import { inspectUpdate, type UpdateInspection } from './inspectUpdate'
import { judgePresence } from './judgePresence'
import { presenceRoleClaimProblem } from './presenceRoleClaim'
import type { SyncSocket } from './SyncSocket'
import { TokenBucket } from './TokenBucket'
import { awarenessUpdateProblem } from './validateAwarenessUpdate'
import { writeRefusal } from './writeRefusal'

/** Thrown when a frame cannot be understood or is not allowed; the connection is closed with `closeCode`. */
export class ProtocolError extends Error {
	constructor(
		message: string,
		readonly closeCode: number = CloseCode.protocolError,
	) {
		super(message)
	}
}

/** Transaction origin of the server's own migration writes. */
export const MIGRATION_ORIGIN = Symbol('niudai-migration')

/** Transaction origin of the server's note that a version was saved. */
export const VERSIONS_ORIGIN = Symbol('niudai-versions')

/** Transaction origin of a version restore written into the room. */
export const RESTORE_ORIGIN = Symbol('niudai-restore')

/**
 * Transaction origin of updates another node stored (received through the cluster or read
 * back from storage): already committed, so relayed at once and never stored again.
 */
export const REMOTE_ORIGIN = Symbol('niudai-remote')

/** How often a room whose storage failed tries again to store its changes (ms). */
export const STORAGE_RETRY_MS = 2000

/** Quotas of a room; defaults in shared/protocol.ts. */
export interface RoomLimits {
	/** Largest encoded document (bytes). */
	maxDocBytes: number
	/** Document bytes a connection may send per second on average, and in one burst. */
	connectionBytesPerSecond: number
	connectionBurstBytes: number
	maxPresenceIdsPerConnection: number
	maxPresenceBytesPerConnection: number
	maxPresenceBytesPerRoom: number
}

export const DEFAULT_ROOM_LIMITS: RoomLimits = {
	maxDocBytes: MAX_BOARD_DOC_BYTES,
	connectionBytesPerSecond: CONNECTION_BYTES_PER_SECOND,
	connectionBurstBytes: CONNECTION_BURST_BYTES,
	maxPresenceIdsPerConnection: MAX_PRESENCE_IDS_PER_CONNECTION,
	maxPresenceBytesPerConnection: MAX_PRESENCE_BYTES_PER_CONNECTION,
	maxPresenceBytesPerRoom: MAX_PRESENCE_BYTES_PER_ROOM,
}

/** Default interval between automatic versions of a changing board: one hour. */
export const DEFAULT_AUTOSAVE_INTERVAL_MS = 60 * 60 * 1000

export interface RoomOptions {
	/** The board schema; a loaded board older than it is migrated. */
	schema?: TLSchema
	/** Called after a board was migrated (or could not be). */
	onMigrated?: (boardId: string, result: MigrateResult) => void
	/** Compact the update log into a snapshot once it holds this many entries. */
	compactAfterUpdates: number
	/** Called when a frame was refused, for logging. */
	onProtocolError?: (boardId: string, err: unknown) => void
	/**
	 * Save an automatic version when the records changed and the board's last version is
	 * at least this old (ms; default DEFAULT_AUTOSAVE_INTERVAL_MS; 0 or less: never).
	 */
	autosaveIntervalMs?: number
	/** Called when an automatic version could not be saved, for logging (the sync goes on). */
	onAutosaveError?: (boardId: string, err: unknown) => void
	/** Called when storage refused a write (the room turns read-only until it succeeds) and when it recovered. */
	onStorageError?: (boardId: string, err: unknown) => void
	onStorageRecovered?: (boardId: string) => void
	/** Quotas (each defaults to DEFAULT_ROOM_LIMITS). */
	limits?: Partial<RoomLimits>
	/**
	 * Checked before a client's update is applied, after the role checks: a reason makes
	 * the room refuse it (close `writeRefused`, nothing applied). The main document refuses
	 * private fields; the private document anything outside its private map.
	 */
	refuseUpdate?: (doc: Y.Doc, update: Uint8Array, inspection: UpdateInspection) => string | null
	/** The board's private document as it is now, stored with every version the room saves. */
	privateSnapshot?: (boardId: string) => Uint8Array | null | Promise<Uint8Array | null>
	/**
	 * Called on the commit queue right after updates were committed (sequence number of the
	 * last) and relayed to this node's connections: a cluster publishes them to other nodes.
	 */
	onCommitted?: (room: Room, updates: Uint8Array[], lastSeq: number, owners: [number, string][]) => void
	/**
	 * The sequence number up to which the room's document holds every stored update (a
	 * cluster node may have stored its own updates after others it has not received yet);
	 * compaction drops only what is covered. Default: the room's last stored sequence.
	 */
	compactUptoSeq?: (room: Room) => number
	/** Called when presence changed on this node (a cluster publishes it to other nodes). */
	onPresence?: (room: Room, update: Uint8Array) => void
	/** The server's metrics: updates received and relayed, commit time, fan-out latency. */
	metrics?: ServerMetrics
}

/** How a connection may use the room. */
export interface ConnectionOptions {
	/**
	 * Below editor (viewer, 参会): its document updates (sync step 2, update) are dropped
	 * unread, except those that write comments only, when it may comment (commentWrites.ts).
	 */
	readOnly?: boolean
	/** The share link the socket was opened with, so revoking it can close the socket. */
	linkId?: string | null
	/**
	 * The connection's role: which root maps its updates may write (DOC_ROOT_WRITE_ROLES —
	 * the meeting map is the facilitator's). Defaults to editor.
	 */
	role?: Role
	/** Who the connection writes as (ownerKey): the owner of the Yjs client ids it writes under. */
	owner?: string
}

/** Who a connection is (Room.connectionInfo). */
export interface ConnectionInfo {
	linkId: string | null
	role: Role
	/** The owner key of the Yjs client ids it writes under (per browser: the participant secret). */
	owner: string
	/** Display names in its presence states, in no particular order ([] before it presents itself). */
	names: string[]
	/** tldraw user ids in its presence states. */
	userIds: string[]
}

interface ConnState {
	/** Awareness client ids this connection controls. */
	awarenessIds: Set<number>
	readOnly: boolean
	linkId: string | null
	role: Role
	owner: string
	/** Document bytes its link may still send here (shared by the link's connections, so reconnecting does not refill it). */
	bytes: TokenBucket
	/**
	 * Bytes of updates that write nothing new this connection may still send: a reloading
	 * browser re-sends its whole local copy once, which must not use up its link's share
	 * when a whole meeting reloads on one link.
	 */
	resentBytes: TokenBucket
}

interface PendingUpdate {
	update: Uint8Array
	origin: unknown
	/** When it was applied (performance.now()), for the fan-out latency. */
	at: number
}

/** A version taken from the document, not stored yet. */
interface PreparedVersion {
	version: StoredVersion
	privateSnapshot: Uint8Array | null | Promise<Uint8Array | null>
}

/** What a room is built from: the board's stored document and what else it needs from storage. */
export interface LoadedRoom {
	stored: StoredDoc
	owners: Map<number, string>
	/** When the board's last version was saved (its creation when it has none). */
	lastVersionAt: number
}

/** Reads what a room of `boardId` needs from storage. */
export async function loadRoomData(storage: Storage, boardId: string): Promise<LoadedRoom> {
	const [stored, owners, latest, board] = await Promise.all([
		storage.loadDoc(boardId),
		storage.loadClientOwners(boardId),
		storage.latestVersionAt(boardId),
		storage.getBoard(boardId),
	])
	return { stored, owners, lastVersionAt: latest ?? board?.createdAt ?? Date.now() }
}

function syncFrame(sub: SyncMessageType, payload: Uint8Array): Uint8Array {
	const enc = encoding.createEncoder()
	encoding.writeVarUint(enc, MessageType.sync)
	encoding.writeVarUint(enc, sub)
	encoding.writeVarUint8Array(enc, payload)
	return encoding.toUint8Array(enc)
}

function awarenessFrame(update: Uint8Array): Uint8Array {
	const enc = encoding.createEncoder()
	encoding.writeVarUint(enc, MessageType.awareness)
	encoding.writeVarUint8Array(enc, update)
	return encoding.toUint8Array(enc)
}

/**
 * One board's live document and its connections.
 *
 * Durability before fan-out: every document update is appended to storage (one
 * transaction per event-loop turn) before it is relayed to the other connections, and
 * before any state is sent to a newly syncing client. An edit another participant has
 * seen is therefore on disk, even if the process is killed right after.
 *
 * Storage is asynchronous: commits run one after another on the room's commit queue
 * (`enqueue`), so a board's updates reach storage, and then its connections, in the
 * order they were applied. Create a room with `Room.open`.
 */
export class Room {
	readonly doc: Y.Doc
	readonly awareness: awarenessProtocol.Awareness
	private readonly conns = new Map<SyncSocket, ConnState>()
	private pending: PendingUpdate[] = []
	private flushTimer: NodeJS.Immediate | null = null
	/** The room's commit queue: every storage write of the room runs after the previous one. */
	private queue: Promise<unknown> = Promise.resolve()
	private lastSeq: number
	/** Sequence number of the last stored update the room was loaded with. */
	readonly loadedSeq: number
	/** Owner claims stored since the last committed batch, told to other nodes with it. */
	private readonly claimsToPublish: [number, string][] = []
	private updatesSinceSnapshot: number
	private destroyed = false
	/** When the board's last version was saved (its creation when it has none). */
	private lastVersionAt: number
	/** True when the records changed since the last version. */
	private changedSinceVersion = false
	/** Who owns each Yjs client id written on this board. */
	private readonly owners: ClientOwners
	private readonly limits: RoomLimits
	/** Storage refused the pending updates: read-only, retrying, until it takes them. */
	private storageError: unknown = null
	private retryTimer: NodeJS.Timeout | null = null
	/** Upper bound of the encoded document's size (exact after load and compaction, then grown by each update). */
	private docBytes = 0
	/** Bytes of each presence state held (JSON length). */
	private readonly presenceBytes = new Map<number, number>()
	/** Byte-rate buckets by link. */
	private readonly linkBuckets = new Map<string, TokenBucket>()
	private presenceTotal = 0

	/** Loads a board's room: its stored document, brought up to the schema and stored again when that changed it. */
	static async open(boardId: string, storage: Storage, options: RoomOptions): Promise<Room> {
		const room = new Room(boardId, storage, options, await loadRoomData(storage, boardId))
		await room.ready
		return room
	}

	/** Settles once the room's first writes (cleaning, migration) were committed or refused. */
	private readonly ready: Promise<void>

	constructor(
		readonly boardId: string,
		private readonly storage: Storage,
		private readonly options: RoomOptions,
		loaded: LoadedRoom,
	) {
		const stored = loaded.stored
		this.doc = new Y.Doc({ gc: true })
		if (stored.snapshot) Y.applyUpdate(this.doc, stored.snapshot)
		for (const u of stored.updates) Y.applyUpdate(this.doc, u)
		this.lastSeq = stored.lastSeq
		this.loadedSeq = stored.lastSeq
		this.updatesSinceSnapshot = stored.updates.length
		this.limits = { ...DEFAULT_ROOM_LIMITS, ...options.limits }
		this.owners = new ClientOwners(storage, boardId, loaded.owners)
		// Stored data from before deletions of unknown changes were refused may hold a pending
		// delete set (it would delete whatever arrives under those clocks later) or pending
		// structs: drop them, and store the cleaned document at once.
		let cleaned: Promise<void> = Promise.resolve()
		if (this.doc.store.pendingDs || this.doc.store.pendingStructs) {
			this.doc.store.pendingDs = null
			this.doc.store.pendingStructs = null
			this.updatesSinceSnapshot = Math.max(1, this.updatesSinceSnapshot)
			cleaned = this.compact().catch((err) => {
				// The cleaned document is stored with the next compaction.
				options.onStorageError?.(boardId, err)
			})
		}
		this.docBytes = Y.encodeStateAsUpdate(this.doc).byteLength
		this.awareness = new awarenessProtocol.Awareness(this.doc)
		this.awareness.setLocalState(null)
		this.doc.on('update', this.onDocUpdate)
		// Old boards are brought up to the current schema once, as a change every client receives.
		if (options.schema) {
			const result = migrateBoardDoc(this.doc, options.schema, MIGRATION_ORIGIN)
			if (result.status !== 'current') options.onMigrated?.(boardId, result)
		}
		// A storage failure here leaves the room read-only and retrying, like any other.
		this.ready = cleaned.then(() => this.tryFlush()).then(() => undefined)
		this.lastVersionAt = loaded.lastVersionAt
		this.doc.on('afterTransaction', this.onAfterTransaction)
		this.awareness.on('update', this.onAwarenessUpdate)
	}

	/** Number of open connections. */
	get size(): number {
		return this.conns.size
	}

	/** True while storage refuses this room's changes (it is read-only and retrying). */
	get storageUnavailable(): boolean {
		return this.storageError !== null
	}

	/** Registers a connection and starts the sync handshake (refused while storage is unavailable). */
	addConnection(conn: SyncSocket, opts: ConnectionOptions = {}): void {
		if (this.storageError !== null) {
			conn.close(CloseCode.storageUnavailable, 'storage full: changes are not being saved, retry later')
			return
		}
		const linkId = opts.linkId ?? null
		this.conns.set(conn, {
			awarenessIds: new Set(),
			readOnly: opts.readOnly ?? false,
			linkId,
			role: opts.role ?? 'editor',
			owner: opts.owner ?? `link:${linkId ?? 'admin'}`,
			bytes: this.byteBucket(linkId),
			resentBytes: new TokenBucket(this.limits.connectionBytesPerSecond, this.limits.maxDocBytes),
		})
		conn.send(syncFrame(SyncMessageType.step1, Y.encodeStateVector(this.doc)))
		const states = this.awareness.getStates()
		if (states.size > 0) {
			conn.send(awarenessFrame(awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...states.keys()])))
		}
	}

	/** Forgets a connection and the awareness states it controlled. */
	removeConnection(conn: SyncSocket): void {
		const state = this.conns.get(conn)
		if (!state) return
		this.conns.delete(conn)
		const ids = state.awarenessIds
		if (ids.size > 0) awarenessProtocol.removeAwarenessStates(this.awareness, [...ids], null)
		for (const id of ids) this.setPresenceBytes(id, 0)
	}

	/**
	 * Who a connection is, for attribution (the activity log, attendance): its link, role,
	 * owner key and the display names it presents in its presence (self-declared). `origin`
	 * is a transaction's or awareness update's origin; null when it is not a connection of
	 * this room (the server's own writes, another node's updates).
	 */
	connectionInfo(origin: unknown): ConnectionInfo | null {
		const state = this.conns.get(origin as SyncSocket)
		if (!state) return null
		const names: string[] = []
		const userIds: string[] = []
		for (const id of state.awarenessIds) {
			const presence = (this.awareness.getStates().get(id) as { presence?: unknown } | undefined)?.presence as
				| { userName?: unknown; userId?: unknown }
				| null
				| undefined
			if (typeof presence?.userName === 'string' && presence.userName !== '' && !names.includes(presence.userName))
				names.push(presence.userName)
			if (typeof presence?.userId === 'string' && !userIds.includes(presence.userId)) userIds.push(presence.userId)
		}
		return { linkId: state.linkId, role: state.role, owner: state.owner, names, userIds }
	}

	/**
	 * The display names presented by this room's connections of `owner` (one browser: its
	 * participant secret and link), e.g. to name a change that browser made through its
	 * private-document socket, which presents no presence of its own.
	 */
	namesOfOwner(owner: string): string[] {
		const names: string[] = []
		for (const [conn, state] of this.conns) {
			if (state.owner !== owner) continue
			for (const name of this.connectionInfo(conn)?.names ?? []) if (!names.includes(name)) names.push(name)
		}
		return names
	}

	/** The share links the open connections were opened with (a cluster node checks them for revocation). */
	linkIds(): Set<string> {
		const ids = new Set<string>()
		for (const state of this.conns.values()) if (state.linkId !== null) ids.add(state.linkId)
		return ids
	}

	/** Closes every connection opened with share link `linkId` (e.g. it was revoked); returns how many. */
	closeLink(linkId: string, code: number, reason: string): number {
		let n = 0
		for (const [conn, state] of [...this.conns]) {
			if (state.linkId !== linkId) continue
			this.removeConnection(conn)
			conn.close(code, reason)
			n++
		}
		return n
	}

	/**
	 * Handles one binary frame from `conn`. Throws ProtocolError for a frame that cannot
	 * be decoded; the document is unchanged in that case.
	 */
	handleMessage(conn: SyncSocket, data: Uint8Array): void {
		// Frames still in flight from a connection the room already let go (refused, closed) are ignored.
		if (!this.conns.has(conn)) return
		try {
			const decoder = decoding.createDecoder(data)
			const type = decoding.readVarUint(decoder)
			switch (type) {
				case MessageType.sync:
					this.handleSync(conn, decoder)
					return
				case MessageType.awareness: {
					const update = decoding.readVarUint8Array(decoder)
					const problem = awarenessUpdateProblem(update)
					if (problem) throw new ProtocolError(problem)
					const role = this.conns.get(conn)?.role ?? 'viewer'
					const claim = presenceRoleClaimProblem(update, role, (id) => this.awareness.meta.get(id)?.clock)
					if (claim) throw new ProtocolError(claim, CloseCode.writeRefused)
					this.applyPresence(conn, update)
					return
				}
				case MessageType.queryAwareness: {
					const ids = [...this.awareness.getStates().keys()]
					conn.send(awarenessFrame(awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids)))
					return
				}
				case MessageType.auth:
					// Permission messages are server → client only.
					throw new ProtocolError('auth messages are not accepted from clients')
				default:
					throw new ProtocolError(`unknown message type ${type}`)
			}
		} catch (err) {
			if (err instanceof ProtocolError) throw err
			throw new ProtocolError(err instanceof Error ? err.message : String(err))
		}
	}

	private handleSync(conn: SyncSocket, decoder: decoding.Decoder): void {
		const sub = decoding.readVarUint(decoder)
		switch (sub) {
			case SyncMessageType.step1: {
				const stateVector = decoding.readVarUint8Array(decoder)
				// Whatever this client is about to see must be committed first: the answer is taken
				// now and sent once everything applied so far is stored (if storage refuses, every
				// connection, this one included, has been closed and it is never sent).
				const diff = Y.encodeStateAsUpdate(this.doc, stateVector)
				void this.tryFlush().then((stored) => {
					if (stored && this.conns.has(conn)) conn.send(syncFrame(SyncMessageType.step2, diff))
				})
				return
			}
			case SyncMessageType.step2:
			case SyncMessageType.update: {
				const update = decoding.readVarUint8Array(decoder)
				// Below editor, a connection writes comments only (a viewer only while the
				// facilitator allows it): anything else it sends is dropped here, before it
				// reaches the doc, storage or any other connection.
				const state = this.conns.get(conn)
				if (!state || (state.readOnly && !mayComment(state.role, this.doc))) return
				if (this.storageError !== null) return
				// Parse fully before applying, so a garbage update cannot half-apply or linger as pending.
				const inspection = inspectUpdate(this.doc, update)
				if (state.readOnly && dropBelowEditorUpdate(inspection)) return
				const writes = inspection.writerClients.size > 0 || inspection.paths.length > 0
				if (!(writes ? state.bytes : state.resentBytes).take(update.byteLength)) {
					throw new ProtocolError(
						`sending too fast (limit ${this.limits.connectionBytesPerSecond} bytes/s)`,
						CloseCode.rateLimited,
					)
				}
				if (!inspection.dependenciesMet) {
					throw new ProtocolError('update refers to changes this board does not have')
				}
				if (!inspection.deletesCovered) {
					throw new ProtocolError('update deletes changes this board does not have')
				}
				const refusal = writeRefusal(state.role, inspection, this.doc, (id) => this.owners.ownerOf(id) === state.owner)
				if (refusal) throw new ProtocolError(refusal, CloseCode.writeRefused)
				const taken = this.owners.foreign(inspection.writerClients, state.owner)
				if (taken !== null) {
					throw new ProtocolError(
						`${CLIENT_ID_TAKEN_REASON}: ${taken} belongs to another participant`,
						CloseCode.forbidden,
					)
				}
				this.ensureRoomFor(update.byteLength)
				const refused = this.options.refuseUpdate?.(this.doc, update, inspection)
				if (refused) throw new ProtocolError(refused, CloseCode.writeRefused)
				this.claimClientIds(inspection.writerClients, state.owner)
				Y.applyUpdate(this.doc, update, conn)
				this.options.metrics?.updateReceived()
				this.docBytes += update.byteLength
				// Checked above; a doc must never keep a pending delete set or pending structs.
				if (this.doc.store.pendingDs || this.doc.store.pendingStructs) {
					this.doc.store.pendingDs = null
					this.doc.store.pendingStructs = null
				}
				return
			}
			default:
				throw new ProtocolError(`unknown sync message type ${sub}`)
		}
	}

	private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
		if (origin === REMOTE_ORIGIN) {
			// Stored by another node already: relayed now, like a committed update.
			const frame = syncFrame(SyncMessageType.update, update)
			for (const conn of this.conns.keys()) conn.send(frame)
			this.options.metrics?.updatesSent(this.conns.size)
			return
		}
		// The server's own writes (migration, restore, ballots, version notes): its client id is its own.
		if (!this.conns.has(origin as SyncSocket)) this.claimClientIds([this.doc.clientID], SERVER_OWNER)
		this.pending.push({ update, origin, at: performance.now() })
		this.scheduleFlush()
	}

	/**
	 * Applies updates another node has stored (and `owners`, who wrote under which client
	 * ids there): relayed to this node's connections at once, never stored again.
	 */
	applyRemote(updates: readonly Uint8Array[], owners: Iterable<[number, string]> = []): void {
		if (this.destroyed) return
		this.owners.learn(owners)
		for (const u of updates) {
			Y.applyUpdate(this.doc, u, REMOTE_ORIGIN)
			this.docBytes += u.byteLength
		}
		// Stored elsewhere in order; a gap is fetched before anything after it is applied.
		if (this.doc.store.pendingDs || this.doc.store.pendingStructs) {
			this.doc.store.pendingDs = null
			this.doc.store.pendingStructs = null
		}
	}

	/** Applies presence another node received from its connections (never stored). */
	applyRemotePresence(update: Uint8Array): void {
		if (this.destroyed) return
		awarenessProtocol.applyAwarenessUpdate(this.awareness, update, REMOTE_ORIGIN)
	}

	/** Owner claims made on this node, for other nodes to learn (see ClientOwners.learn). */
	ownersOf(clientIds: Iterable<number>): [number, string][] {
		const out: [number, string][] = []
		for (const id of clientIds) {
			const owner = this.owners.ownerOf(id)
			if (owner !== undefined) out.push([id, owner])
		}
		return out
	}

	/** flush() for callers that cannot answer an error (timers, handshakes): a failure leaves the room read-only. */
	private async tryFlush(): Promise<boolean> {
		try {
			await this.flush()
			return true
		} catch (err) {
			if (err instanceof StorageUnavailableError) return false
			throw err
		}
	}

	/** Runs `task` on the room's commit queue, after every storage write queued before it. */
	private enqueue<T>(task: () => Promise<T>): Promise<T> {
		const run = this.queue.then(task, task)
		this.queue = run.catch(() => undefined)
		return run
	}

	/**
	 * Commits pending updates to storage, then relays them; resolves once they are stored.
	 * Safe to call at any time. When storage refuses them (disk full, database down),
	 * nothing is relayed or reported as stored: the updates stay pending, every connection
	 * is closed with `storageUnavailable` (clients keep their changes and retry), the room
	 * refuses connections and retries every STORAGE_RETRY_MS until storage takes them —
	 * and this rejects with StorageUnavailableError.
	 */
	flush(): Promise<void> {
		if (this.flushTimer) {
			clearImmediate(this.flushTimer)
			this.flushTimer = null
		}
		return this.enqueue(() => this.commitPending())
	}

	/** The body of flush(), on the commit queue. */
	private async commitPending(): Promise<void> {
		const batch = this.pending
		this.pending = []
		try {
			// Who owns the client ids comes first: no stored update is ever without its owner.
			for (const claim of await this.owners.persist()) this.claimsToPublish.push(claim)
			if (batch.length === 0) {
				if (this.storageError !== null) this.recovered()
				return
			}
			const started = performance.now()
			this.lastSeq = await this.storage.appendUpdates(
				this.boardId,
				batch.map((p) => p.update),
			)
			this.options.metrics?.commitTook((performance.now() - started) / 1000)
		} catch (err) {
			// Kept, in order, ahead of whatever was applied meanwhile.
			this.pending = batch.concat(this.pending)
			this.storageFailed(err)
			throw new StorageUnavailableError(this.boardId, err)
		}
		if (this.storageError !== null) this.recovered()
		this.updatesSinceSnapshot += batch.length
		const metrics = this.options.metrics
		for (const { update, origin, at } of batch) {
			const frame = syncFrame(SyncMessageType.update, update)
			let sent = 0
			for (const conn of this.conns.keys()) {
				if (conn !== origin) {
					conn.send(frame)
					sent++
				}
			}
			if (metrics && sent > 0) {
				metrics.updatesSent(sent)
				metrics.fannedOut('local', (performance.now() - at) / 1000)
			}
		}
		this.options.onCommitted?.(
			this,
			batch.map((p) => p.update),
			this.lastSeq,
			this.claimsToPublish.splice(0),
		)
		if (this.updatesSinceSnapshot >= this.options.compactAfterUpdates) {
			try {
				await this.compactNow()
			} catch (err) {
				// The log holds every update; compaction is tried again later.
				this.options.onStorageError?.(this.boardId, err)
			}
		}
		await this.maybeAutosave()
	}

	private storageFailed(err: unknown): void {
		const first = this.storageError === null
		this.storageError = err
		if (!first) return
		this.options.onStorageError?.(this.boardId, err)
		this.closeAll(CloseCode.storageUnavailable, 'storage full: changes are not being saved, retry later')
		this.retryTimer = setInterval(() => void this.tryFlush(), STORAGE_RETRY_MS)
		this.retryTimer.unref()
	}

	private recovered(): void {
		this.storageError = null
		if (this.retryTimer) clearInterval(this.retryTimer)
		this.retryTimer = null
		this.options.onStorageRecovered?.(this.boardId)
	}

	/**
	 * Refuses (quotaExceeded) an update of `bytes` that could grow the document past its
	 * quota. The running size is an upper bound; it is measured exactly before refusing.
	 */
	private ensureRoomFor(bytes: number): void {
		if (this.docBytes + bytes <= this.limits.maxDocBytes) return
		this.docBytes = Y.encodeStateAsUpdate(this.doc).byteLength
		if (this.docBytes + bytes <= this.limits.maxDocBytes) return
		throw new ProtocolError(
			`board is full: its document may not grow beyond ${this.limits.maxDocBytes} bytes`,
			CloseCode.quotaExceeded,
		)
	}

	/** Applies the states of an awareness update this connection may publish (see judgePresence). */
	private applyPresence(conn: SyncSocket, update: Uint8Array): void {
		const state = this.conns.get(conn)
		if (!state) return
		const entries = decodeAwarenessEntries(update)
		const controllerOf = (id: number): ConnState | undefined => {
			for (const other of this.conns.values()) if (other !== state && other.awarenessIds.has(id)) return other
			return undefined
		}
		const verdict = judgePresence(entries, {
			owner: state.owner,
			controlled: state.awarenessIds,
			controllerOwner: (id) => controllerOf(id)?.owner,
			knownClock: (id) => this.awareness.meta.get(id)?.clock,
			storedOwner: (id) => this.owners.ownerOf(id),
			bytesOf: (id) => this.presenceBytes.get(id) ?? 0,
			roomBytes: this.presenceTotal,
			limits: {
				maxIds: this.limits.maxPresenceIdsPerConnection,
				maxConnectionBytes: this.limits.maxPresenceBytesPerConnection,
				maxRoomBytes: this.limits.maxPresenceBytesPerRoom,
			},
		})
		if (!verdict.ok) throw new ProtocolError(verdict.reason, verdict.code)
		if (verdict.accept.length === 0) return
		for (const id of verdict.takenOver) controllerOf(id)?.awarenessIds.delete(id)
		this.claimClientIds(verdict.claimed, state.owner)
		for (const id of verdict.claimed) state.awarenessIds.add(id)
		for (const e of verdict.accept) this.setPresenceBytes(e.clientId, e.json === 'null' ? 0 : e.json.length)
		awarenessProtocol.applyAwarenessUpdate(this.awareness, encodeAwarenessEntries(verdict.accept), conn)
	}

	/** Makes `owner` the owner of `ids` nobody owns yet; stored with the next flush, before any update. */
	private claimClientIds(ids: Iterable<number>, owner: string): void {
		if (this.owners.claim(ids, owner)) this.scheduleFlush()
	}

	private scheduleFlush(): void {
		if (this.flushTimer) return
		this.flushTimer = setImmediate(() => {
			this.flushTimer = null
			void this.tryFlush()
		})
	}

	/** The byte-rate bucket of a link's connections in this room. */
	private byteBucket(linkId: string | null): TokenBucket {
		const key = linkId ?? 'admin'
		let bucket = this.linkBuckets.get(key)
		if (!bucket) {
			bucket = new TokenBucket(this.limits.connectionBytesPerSecond, this.limits.connectionBurstBytes)
			this.linkBuckets.set(key, bucket)
		}
		return bucket
	}

	private setPresenceBytes(id: number, bytes: number): void {
		this.presenceTotal += bytes - (this.presenceBytes.get(id) ?? 0)
		if (bytes === 0) this.presenceBytes.delete(id)
		else this.presenceBytes.set(id, bytes)
	}

	/** Marks the records changed; cheap, runs once per transaction. */
	private readonly onAfterTransaction = (tr: Y.Transaction): void => {
		if (viewerCommentsOpened(tr, this.doc)) this.askViewersToResend()
		if (this.changedSinceVersion) return
		// Deep changes register every ancestor type here, so a change inside a record counts.
		const changed: ReadonlyMap<unknown, unknown> = tr.changedParentTypes
		if (changed.has(getYRecords(this.doc))) this.changedSinceVersion = true
	}

	/**
	 * Asks viewer connections (sync step 1) for what they hold that the room does not: a
	 * comment written while viewers could not comment arrives now that they may.
	 */
	private askViewersToResend(): void {
		const frame = syncFrame(SyncMessageType.step1, Y.encodeStateVector(this.doc))
		for (const [conn, state] of this.conns) if (state.role === 'viewer') conn.send(frame)
	}

	/** Saves an 'auto' version when the records changed and the last version is older than the interval (on the commit queue). */
	private async maybeAutosave(): Promise<void> {
		const interval = this.options.autosaveIntervalMs ?? DEFAULT_AUTOSAVE_INTERVAL_MS
		if (!this.changedSinceVersion || interval <= 0 || Date.now() - this.lastVersionAt < interval) return
		try {
			await this.storeVersion(
				this.prepareVersion({ kind: 'auto', name: '', createdBy: '', role: null }, Date.now()),
				true,
			)
		} catch (err) {
			// A failed autosave must not break the sync; the next change tries again.
			this.options.onAutosaveError?.(this.boardId, err)
		}
	}

	/**
	 * Stores the whole document, as it is now (taken at the call), as a version of the board
	 * saved at `at`; the updates it holds are committed first.
	 */
	saveVersion(meta: VersionMeta, announce = true, at = Date.now()): Promise<VersionRow> {
		const prepared = this.prepareVersion(meta, at)
		return this.enqueue(async () => {
			await this.commitPending()
			return this.storeVersion(prepared, announce)
		})
	}

	/** A version of the document as it is now, and of the private document at the same moment. */
	private prepareVersion(meta: VersionMeta, at: number): PreparedVersion {
		// A change made from here on counts for the next version.
		this.changedSinceVersion = false
		return {
			version: prepareDocVersion(this.boardId, this.doc, meta, at),
			privateSnapshot: this.options.privateSnapshot?.(this.boardId) ?? null,
		}
	}

	/** Stores a prepared version (on the commit queue, after the updates it holds). */
	private async storeVersion(prepared: PreparedVersion, announce: boolean): Promise<VersionRow> {
		const { version } = prepared
		try {
			await this.storage.createVersion({ ...version, privateSnapshot: await prepared.privateSnapshot })
		} catch (err) {
			this.changedSinceVersion = true
			throw err
		}
		this.lastVersionAt = Math.max(this.lastVersionAt, version.createdAt)
		// Tell every open history list (one tiny change, stored and relayed like any other);
		// a restore announces its saved version inside the restore's own update instead.
		if (announce) {
			this.doc.transact(() => getYMeta(this.doc).set(Y_META_VERSIONS_AT_KEY, version.createdAt), VERSIONS_ORIGIN)
		}
		return versionRowOf(version)
	}

	/**
	 * Makes the board's records exactly `records` as ONE update (origin RESTORE_ORIGIN),
	 * committed to storage and relayed to every connection before this returns.
	 */
	async restoreRecords(records: readonly PlainRecord[], versionsAt?: number): Promise<AppliedRecords> {
		let applied: AppliedRecords = { written: 0, removed: 0 }
		this.doc.transact(() => {
			applied = applyRecords(this.doc, records, RESTORE_ORIGIN)
			// The version saved just before the restore, announced in the same update.
			if (versionsAt !== undefined) getYMeta(this.doc).set(Y_META_VERSIONS_AT_KEY, versionsAt)
		}, RESTORE_ORIGIN)
		await this.flush()
		return applied
	}

	/** Writes the whole document as one snapshot and drops the log entries it covers (pending updates are committed first). */
	compact(): Promise<void> {
		return this.enqueue(async () => {
			await this.commitPending()
			await this.compactNow()
		})
	}

	/** compact() on the commit queue. */
	private async compactNow(): Promise<void> {
		if (this.updatesSinceSnapshot === 0) return
		const uptoSeq = this.options.compactUptoSeq?.(this) ?? this.lastSeq
		const snapshot = Y.encodeStateAsUpdate(this.doc)
		const before = this.updatesSinceSnapshot
		await this.storage.compact(this.boardId, snapshot, uptoSeq)
		this.updatesSinceSnapshot = Math.max(0, this.updatesSinceSnapshot - before)
		this.docBytes = snapshot.byteLength
	}

	private readonly onAwarenessUpdate = (
		{ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
		origin: unknown,
	): void => {
		const changed = [...added, ...updated, ...removed]
		const controlled = this.conns.get(origin as SyncSocket)?.awarenessIds
		if (controlled) {
			for (const id of added) controlled.add(id)
			for (const id of removed) controlled.delete(id)
		}
		const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed)
		const frame = awarenessFrame(update)
		for (const conn of this.conns.keys()) conn.send(frame)
		if (origin !== REMOTE_ORIGIN) this.options.onPresence?.(this, update)
	}

	/** Closes every connection with `code` (e.g. the board was deleted). */
	closeAll(code: number, reason: string): void {
		for (const conn of [...this.conns.keys()]) {
			this.removeConnection(conn)
			conn.close(code, reason)
		}
	}

	/** Flushes, compacts and frees the document. */
	async destroy(): Promise<void> {
		if (this.destroyed) return
		this.destroyed = true
		if (this.retryTimer) clearInterval(this.retryTimer)
		try {
			// Autosave first: saving writes a small note into the doc, which compact() then stores.
			await this.enqueue(async () => {
				await this.commitPending()
				await this.maybeAutosave()
			})
			await this.compact()
		} catch (err) {
			// Storage still refuses: what was not stored is still pending on its senders'
			// devices (never confirmed to them), which send it again when they reconnect.
			this.options.onStorageError?.(this.boardId, err)
		}
		this.closeAll(CloseCode.goingAway, 'room closed')
		this.awareness.destroy()
		this.doc.destroy()
	}
}
