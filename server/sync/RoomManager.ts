import type { Storage } from '../storage/Storage'
import { Room, type RoomOptions } from './Room'

export interface RoomManagerOptions extends RoomOptions {
	/** How long an empty room stays loaded, in milliseconds. */
	unloadAfterMs: number
}

/**
 * Loads rooms on first use and unloads them after they have been empty for a grace
 * period. Loading is asynchronous in its signature so a network storage can stand
 * behind the same interface; a room answers nothing before it is loaded.
 */
export class RoomManager {
	private readonly rooms = new Map<string, Room>()
	private readonly unloadTimers = new Map<string, NodeJS.Timeout>()

	constructor(
		private readonly storage: Storage,
		private readonly options: RoomManagerOptions,
	) {}

	/** The loaded room of a board, loading it if needed. */
	async acquire(boardId: string): Promise<Room> {
		this.cancelUnload(boardId)
		let room = this.rooms.get(boardId)
		if (!room) {
			room = new Room(boardId, this.storage, this.options)
			this.rooms.set(boardId, room)
		}
		return room
	}

	/** The room if it is loaded, without loading it. */
	peek(boardId: string): Room | undefined {
		return this.rooms.get(boardId)
	}

	/** Call after a connection left a room: schedules the unload of an empty room. */
	release(room: Room): void {
		if (room.size > 0 || this.rooms.get(room.boardId) !== room) return
		this.cancelUnload(room.boardId)
		const timer = setTimeout(() => this.unload(room.boardId), this.options.unloadAfterMs)
		timer.unref()
		this.unloadTimers.set(room.boardId, timer)
	}

	/** Number of loaded rooms. */
	get loadedCount(): number {
		return this.rooms.size
	}

	private cancelUnload(boardId: string): void {
		const t = this.unloadTimers.get(boardId)
		if (t) {
			clearTimeout(t)
			this.unloadTimers.delete(boardId)
		}
	}

	/** Unloads a room now (it is flushed and compacted first). */
	unload(boardId: string): void {
		this.cancelUnload(boardId)
		const room = this.rooms.get(boardId)
		if (!room) return
		this.rooms.delete(boardId)
		room.destroy()
	}

	/** Closes the live connections of one board, e.g. when it is deleted. */
	closeBoard(boardId: string, code: number, reason: string): void {
		this.rooms.get(boardId)?.closeAll(code, reason)
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

	/** Flushes and unloads every room (graceful shutdown). */
	closeAll(): void {
		for (const id of [...this.rooms.keys()]) this.unload(id)
	}
}
