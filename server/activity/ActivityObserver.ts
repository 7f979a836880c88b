import type * as Y from 'yjs'
import { getYComments } from '../../shared/comments/commentsLayout'
import { getYMeeting, MEETING_VOTE_KEY } from '../../shared/meeting/meetingLayout'
import { getYMeetings } from '../../shared/meeting/minutesLayout'
import { getYPrivate, privatePropKeys } from '../../shared/privateDocLayout'
import { getYMeta, getYRecords, readRecord, Y_META_VERSIONS_AT_KEY } from '../../shared/ydocLayout'
import type { DocKind, Storage } from '../storage/Storage'
import { type Room, VERSIONS_ORIGIN } from '../sync/Room'
import type { RoomObserver } from '../sync/RoomManager'
import type { ActivityDraft } from './ActivityDraft'
import { type ActivityActorRef, type ActivityLog, SERVER_ACTOR } from './ActivityLog'
import { BoardIndex, commentFields } from './BoardIndex'
import { type CommentChange, commentActivity, summarizeComment } from './commentActivity'
import { presentedName } from './displayName'
import { meetingsActivity, voteActivity } from './meetingActivity'
import { privateFieldsChanged } from './privateActivity'
import { LINK_TARGET_TYPE, linkTitle, type RecordChange, recordActivity } from './recordActivity'
import { type RecordSummary, summarizeRecord } from './summarizeRecord'

type Events = readonly Y.YEvent<Y.AbstractType<unknown>>[]

/**
 * The keys of `root` under which `events` changed something: a key of `root` itself, or
 * the key of the entry a nested change is inside. (An event's `path` is relative to the
 * type observed deeply, which is set only while deep observers run: walked here instead.)
 */
export function changedKeys(root: unknown, events: Events): Set<string> {
	const keys = new Set<string>()
	for (const event of events) {
		if (event.target === root) {
			for (const key of event.keys.keys()) keys.add(key)
			continue
		}
		let type: Y.AbstractType<unknown> = event.target
		while (type._item !== null && type._item.parent !== root) type = type._item.parent as Y.AbstractType<unknown>
		const key = type._item?.parentSub
		if (typeof key === 'string') keys.add(key)
	}
	return keys
}

/**
 * Watches every loaded main room and logs what each connection's changes did (cards,
 * links, comments, votes, meetings: see recordActivity, commentActivity, meetingActivity),
 * attributed to the connection's link (id, label, role) and the name its presence shows.
 * Only changes applied here count: a transaction whose origin is not a connection of the
 * room (another node's updates, the server's own writes) is not logged — its node logged it
 * — except the server's automatic versions and writes made with an origin from
 * `ActivityLog.originFor` (an import, as its REST caller). A change that changes nothing
 * logs nothing.
 */
export class ActivityObserver implements RoomObserver {
	constructor(
		private readonly log: ActivityLog,
		private readonly storage: Storage,
		private readonly onError: (boardId: string, err: unknown) => void = () => {},
	) {}

	/** The loaded main rooms and their indexes, by board: a private-document change is named from them. */
	private readonly mains = new Map<string, { room: Room; index: BoardIndex }>()

	roomLoaded(room: Room, doc: DocKind): void {
		if (doc === 'private') {
			this.watchPrivate(room)
			return
		}
		const index = new BoardIndex(room.doc)
		this.mains.set(room.boardId, { room, index })
		const onTransaction = (tr: Y.Transaction) => {
			// The log must never break the sync: a throw here would reach the update's sender.
			try {
				this.afterTransaction(room, index, tr)
			} catch (err) {
				this.onError(room.boardId, err)
			}
		}
		room.doc.on('afterTransaction', onTransaction)
		// Kept until the document is destroyed: unloading saves an automatic version first.
		room.doc.once('destroy', () => {
			room.doc.off('afterTransaction', onTransaction)
			if (this.mains.get(room.boardId)?.room === room) this.mains.delete(room.boardId)
		})
	}

	/**
	 * A board's private document (联系方式): a connection's change of a card's private props
	 * is logged as an edit of that card (its fields named, never their values), attributed to
	 * the link and to the names the same browser presents on the main document.
	 */
	private watchPrivate(room: Room): void {
		const onTransaction = (tr: Y.Transaction) => {
			try {
				const info = room.connectionInfo(tr.origin)
				const main = this.mains.get(room.boardId)
				if (!info || !main) return
				const events = (tr.changedParentTypes as ReadonlyMap<unknown, Events>).get(getYPrivate(room.doc))
				if (!events) return
				const drafts: ActivityDraft[] = []
				for (const [id, fields] of privateFieldsChanged(getYPrivate(room.doc), events)) {
					const card = main.index.summaryOf(id)
					if (card?.kind !== 'card') continue
					// A record's entry removed whole (its last contact cleared) may no longer list its keys.
					const named = fields.length > 0 ? fields : [...privatePropKeys(card.type)]
					drafts.push({
						kind: 'card_edited',
						targetId: id,
						targetType: card.type,
						targetTitle: card.title,
						fields: named,
					})
				}
				if (drafts.length === 0) return
				const name = presentedName(main.room.namesOfOwner(info.owner))
				void this.log.record(room.boardId, drafts, { linkId: info.linkId, role: info.role, name })
			} catch (err) {
				this.onError(room.boardId, err)
			}
		}
		room.doc.on('afterTransaction', onTransaction)
		room.doc.once('destroy', () => room.doc.off('afterTransaction', onTransaction))
	}

