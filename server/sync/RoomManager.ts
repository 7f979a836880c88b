import * as Y from 'yjs'
import { privateSyncRoom } from '../../shared/protocol'
import { movePrivateProps } from '../boards/movePrivateProps'
import { privateDocStorage, readStoredDoc } from '../storage/privateDocStorage'
import type { DocKind, Storage } from '../storage/Storage'
import { privateDocRootsProblem, privateWriteProblem } from './privateWrites'
import { Room, type RoomOptions } from './Room'

/** Transaction origin of moving private props out of a loaded board's main document. */
export const PRIVATE_MOVE_ORIGIN = Symbol('niudai-private-move')

/** What one node tells the others to do to their sockets. */
export type RoomEvent =
	| { kind: 'closeBoard'; boardId: string; code: number; reason: string }
	| { kind: 'closeLink'; linkId: string; code: number; reason: string }

/** Thrown by the probe of `holdsPrivateProps`, before anything is written. */
const FOUND = Symbol('found')

/** True when the records of a main document hold private props (movePrivateProps would ask for the private document). */
function holdsPrivateProps(mainDoc: Y.Doc): boolean {
	try {
		movePrivateProps(
			mainDoc,
			() => {
				throw FOUND
			},
			PRIVATE_MOVE_ORIGIN,
		)
		return false
	} catch (err) {
		if (err === FOUND) return true
		throw err
	}
}

/** The key of a board's room of document `doc`: the board id, or `<boardId>/private`. */
function roomKey(boardId: string, doc: DocKind): string {
	return doc === 'main' ? boardId : privateSyncRoom(boardId)
}

export interface RoomManagerOptions extends RoomOptions {
	/** How long an empty room stays loaded, in milliseconds. */
	unloadAfterMs: number
	/** Adjusts the options a room is opened with (a cluster adds its hooks). */
	decorate?: (options: RoomOptions) => RoomOptions
	/** Called when a room was loaded, and when it is unloaded. */
	onLoaded?: (room: Room, doc: DocKind) => void
	onUnloaded?: (room: Room) => void
	/**
	 * Features that watch rooms (the activity log, attendance): each is told of every loaded
	 * and unloaded room, after `onLoaded` / before `onUnloaded`.
	 */
	observers?: readonly RoomObserver[]
}

/** Something that watches every loaded room, e.g. through `room.doc` and `room.awareness` events. */
export interface RoomObserver {
	roomLoaded(room: Room, doc: DocKind): void
	roomUnloaded?(room: Room, doc: DocKind): void
}

/**
 * Loads rooms on first use and unloads them after they have been empty for a grace
 * period. Loading is asynchronous in its signature so a network storage can stand
 * behind the same interface; a room answers nothing before it is loaded.
 *
 * A board has two rooms: its main document, and its private document (private card
 * fields, for editor and facilitator links only; shared/privateDocLayout.ts). The main
 * room refuses updates that write private fields; loading it first moves any private
 * fields its stored document still holds into the private document.
 */
export class RoomManager {
	/** Loaded rooms by room key (`roomKey`). */
	private readonly rooms = new Map<string, Room>()
	/** Rooms being loaded, by room key: a second acquire waits for the same load. */
	private readonly loading = new Map<string, Promise<Room>>()
	/** Rooms being unloaded (storing what they hold), by room key: a load waits for it. */
	private readonly closing = new Map<string, Promise<void>>()
	private readonly keys = new WeakMap<Room, string>()
	private readonly unloadTimers = new Map<string, NodeJS.Timeout>()
	private readonly privateStorage: Storage
	private readonly mainOptions: RoomOptions
	private readonly privateOptions: RoomOptions

	constructor(
		private readonly storage: Storage,
		private readonly options: RoomManagerOptions,
	) {
		this.privateStorage = privateDocStorage(storage)
		this.mainOptions = {
			...options,
			refuseUpdate: (doc, update, inspection) => privateWriteProblem(doc, update, inspection.paths),
			privateSnapshot: (boardId) => this.privateSnapshot(boardId),
		}
		// The private document has no schema to migrate and no versions of its own.
		this.privateOptions = {
			...options,
			schema: undefined,
			onMigrated: undefined,
			autosaveIntervalMs: 0,
			refuseUpdate: (_doc, _update, inspection) => privateDocRootsProblem(inspection.roots),
			privateSnapshot: undefined,
		}
	}

	/** The loaded room of a board's document `doc` (default: main), loading it if needed. */
	async acquire(boardId: string, doc: DocKind = 'main'): Promise<Room> {
		const key = roomKey(boardId, doc)
		this.cancelUnload(key)
		const loaded = this.rooms.get(key)
		if (loaded) return loaded
		let loading = this.loading.get(key)
		if (!loading) {
			loading = this.load(boardId, doc).finally(() => this.loading.delete(key))
			this.loading.set(key, loading)
		}
		const room = await loading
		this.cancelUnload(key)
		return room
	}

