import type { TLSchema } from '@tldraw/tlschema'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'
import { roleAtLeast } from '../../shared/auth/permissions'
import { rootWriteRole } from '../../shared/meeting/meetingLayout'
import { CloseCode, MessageType, type Role, SyncMessageType } from '../../shared/protocol'
import { getYMeta, getYRecords, type PlainRecord, Y_META_VERSIONS_AT_KEY } from '../../shared/ydocLayout'
import { type MigrateResult, migrateBoardDoc } from '../boards/migrateBoardDoc'
import type { Storage, VersionRow } from '../storage/Storage'
import { type AppliedRecords, applyRecords } from '../versions/applyRecords'
import { saveDocVersion, type VersionMeta } from '../versions/saveDocVersion'
import { inspectUpdate } from './inspectUpdate'
import { presenceRoleClaimProblem } from './presenceRoleClaim'
import type { SyncSocket } from './SyncSocket'
import { awarenessUpdateProblem } from './validateAwarenessUpdate'

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
}

/** How a connection may use the room. */
export interface ConnectionOptions {
	/** A viewer: its document updates (sync step 2, update) are dropped unread. */
	readOnly?: boolean
	/** The share link the socket was opened with, so revoking it can close the socket. */
	linkId?: string | null
	/**
	 * The connection's role: which root maps its updates may write (DOC_ROOT_WRITE_ROLES —
	 * the meeting map is the facilitator's). Defaults to editor.
	 */
	role?: Role
}

interface ConnState {
	/** Awareness client ids this connection controls. */
	awarenessIds: Set<number>
	readOnly: boolean
	linkId: string | null
	role: Role
}

interface PendingUpdate {
	update: Uint8Array
	origin: unknown
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
 */
export class Room {
	readonly doc: Y.Doc
	readonly awareness: awarenessProtocol.Awareness
	private readonly conns = new Map<SyncSocket, ConnState>()
	private pending: PendingUpdate[] = []
	private flushTimer: NodeJS.Immediate | null = null
	private lastSeq: number
	private updatesSinceSnapshot: number
	private destroyed = false
	/** When the board's last version was saved (its creation when it has none). */
	private lastVersionAt: number
	/** True when the records changed since the last version. */
	private changedSinceVersion = false

	constructor(
		readonly boardId: string,
		private readonly storage: Storage,
		private readonly options: RoomOptions,
	) {
		const stored = storage.loadDoc(boardId)
		this.doc = new Y.Doc({ gc: true })
		if (stored.snapshot) Y.applyUpdate(this.doc, stored.snapshot)
		for (const u of stored.updates) Y.applyUpdate(this.doc, u)
		this.lastSeq = stored.lastSeq
		this.updatesSinceSnapshot = stored.updates.length
		this.awareness = new awarenessProtocol.Awareness(this.doc)
		this.awareness.setLocalState(null)
		this.doc.on('update', this.onDocUpdate)
		// Old boards are brought up to the current schema once, as a change every client receives.
		if (options.schema) {
			const result = migrateBoardDoc(this.doc, options.schema, MIGRATION_ORIGIN)
			if (result.status !== 'current') options.onMigrated?.(boardId, result)
			this.flush()
		}
		this.lastVersionAt = storage.latestVersionAt(boardId) ?? storage.getBoard(boardId)?.createdAt ?? Date.now()
		this.doc.on('afterTransaction', this.onAfterTransaction)
		this.awareness.on('update', this.onAwarenessUpdate)
	}

	/** Number of open connections. */
	get size(): number {
		return this.conns.size
	}

	/** Registers a connection and starts the sync handshake. */
	addConnection(conn: SyncSocket, opts: ConnectionOptions = {}): void {
		this.conns.set(conn, {
			awarenessIds: new Set(),
			readOnly: opts.readOnly ?? false,
			linkId: opts.linkId ?? null,
			role: opts.role ?? 'editor',
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
					if (claim) throw new ProtocolError(claim, CloseCode.forbidden)
					awarenessProtocol.applyAwarenessUpdate(this.awareness, update, conn)
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
				// Whatever this client is about to see must be on disk first.
				this.flush()
				const diff = Y.encodeStateAsUpdate(this.doc, stateVector)
				conn.send(syncFrame(SyncMessageType.step2, diff))
				return
			}
			case SyncMessageType.step2:
			case SyncMessageType.update: {
				const update = decoding.readVarUint8Array(decoder)
				// A read-only (viewer) connection never changes the document: its update is
				// dropped here, before it reaches the doc, storage or any other connection.
				const state = this.conns.get(conn)
				if (!state || state.readOnly) return
				// Parse fully before applying, so a garbage update cannot half-apply or linger as pending.
				const inspection = inspectUpdate(this.doc, update)
				if (!inspection.dependenciesMet) {
					throw new ProtocolError('update refers to changes this board does not have')
				}
				// Meeting state (vote, timer, follow request) is the facilitator's alone.
				for (const root of inspection.roots) {
					if (!roleAtLeast(state.role, rootWriteRole(root))) {
						throw new ProtocolError(`${state.role} may not change "${root}"`, CloseCode.forbidden)
					}
				}
				Y.applyUpdate(this.doc, update, conn)
				return
			}
			default:
				throw new ProtocolError(`unknown sync message type ${sub}`)
		}
	}