	roomUnloaded(room: Room, doc: DocKind): void {
		if (doc === 'main') this.log.track(this.log.flush(room.boardId))
	}

	private afterTransaction(room: Room, index: BoardIndex, tr: Y.Transaction): void {
		if (tr.origin === VERSIONS_ORIGIN) this.autoVersion(room)
		const doc = room.doc
		const changed: ReadonlyMap<unknown, Events> = tr.changedParentTypes as never
		const keysChanged: ReadonlyMap<unknown, Set<string | null>> = tr.changed as never
		const records = getYRecords(doc)
		const comments = getYComments(doc)
		const meetingMap = getYMeeting(doc)
		const meetingsMap = getYMeetings(doc)
		const recordEvents = changed.get(records)
		const commentEvents = changed.get(comments)
		const voteChanged = keysChanged.get(meetingMap)?.has(MEETING_VOTE_KEY) ?? false
		const meetingKeys = keysChanged.get(meetingsMap)
		if (!recordEvents && !commentEvents && !voteChanged && !meetingKeys) return

		const info = room.connectionInfo(tr.origin)
		// A connection's change, or the server's on behalf of a REST caller (an import).
		const actor: ActivityActorRef | null = info
			? { linkId: info.linkId, role: info.role, name: presentedName(info.names) }
			: this.log.actorOfOrigin(tr.origin)
		const drafts: ActivityDraft[] = []

		// Cards and links.
		const after = new Map<string, RecordSummary | null>()
		const recordChanges: RecordChange[] = []
		if (recordEvents) {
			for (const id of changedKeys(records, recordEvents)) {
				const is = summarizeRecord(readRecord(records.get(id)))
				const was = index.summaryOf(id)
				if (!is && !was) continue
				after.set(id, is)
				recordChanges.push({ id, before: was, after: is })
			}
		}
		const afterView = index.overlay(after)
		if (actor && recordChanges.length > 0) drafts.push(...recordActivity(recordChanges, index, afterView))

		// Comments.
		if (commentEvents) {
			const commentChanges: CommentChange[] = []
			for (const id of changedKeys(comments, commentEvents)) {
				const fields = commentFields(comments.get(id))
				commentChanges.push({
					id,
					before: index.comments.get(id) ?? null,
					after: fields ? summarizeComment(id, fields) : null,
				})
			}
			const threadOf = (threadId: string) =>
				commentChanges.find((c) => c.id === threadId)?.after ?? index.comments.get(threadId) ?? null
			if (actor) {
				drafts.push(
					...commentActivity(commentChanges, threadOf, (shapeId) => {
						const s = afterView.summaryOf(shapeId)
						if (s?.kind === 'card') return { type: s.type, title: s.title }
						if (s?.kind === 'arrow' && s.link) return { type: LINK_TARGET_TYPE, title: linkTitle(afterView, shapeId) }
						return null
					}),
				)
			}
			for (const c of commentChanges) {
				if (c.after) index.comments.set(c.id, c.after)
				else index.comments.delete(c.id)
			}
		}

		// The vote and meetings.
		if (voteChanged) {
			const vote = meetingMap.get(MEETING_VOTE_KEY) ?? null
			if (actor) {
				drafts.push(
					...voteActivity(index.vote, vote, (frameId) => {
						const s = afterView.summaryOf(frameId)
						return s?.kind === 'frame' ? s.title : ''
					}),
				)
			}
			index.vote = vote
		}
		if (meetingKeys) {
			const changes = [...meetingKeys].flatMap((id) =>
				id === null ? [] : [{ id, before: index.meetings.get(id) ?? null, after: meetingsMap.get(id) ?? null }],
			)
			if (actor) drafts.push(...meetingsActivity(changes))
			for (const c of changes) {
				if (c.after === null) index.meetings.delete(c.id)
				else index.meetings.set(c.id, c.after)
			}
		}

		for (const [id, s] of after) index.setRecord(id, s)
		if (actor && drafts.length > 0) void this.log.record(room.boardId, drafts, actor)
	}

	/** The server announced a version: when it is an automatic one, log it as the server's. */
	private autoVersion(room: Room): void {
		const at = getYMeta(room.doc).get(Y_META_VERSIONS_AT_KEY)
		if (typeof at !== 'number') return
		const boardId = room.boardId
		this.log.track(
			this.storage.listVersions(boardId).then((versions) => {
				const v = versions.find((r) => r.kind === 'auto' && r.createdAt === at)
				if (!v) return
				const draft: ActivityDraft = {
					kind: 'version_saved',
					targetId: v.id,
					targetType: 'version',
					targetTitle: v.name,
					fields: [],
				}
				return this.log.record(boardId, [draft], SERVER_ACTOR, v.createdAt)
			}),
		)
	}
}
