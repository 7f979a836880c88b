import { ACTIVITY_COALESCE_MS, type ActivityActor } from '../../shared/activity/activityTypes'
import { LinkLabels } from '../auth/linkLabels'
import type { ActivityMerge, NewActivityEntry, Storage } from '../storage/Storage'
import type { ActivityDraft } from './ActivityDraft'
import { actorKey, canCoalesce, coalesceInto } from './coalesceActivity'

/** Who did it, as a change arrives: the link label may still be unknown (read from storage before writing). */
export type ActivityActorRef = Omit<ActivityActor, 'linkLabel'> & { linkLabel?: string }

/** The server's own changes (automatic versions). */
export const SERVER_ACTOR: ActivityActorRef = { linkId: null, linkLabel: '', role: null, name: '' }

/** How long merges into stored entries wait to be written together (ms). */
export const MERGE_DELAY_MS = 1000

interface OpenEntry {
	entry: NewActivityEntry
	actorKey: string
	labelKnown: boolean
	/** Storage id once stored. */
	id: number | null
	writing: boolean
	/** Changed since it was (or while it was being) written. */
	dirty: boolean
}

interface BoardLog {
	/** The newest entry of each target, for coalescing. */
	newest: Map<string, OpenEntry>
	/** Entries not stored yet, in order. */
	pending: OpenEntry[]
	/** Stored entries changed since. */
	dirty: Set<OpenEntry>
	/** The latest time recorded: what "too late to merge into" is measured against. */
	latest: number
	/** The write scheduled next, and the chain of writes. */
	next: Promise<void> | null
	/** Ends the wait before the next write at once (while it waits for more merges). */
	wake: (() => void) | null
	/** The next write should not wait for more merges (an entry to store, a flush). */
	urgent: boolean
	chain: Promise<void>
}

/**
 * The activity log's writer: entries from the rooms (ActivityObserver) and the REST routes
 * are coalesced (see canCoalesce) and stored per board in one transaction per event-loop
 * turn, one write after another. The link label of an entry is read from storage by its
 * link id (cached). A failed write is reported and kept for the next one.
 */
export class ActivityLog {
	private readonly boards = new Map<string, BoardLog>()
	/** Work that ends in a record (an automatic version looked up), awaited by close(). */
	private readonly tasks = new Set<Promise<unknown>>()
	/** Transaction origins the server writes with on behalf of a REST caller (originFor). */
	private readonly origins = new WeakMap<object, ActivityActorRef>()

	constructor(
		private readonly storage: Storage,
		private readonly onError: (boardId: string, err: unknown) => void = () => {},
		/** The server's cache of link labels (shared with attendance). */
		private readonly labels: LinkLabels = new LinkLabels(storage),
	) {}

	/** Logs what `actor` did at `at`; resolves once it is stored (or its write failed and was reported). */
	record(boardId: string, drafts: readonly ActivityDraft[], actor: ActivityActorRef, at = Date.now()): Promise<void> {
		if (drafts.length === 0) return Promise.resolve()
		const log = this.boardLog(boardId)
		log.latest = Math.max(log.latest, at)
		const key = actorKey(actor)
		for (const draft of drafts) {
			const last = draft.targetId === null ? undefined : log.newest.get(draft.targetId)
			if (last && canCoalesce({ ...last.entry, actorKey: last.actorKey }, draft, key, at)) {
				coalesceInto(last.entry, draft, at)
				if (last.id !== null || last.writing) {
					last.dirty = true
					if (!last.writing) log.dirty.add(last)
				}
				continue
			}
			const open: OpenEntry = {
				entry: {
					boardId,
					at,
					lastAt: at,
					kind: draft.kind,
					actor: { linkId: actor.linkId, linkLabel: actor.linkLabel ?? '', role: actor.role, name: actor.name },
					targetId: draft.targetId,
					targetType: draft.targetType,
					targetTitle: draft.targetTitle,
					fields: [...draft.fields],
				},
				actorKey: key,
				labelKnown: actor.linkLabel !== undefined || actor.linkId === null,
				id: null,
				writing: false,
				dirty: false,
			}
			log.pending.push(open)
			if (draft.targetId !== null) log.newest.set(draft.targetId, open)
		}
		return this.schedule(boardId, log)
	}

	/**
	 * A transaction origin for a write the server makes on behalf of `actor` (an import into a
	 * live board): the room observer logs what it changes as `actor`'s, like a connection's.
	 */
	originFor(actor: ActivityActorRef): object {
		const origin = { activityActor: actor.name }
		this.origins.set(origin, actor)
		return origin
	}

	/** The actor an origin made by originFor stands for, or null. */
	actorOfOrigin(origin: unknown): ActivityActorRef | null {
		return typeof origin === 'object' && origin !== null ? (this.origins.get(origin) ?? null) : null
	}

	/** Keeps `task` in mind until it settles: close() waits for it. */
	track(task: Promise<unknown>): void {
		const settled = task.catch(() => {}).finally(() => this.tasks.delete(settled))
		this.tasks.add(settled)
	}

