import crypto from 'node:crypto'
import { Redis } from 'ioredis'
import * as Y from 'yjs'
import { CloseCode, privateSyncRoom } from '../../shared/protocol'
import type { Logger } from '../logger'
import type { ServerMetrics } from '../metrics/ServerMetrics'
import { PostgresStorage } from '../storage/PostgresStorage'
import type { DocKind, Storage } from '../storage/Storage'
import type { Room, RoomOptions } from '../sync/Room'
import type { RoomEvent, RoomManager } from '../sync/RoomManager'
import { BoardSequence, type SeqRun } from './BoardSequence'

/** How often a node checks storage for updates of its loaded boards while Redis is unreachable (ms). */
export const CLUSTER_POLL_MS = 1000
/** How often it checks anyway while Redis is up (Redis pub/sub does not guarantee delivery). */
export const CLUSTER_SAFETY_POLL_MS = 10_000

/** What one node publishes to the others. */
type Message =
	| { n: string; t: 'u'; f: number; l: number; u: string[]; o: [number, string][]; s?: number }
	| { n: string; t: 'p'; a: string }
	| { n: string; t: 'e'; e: RoomEvent }

interface RoomState {
	room: Room
	boardId: string
	doc: DocKind
	channel: string
	seq: BoardSequence
	fetching: Promise<void> | null
	again: boolean
	lastFetch: number
	subscribed: boolean
}

/** A run received from another node, with when it was published there (Date.now() of that node). */
type PublishedRun = SeqRun & { publishedAt?: number }

const b64 = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength).toString('base64')
const unb64 = (s: string) => new Uint8Array(Buffer.from(s, 'base64'))

/**
 * Fan-out between server nodes that share one PostgreSQL database, through Redis pub/sub.
 *
 * A node stores an update (committed), relays it to its own sockets, then publishes it
 * with the board's sequence numbers. A node holding that board applies what it receives
 * in sequence order; a run after a gap waits until the gap is read from storage. Redis
 * may drop messages or be down: every node also reads its loaded boards' new updates
 * from storage (every CLUSTER_POLL_MS while Redis is unreachable, every
 * CLUSTER_SAFETY_POLL_MS otherwise), so boards converge through PostgreSQL alone.
 * Presence travels the same way and is never stored. Closing a board or a link is
 * published as an event, so sockets on every node close.
 */
export class Cluster {
	readonly nodeId = crypto.randomBytes(8).toString('hex')
	private readonly pub: Redis
	private readonly sub: Redis
	private readonly states = new WeakMap<Room, RoomState>()
	private readonly byChannel = new Map<string, RoomState>()
	private readonly eventsChannel: string
	private readonly poll: NodeJS.Timeout
	private rooms: RoomManager | null = null
	private closed = false
	/** When revocations and trashed boards were last read from the database; the read under way. */
	private lastClosedCheck = Date.now()
	private checkingClosed: Promise<void> | null = null
	/** The node's metrics: fan-out latency from publication on another node to relay here. */
	metrics: ServerMetrics | null = null

	constructor(
		redisUrl: string,
		private readonly storage: Storage,
		private readonly logger: Logger,
		private readonly prefix = 'niudai:',
	) {
		const options = {
			maxRetriesPerRequest: 1,
			// Publishing while Redis is away fails at once: storage polling carries the updates.
			enableOfflineQueue: false,
			retryStrategy: (attempt: number) => Math.min(100 * attempt, 1000),
			lazyConnect: false,
		}
		this.pub = new Redis(redisUrl, options)
		this.sub = new Redis(redisUrl, { ...options, enableOfflineQueue: true })
		this.eventsChannel = `${prefix}events`
		let downSince: number | null = null
		for (const client of [this.pub, this.sub]) {
			client.on('error', (err: Error) => {
				if (downSince === null) {
					downSince = Date.now()
					this.logger.warn({ err: err.message }, 'redis unreachable: boards converge through the database')
				}
			})
		}
		this.sub.on('ready', () => {
			if (downSince !== null) this.logger.warn({ after: Date.now() - downSince }, 'redis is back')
			downSince = null
			// Whatever was published while this node was away is read from storage.
			for (const state of this.byChannel.values()) this.catchUp(state)
		})
		this.sub.subscribe(this.eventsChannel).catch(() => {})
		this.sub.on('message', (channel: string, raw: string) => this.onMessage(channel, raw))
		this.poll = setInterval(() => this.pollStorage(), CLUSTER_POLL_MS)
		this.poll.unref()
	}

