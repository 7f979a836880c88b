import * as Y from 'yjs'
import { privateSyncRoom } from '../../shared/protocol'
import { movePrivateProps } from '../boards/movePrivateProps'
import { privateDocStorage, readStoredDoc } from '../storage/privateDocStorage'
import type { DocKind, Storage } from '../storage/Storage'
import { privateDocRootsProblem, privateWriteProblem } from './privateWrites'
import { Room, type RoomOptions } from './Room'

/** Transaction origin of moving private props out of a loaded board's main document. */
export const PRIVATE_MOVE_ORIGIN = Symbol('niudai-private-move')

/** The key of a board's room of document `doc`: the board id, or `<boardId>/private`. */
function roomKey(boardId: string, doc: DocKind): string {
	return doc === 'main' ? boardId : privateSyncRoom(boardId)
}

export interface RoomManagerOptions extends RoomOptions {
	/** How long an empty room stays loaded, in milliseconds. */
	unloadAfterMs: number
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
		return this.rooms.get(key) ?? this.load(boardId, doc)
	}

	private load(boardId: string, doc: DocKind): Room {
		const key = roomKey(boardId, doc)
		const room =
			doc === 'main'
				? new Room(boardId, this.storage, this.mainOptions)
				: new Room(boardId, this.privateStorage, this.privateOptions)
		this.rooms.set(key, room)
		this.keys.set(room, key)
		if (doc === 'main') {
			// Boards written before private fields had their own document: move them out once,
			// before anyone is answered, and compact so the stored main document no longer holds them.
			// The private room is loaded only when there is something to move.
			const target: { room?: Room } = {}
			const privateDoc = () => {
				target.room ??= this.rooms.get(roomKey(boardId, 'private')) ?? this.load(boardId, 'private')
				return target.room.doc
			}
			if (movePrivateProps(room.doc, privateDoc, PRIVATE_MOVE_ORIGIN) > 0 && target.room) {
				target.room.flush()
				room.compact()
				this.release(target.room)
			}
		}
		return room
	}

	/** The room of a board's document `doc` (default: main) if it is loaded, without loading it. */
	peek(boardId: string, doc: DocKind = 'main'): Room | undefined {
		return this.rooms.get(roomKey(boardId, doc))
	}

	/** The board's private document as it is now (live when its room is loaded, else as stored). */
	privateSnapshot(boardId: string): Uint8Array {
		const room = this.rooms.get(roomKey(boardId, 'private'))
		if (room) return Y.encodeStateAsUpdate(room.doc)
		const doc = readStoredDoc(this.storage, boardId, 'private')
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
		const timer = setTimeout(() => this.unloadKey(key), this.options.unloadAfterMs)
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
	unload(boardId: string): void {
		this.unloadKey(roomKey(boardId, 'main'))
		this.unloadKey(roomKey(boardId, 'private'))
	}

	private unloadKey(key: string): void {
		this.cancelUnload(key)
		const room = this.rooms.get(key)
		if (!room) return
		this.rooms.delete(key)
		room.destroy()
	}

	/** Closes the live connections of one board (both documents), e.g. when it is deleted. */
	closeBoard(boardId: string, code: number, reason: string): void {
		this.rooms.get(roomKey(boardId, 'main'))?.closeAll(code, reason)
		this.rooms.get(roomKey(boardId, 'private'))?.closeAll(code, reason)
		this.unload(boardId)
	}

	/** Closes every live connection opened with share link `linkId`, in any room; returns how many. */
	closeLink(linkId: string, code: number, reason: string): number {
		let n = 0
		for (const room of [...this.rooms.values()]) {
			const closed = room.closeLink(linkId, code, reason)
			if (closed > 0) this.release(room)
			n += closed
		}
		return n
	}

	/** Flushes and unloads every room (graceful shutdown); a board's main room before its private one. */
	closeAll(): void {
		const keys = [...this.rooms.keys()]
		const isPrivate = (key: string) => key.endsWith(privateSyncRoom(''))
		for (const key of [...keys.filter((k) => !isPrivate(k)), ...keys.filter(isPrivate)]) this.unloadKey(key)
	}
}