	/** Resolves once everything recorded so far for `boardId` is stored. */
	async flush(boardId: string): Promise<void> {
		const log = this.boards.get(boardId)
		if (!log) return
		// A write may schedule another (an entry merged into while it was being written).
		while (log.next) {
			this.hurry(log)
			await log.next
		}
		await log.chain
	}

	/** Waits for pending look-ups and writes (before storage closes). */
	async close(): Promise<void> {
		while (this.tasks.size > 0) await Promise.all([...this.tasks])
		await Promise.all([...this.boards.keys()].map((id) => this.flush(id)))
	}

	private boardLog(boardId: string): BoardLog {
		let log = this.boards.get(boardId)
		if (!log) {
			log = {
				newest: new Map(),
				pending: [],
				dirty: new Set(),
				latest: 0,
				next: null,
				wake: null,
				urgent: false,
				chain: Promise.resolve(),
			}
			this.boards.set(boardId, log)
		}
		return log
	}

	/**
	 * The next write of the board: in the next event-loop turn when entries wait to be stored;
	 * when only merges wait (a drag, typing), after MERGE_DELAY_MS — or sooner, once a new
	 * entry comes or someone flushes — so a drag costs a write a second, not one a frame.
	 */
	private schedule(boardId: string, log: BoardLog): Promise<void> {
		if (log.pending.length > 0) this.hurry(log)
		if (!log.next) {
			const next = log.chain
				.then(
					() =>
						new Promise<void>((resolve) => {
							if (log.urgent) {
								setImmediate(resolve)
								return
							}
							const timer = setTimeout(() => log.wake?.(), MERGE_DELAY_MS)
							timer.unref()
							log.wake = () => {
								clearTimeout(timer)
								log.wake = null
								setImmediate(resolve)
							}
						}),
				)
				.then(() => {
					log.next = null
					log.urgent = false
					return this.write(boardId, log)
				})
			log.next = next
			log.chain = next
		}
		return log.next
	}

	/** Makes the next write happen in the next turn, even while it waits for merges. */
	private hurry(log: BoardLog): void {
		log.urgent = true
		log.wake?.()
	}

	/** Stores what is pending and the merges; never rejects (a failure is reported and kept). */
	private async write(boardId: string, log: BoardLog): Promise<void> {
		const appends = log.pending.splice(0)
		const merged = [...log.dirty]
		log.dirty.clear()
		if (appends.length === 0 && merged.length === 0) return
		for (const e of [...appends, ...merged]) {
			e.writing = true
			e.dirty = false
		}
		try {
			await this.resolveLabels(boardId, appends)
			const merges: ActivityMerge[] = merged.map((e) => ({
				id: e.id as number,
				fields: [...e.entry.fields],
				targetTitle: e.entry.targetTitle,
				lastAt: e.entry.lastAt,
			}))
			const ids = await this.storage.appendActivity(
				boardId,
				appends.map((e) => ({ ...e.entry, actor: { ...e.entry.actor }, fields: [...e.entry.fields] })),
				merges,
			)
			appends.forEach((e, i) => {
				e.id = ids[i]
			})
		} catch (err) {
			if (await this.boardGone(boardId)) {
				// Deleted for good meanwhile: its activity went with it, and so do these.
				log.newest.clear()
				log.pending.length = 0
				log.dirty.clear()
				for (const e of [...appends, ...merged]) e.dirty = false
			} else {
				this.onError(boardId, err)
				// Kept for the next write, in order.
				log.pending.unshift(...appends.filter((e) => e.id === null))
				for (const e of merged) e.dirty = true
			}
		}
		for (const e of [...appends, ...merged]) {
			e.writing = false
			if (e.dirty && e.id !== null) log.dirty.add(e)
		}
		if (log.dirty.size > 0 && appends.every((e) => e.id !== null)) void this.schedule(boardId, log)
		this.prune(boardId, log)
	}

	/** True when the board is no longer stored (a failed check counts as still there). */
	private async boardGone(boardId: string): Promise<boolean> {
		try {
			return (await this.storage.getBoard(boardId)) === null
		} catch {
			return false
		}
	}

	/** Fills in the link labels of entries from their link ids. */
	private async resolveLabels(boardId: string, entries: OpenEntry[]): Promise<void> {
		for (const e of entries) {
			if (e.labelKnown) continue
			e.entry.actor.linkLabel = await this.labels.labelOf(boardId, e.entry.actor.linkId)
			e.labelKnown = true
		}
	}

	/** Forgets entries nothing can merge into any more, and boards with nothing left. */
	private prune(boardId: string, log: BoardLog): void {
		for (const [target, e] of log.newest) {
			if (e.id !== null && !e.writing && !e.dirty && log.latest - e.entry.lastAt > ACTIVITY_COALESCE_MS) {
				log.newest.delete(target)
			}
		}
		if (log.newest.size === 0 && log.pending.length === 0 && log.dirty.size === 0 && log.next === null) {
			this.boards.delete(boardId)
		}
	}
}