	/** True while both Redis connections are up. */
	get redisReady(): boolean {
		return this.pub.status === 'ready' && this.sub.status === 'ready'
	}

	/** Connects the cluster to a node's rooms (their events are published from now on). */
	attach(rooms: RoomManager): void {
		this.rooms = rooms
		rooms.broadcast = (event) => this.publish(this.eventsChannel, { n: this.nodeId, t: 'e', e: event })
	}

	/** The room options with the cluster's hooks. */
	readonly decorate = (options: RoomOptions): RoomOptions => ({
		...options,
		onCommitted: (room, updates, lastSeq, owners) => {
			options.onCommitted?.(room, updates, lastSeq, owners)
			this.onCommitted(room, updates, lastSeq, owners)
		},
		compactUptoSeq: (room) => this.states.get(room)?.seq.applied ?? room.loadedSeq,
		onPresence: (room, update) => {
			const state = this.states.get(room)
			if (state) this.publish(state.channel, { n: this.nodeId, t: 'p', a: b64(update) })
		},
	})

	/** A room was loaded: listen to its channel and read what was stored since it was read. */
	readonly onLoaded = (room: Room, doc: DocKind): void => {
		const state = this.stateOf(room, doc)
		this.byChannel.set(state.channel, state)
		this.sub
			.subscribe(state.channel)
			.then(() => {
				state.subscribed = true
				// Anything published before the subscription took effect is read from storage.
				this.catchUp(state)
			})
			.catch(() => this.catchUp(state))
	}

	readonly onUnloaded = (room: Room): void => {
		const state = this.states.get(room)
		if (!state) return
		if (this.byChannel.get(state.channel) === state) {
			this.byChannel.delete(state.channel)
			this.sub.unsubscribe(state.channel).catch(() => {})
		}
	}

	private stateOf(room: Room, doc: DocKind): RoomState {
		let state = this.states.get(room)
		if (!state) {
			const key = doc === 'main' ? room.boardId : privateSyncRoom(room.boardId)
			state = {
				room,
				boardId: room.boardId,
				doc,
				channel: `${this.prefix}room:${key}`,
				seq: new BoardSequence(room.loadedSeq),
				fetching: null,
				again: false,
				lastFetch: Date.now(),
				subscribed: false,
			}
			this.states.set(room, state)
		}
		return state
	}

	private onCommitted(room: Room, updates: Uint8Array[], lastSeq: number, owners: [number, string][]): void {
		// A room committing before it is registered (its first migration) is the main or the private one:
		// the channel is only needed once it is loaded, which registers it with its kind.
		const state = this.states.get(room)
		const first = lastSeq - updates.length + 1
		if (state) {
			this.applyRuns(state, state.seq.accept({ first, last: lastSeq, updates: null, owners }))
			if (state.seq.hasGap) this.catchUp(state)
			this.publish(state.channel, {
				n: this.nodeId,
				t: 'u',
				f: first,
				l: lastSeq,
				u: updates.map(b64),
				o: owners,
				s: Date.now(),
			})
		}
	}

	private onMessage(channel: string, raw: string): void {
		let msg: Message
		try {
			msg = JSON.parse(raw) as Message
		} catch {
			return
		}
		if (msg.n === this.nodeId) return
		if (msg.t === 'e') {
			this.onEvent(msg.e)
			return
		}
		const state = this.byChannel.get(channel)
		if (!state) return
		if (msg.t === 'p') {
			state.room.applyRemotePresence(unb64(msg.a))
			return
		}
		const run: PublishedRun = {
			first: msg.f,
			last: msg.l,
			updates: msg.u.map(unb64),
			owners: msg.o,
			publishedAt: typeof msg.s === 'number' ? msg.s : undefined,
		}
		this.applyRuns(state, state.seq.accept(run))
		// A run after a gap waits: the gap is read from storage first.
		if (state.seq.hasGap) this.catchUp(state)
	}

	private onEvent(event: RoomEvent): void {
		const rooms = this.rooms
		if (!rooms) return
		if (event.kind === 'closeLink') rooms.closeLink(event.linkId, event.code, event.reason, true)
		else void rooms.closeBoard(event.boardId, event.code, event.reason, true)
	}