	private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
		this.pending.push({ update, origin })
		if (!this.flushTimer) this.flushTimer = setImmediate(() => this.flush())
	}

	/** Commits pending updates to storage, then relays them. Safe to call at any time. */
	flush(): void {
		if (this.flushTimer) {
			clearImmediate(this.flushTimer)
			this.flushTimer = null
		}
		if (this.pending.length === 0) return
		const batch = this.pending
		this.pending = []
		this.lastSeq = this.storage.appendUpdates(
			this.boardId,
			batch.map((p) => p.update),
		)
		this.updatesSinceSnapshot += batch.length
		for (const { update, origin } of batch) {
			const frame = syncFrame(SyncMessageType.update, update)
			for (const conn of this.conns.keys()) {
				if (conn !== origin) conn.send(frame)
			}
		}
		if (this.updatesSinceSnapshot >= this.options.compactAfterUpdates) this.compact()
		this.maybeAutosave()
	}

	/** Marks the records changed; cheap, runs once per transaction. */
	private readonly onAfterTransaction = (tr: Y.Transaction): void => {
		if (this.changedSinceVersion) return
		// Deep changes register every ancestor type here, so a change inside a record counts.
		const changed: ReadonlyMap<unknown, unknown> = tr.changedParentTypes
		if (changed.has(getYRecords(this.doc))) this.changedSinceVersion = true
	}

	/** Saves an 'auto' version when the records changed and the last version is older than the interval. */
	private maybeAutosave(): void {
		const interval = this.options.autosaveIntervalMs ?? DEFAULT_AUTOSAVE_INTERVAL_MS
		if (!this.changedSinceVersion || interval <= 0 || Date.now() - this.lastVersionAt < interval) return
		try {
			this.saveVersion({ kind: 'auto', name: '', createdBy: '', role: null })
		} catch (err) {
			// A failed autosave must not break the sync; the next change tries again.
			this.options.onAutosaveError?.(this.boardId, err)
		}
	}

	/** Stores the whole document, as it is now, as a version of the board (pending updates are committed first). */
	saveVersion(meta: VersionMeta, announce = true): VersionRow {
		this.flush()
		const row = saveDocVersion(this.storage, this.boardId, this.doc, meta)
		this.lastVersionAt = row.createdAt
		this.changedSinceVersion = false
		// Tell every open history list (one tiny change, stored and relayed like any other);
		// a restore announces its saved version inside the restore's own update instead.
		if (announce) {
			this.doc.transact(() => getYMeta(this.doc).set(Y_META_VERSIONS_AT_KEY, row.createdAt), VERSIONS_ORIGIN)
		}
		return row
	}

	/**
	 * Makes the board's records exactly `records` as ONE update (origin RESTORE_ORIGIN),
	 * committed to storage and relayed to every connection before this returns.
	 */
	restoreRecords(records: readonly PlainRecord[], versionsAt?: number): AppliedRecords {
		let applied: AppliedRecords = { written: 0, removed: 0 }
		this.doc.transact(() => {
			applied = applyRecords(this.doc, records, RESTORE_ORIGIN)
			// The version saved just before the restore, announced in the same update.
			if (versionsAt !== undefined) getYMeta(this.doc).set(Y_META_VERSIONS_AT_KEY, versionsAt)
		}, RESTORE_ORIGIN)
		this.flush()
		return applied
	}

	/** Writes the whole document as one snapshot and drops the log entries it covers. */
	compact(): void {
		this.flush()
		if (this.updatesSinceSnapshot === 0) return
		this.storage.compact(this.boardId, Y.encodeStateAsUpdate(this.doc), this.lastSeq)
		this.updatesSinceSnapshot = 0
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
		const frame = awarenessFrame(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed))
		for (const conn of this.conns.keys()) conn.send(frame)
	}

	/** Closes every connection with `code` (e.g. the board was deleted). */
	closeAll(code: number, reason: string): void {
		for (const conn of [...this.conns.keys()]) {
			this.removeConnection(conn)
			conn.close(code, reason)
		}
	}

	/** Flushes, compacts and frees the document. */
	destroy(): void {
		if (this.destroyed) return
		this.destroyed = true
		// Autosave first: saving writes a small note into the doc, which compact() then stores.
		this.maybeAutosave()
		this.compact()
		this.closeAll(CloseCode.goingAway, 'room closed')
		this.awareness.destroy()
		this.doc.destroy()
	}
}