	private async load(boardId: string, doc: DocKind): Promise<Room> {
		const key = roomKey(boardId, doc)
		// A room being unloaded stores what it holds first.
		await this.closing.get(key)
		const room =
			doc === 'main'
				? await Room.open(boardId, this.storage, this.options.decorate?.(this.mainOptions) ?? this.mainOptions)
				: await Room.open(
						boardId,
						this.privateStorage,
						this.options.decorate?.(this.privateOptions) ?? this.privateOptions,
					)
		this.rooms.set(key, room)
		this.keys.set(room, key)
		this.options.onLoaded?.(room, doc)
		for (const observer of this.options.observers ?? []) observer.roomLoaded(room, doc)
		if (doc === 'main') {
			// Boards written before private fields had their own document: move them out once,
			// before anyone is answered, and compact so the stored main document no longer holds them.
			// The private room is loaded only when there is something to move.
			if (holdsPrivateProps(room.doc)) {
				const privateRoom = await this.acquire(boardId, 'private')
				try {
					if (movePrivateProps(room.doc, () => privateRoom.doc, PRIVATE_MOVE_ORIGIN) > 0) {
						await privateRoom.flush()
						await room.compact()
					}
				} finally {
					this.release(privateRoom)
				}
			}
		}
		return room
	}

	/** The room of a board's document `doc` (default: main) if it is loaded, without loading it. */
	peek(boardId: string, doc: DocKind = 'main'): Room | undefined {
		return this.rooms.get(roomKey(boardId, doc))
	}

	/** The board's private document as it is now (live when its room is loaded, else as stored). */
	async privateSnapshot(boardId: string): Promise<Uint8Array> {
		const room = this.rooms.get(roomKey(boardId, 'private'))
		if (room) return Y.encodeStateAsUpdate(room.doc)
		const doc = await readStoredDoc(this.storage, boardId, 'private')
		try {
			return Y.encodeStateAsUpdate(doc)
		} finally {
			doc.destroy()
		}
	}

	/** Call after a connection left a room: schedules the unload of an empty room. */
	release(room: Room): void {
		const key = this.keys.get(room)
		if (room.size > 0 || key === undefined || this.rooms.get(key) !== room) return
		this.cancelUnload(key)
		const timer = setTimeout(() => void this.unloadKey(key), this.options.unloadAfterMs)
		timer.unref()
		this.unloadTimers.set(key, timer)
	}

	/** Number of loaded rooms. */
	get loadedCount(): number {
		return this.rooms.size
	}

	private cancelUnload(key: string): void {
		const t = this.unloadTimers.get(key)
		if (t) {
			clearTimeout(t)
			this.unloadTimers.delete(key)
		}
	}

	/** Unloads a board's rooms now, main then private (each is flushed and compacted first). */
	async unload(boardId: string): Promise<void> {
		await this.unloadKey(roomKey(boardId, 'main'))
		await this.unloadKey(roomKey(boardId, 'private'))
	}

	private async unloadKey(key: string): Promise<void> {
		this.cancelUnload(key)
		const room = this.rooms.get(key)
		if (!room) return this.closing.get(key)
		this.rooms.delete(key)
		const kind: DocKind = key === roomKey(room.boardId, 'private') ? 'private' : 'main'
		for (const observer of this.options.observers ?? []) observer.roomUnloaded?.(room, kind)
		this.options.onUnloaded?.(room)
		const closing = room.destroy().finally(() => {
			if (this.closing.get(key) === closing) this.closing.delete(key)
		})
		this.closing.set(key, closing)
		return closing
	}

	/**
	 * Where closeBoard and closeLink are told to the other nodes of a cluster (set by the
	 * cluster); the other nodes close their sockets too.
	 */
	broadcast: ((event: RoomEvent) => void) | null = null

	/** Closes the live connections of one board (both documents), e.g. when it is deleted. */
	closeBoard(boardId: string, code: number, reason: string, fromCluster = false): Promise<void> {
		if (!fromCluster) this.broadcast?.({ kind: 'closeBoard', boardId, code, reason })
		this.rooms.get(roomKey(boardId, 'main'))?.closeAll(code, reason)
		this.rooms.get(roomKey(boardId, 'private'))?.closeAll(code, reason)
		return this.unload(boardId)
	}

	/** Closes every live connection opened with share link `linkId`, in any room; returns how many. */
	closeLink(linkId: string, code: number, reason: string, fromCluster = false): number {
		if (!fromCluster) this.broadcast?.({ kind: 'closeLink', linkId, code, reason })
		let n = 0
		for (const room of [...this.rooms.values()]) {
			const closed = room.closeLink(linkId, code, reason)
			if (closed > 0) this.release(room)
			n += closed
		}
		return n
	}

	/** Flushes and unloads every room (graceful shutdown); a board's main room before its private one. */
	async closeAll(): Promise<void> {
		await Promise.allSettled(this.loading.values())
		const keys = [...this.rooms.keys()]
		const isPrivate = (key: string) => key.endsWith(privateSyncRoom(''))
		for (const key of [...keys.filter((k) => !isPrivate(k)), ...keys.filter(isPrivate)]) await this.unloadKey(key)
		await Promise.allSettled(this.closing.values())
	}

	/** Every loaded room (a cluster node applies what other nodes stored to them). */
	loadedRooms(): IterableIterator<[string, Room]> {
		return this.rooms.entries()
	}
}