	private applyRuns(state: RoomState, runs: PublishedRun[]): void {
		for (const run of runs) {
			if (!run.updates) continue
			state.room.applyRemote(run.updates, run.owners)
			// Across machines this includes their clocks' difference.
			if (run.publishedAt !== undefined && state.room.size > 0) {
				this.metrics?.fannedOut('cluster', (Date.now() - run.publishedAt) / 1000)
			}
		}
	}

	/** Reads what storage holds after the room's last applied update, then applies what waited behind it. */
	private catchUp(state: RoomState): void {
		if (this.closed) return
		if (state.fetching) {
			state.again = true
			return
		}
		state.fetching = (async () => {
			do {
				state.again = false
				state.lastFetch = Date.now()
				const since = state.seq.applied
				const stored = await this.storage.loadDocSince(state.boardId, since, state.doc)
				if (stored.snapshot || stored.updates.length > 0) {
					const owners = await this.storage.loadClientOwners(state.boardId)
					const updates = stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates
					state.room.applyRemote(updates.length > 1 ? [Y.mergeUpdates(updates)] : updates, owners)
				}
				this.applyRuns(state, state.seq.fill(stored.lastSeq))
			} while (state.again && !this.closed)
		})()
			.catch((err) => this.logger.warn({ boardId: state.boardId, err }, 'cluster: reading stored updates failed'))
			.finally(() => {
				state.fetching = null
			})
	}

	private pollStorage(): void {
		const now = Date.now()
		const interval = this.redisReady ? CLUSTER_SAFETY_POLL_MS : CLUSTER_POLL_MS
		for (const state of this.byChannel.values()) {
			if (now - state.lastFetch >= interval - 50 || state.seq.hasGap) this.catchUp(state)
		}
		if (now - this.lastClosedCheck >= interval - 50 && !this.checkingClosed) {
			this.lastClosedCheck = now
			this.checkingClosed = this.closeRevoked()
				.catch((err) => this.logger.warn({ err }, 'cluster: reading revocations failed'))
				.finally(() => {
					this.checkingClosed = null
				})
		}
	}

	/**
	 * Closes this node's sockets of links revoked and boards trashed on another node, read
	 * from the database: the Redis event may never have arrived (Redis down, or a dropped message).
	 */
	private async closeRevoked(): Promise<void> {
		const rooms = this.rooms
		if (!rooms || !(this.storage instanceof PostgresStorage)) return
		const linkIds = new Set<string>()
		const boardIds = new Set<string>()
		for (const [, room] of rooms.loadedRooms()) {
			boardIds.add(room.boardId)
			for (const id of room.linkIds()) linkIds.add(id)
		}
		if (boardIds.size === 0) return
		const pool = this.storage.pool
		const [links, boards] = await Promise.all([
			linkIds.size === 0
				? { rows: [] as { id: string }[] }
				: pool.query<{ id: string }>('SELECT id FROM share_links WHERE id = ANY($1) AND revoked_at IS NOT NULL', [
						[...linkIds],
					]),
			pool.query<{ id: string }>('SELECT id FROM boards WHERE id = ANY($1) AND deleted_at IS NOT NULL', [
				[...boardIds],
			]),
		])
		if (this.closed) return
		for (const { id } of links.rows) {
			if (rooms.closeLink(id, CloseCode.linkRevoked, 'link revoked', true) > 0) {
				this.logger.warn({ linkId: id }, 'cluster: closed the sockets of a link revoked on another node')
			}
		}
		for (const { id } of boards.rows)
			await rooms.closeBoard(id, CloseCode.boardDeleted, 'board moved to the trash', true)
	}

	private publish(channel: string, msg: Message): void {
		if (this.closed || this.pub.status !== 'ready') return
		this.pub.publish(channel, JSON.stringify(msg)).catch(() => {})
	}

	/** Resolves once every room's pending read is done and both connections are closed. */
	async close(): Promise<void> {
		this.closed = true
		clearInterval(this.poll)
		await Promise.allSettled([...[...this.byChannel.values()].map((s) => s.fetching), this.checkingClosed])
		this.pub.disconnect()
		this.sub.disconnect()
	}
}
