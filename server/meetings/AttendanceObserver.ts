import { attendeeSeen } from '../../shared/meeting/minutesAttendance'
import { attendanceKey, getYAttendance, getYMeetings, type MeetingSession } from '../../shared/meeting/minutesLayout'
import { parseAttendee } from '../../shared/meeting/minutesParse'
import { openMeeting } from '../../shared/meeting/minutesRead'
import type { LinkLabels } from '../auth/linkLabels'
import type { DocKind } from '../storage/Storage'
import type { Room } from '../sync/Room'
import type { RoomObserver } from '../sync/RoomManager'
import { boardBallotKey } from '../votes/ballotSecret'
import { personIdOf } from './personId'

/** Transaction origin of the attendance the server writes (stored and relayed like any change). */
export const ATTENDANCE_ORIGIN = Symbol('niudai-attendance')

/** What the attendance observer needs. */
export interface AttendanceDeps {
	/** The server's ballot secret (person ids are derived from it). */
	secret: () => Buffer
	labels: LinkLabels
	/** Where a failed write is reported. */
	onError?: (boardId: string, err: unknown) => void
}

interface AwarenessChange {
	added: number[]
	updated: number[]
	removed: number[]
}

/** One loaded board: records its connections' presence while a meeting is open. */
class RoomAttendance {
	/** Connections that presented themselves (pruned once they are gone). */
	private readonly origins = new Set<unknown>()
	/** The open meeting as last read (undefined: not read yet); "meetings" changes read it again. */
	private openCache: MeetingSession | null | undefined
	private queue: Promise<void> = Promise.resolve()
	private stopped = false
	private readonly boardKey: Buffer
	/** Person ids by owner key (an HMAC per awareness update would be wasted work). */
	private readonly persons = new Map<string, string>()

	constructor(
		private readonly room: Room,
		private readonly deps: AttendanceDeps,
	) {
		this.boardKey = boardBallotKey(deps.secret(), room.boardId)
		room.awareness.on('update', this.onAwareness)
		getYMeetings(room.doc).observe(this.onMeetings)
	}

	stop(): void {
		this.stopped = true
		this.room.awareness.off('update', this.onAwareness)
		getYMeetings(this.room.doc).unobserve(this.onMeetings)
		this.origins.clear()
	}

	/** Settles once every write asked for so far is done (tests). */
	idle(): Promise<void> {
		return this.queue
	}

	private open(): MeetingSession | null {
		this.openCache = openMeeting(this.room.doc)
		return this.openCache
	}

	private readonly onAwareness = (_change: AwarenessChange, origin: unknown): void => {
		if (this.stopped || !this.room.connectionInfo(origin)) return
		this.origins.add(origin)
		const meeting = this.openCache === undefined ? this.open() : this.openCache
		if (meeting) this.see(meeting, origin)
	}

	private readonly onMeetings = (): void => {
		const before = this.openCache?.id
		const meeting = this.open()
		if (!meeting || meeting.id === before) return
		// A meeting just started: everyone present now is there.
		for (const origin of [...this.origins]) {
			if (this.room.connectionInfo(origin)) this.see(meeting, origin)
			else this.origins.delete(origin)
		}
	}

	private personOf(owner: string): string {
		let id = this.persons.get(owner)
		if (!id) {
			id = personIdOf(this.boardKey, owner)
			this.persons.set(owner, id)
		}
		return id
	}

	/** Records the connection `origin` as present in `meeting`, when that changes anything. */
	private see(meeting: MeetingSession, origin: unknown): void {
		const info = this.room.connectionInfo(origin)
		if (!info) return
		const personId = this.personOf(info.owner)
		const key = attendanceKey(meeting.id, personId)
		const sighting = { meetingId: meeting.id, personId, name: info.names[0] ?? '', role: info.role }
		const attendance = getYAttendance(this.room.doc)
		// Most presence updates are cursor moves of someone recorded already: nothing to write.
		if (!attendeeSeen(parseAttendee(key, attendance.get(key)), { ...sighting, linkLabel: '', now: 0 })) return
		this.queue = this.queue.then(async () => {
			try {
				const linkLabel = await this.deps.labels.labelOf(this.room.boardId, info.linkId)
				if (this.stopped || this.room.storageUnavailable || this.open()?.id !== meeting.id) return
				// Read again: an earlier write in the queue (or a 签到) may have recorded this person.
				const next = attendeeSeen(parseAttendee(key, attendance.get(key)), { ...sighting, linkLabel, now: Date.now() })
				if (next) this.room.doc.transact(() => attendance.set(key, next), ATTENDANCE_ORIGIN)
			} catch (err) {
				this.deps.onError?.(this.room.boardId, err)
			}
		})
	}
}

/**
 * Attendance from presence (a RoomObserver): while a board's meeting is open
 * ("meetings" has one with `endedAt === null`), every connection that presents itself —
 * and everyone present when the meeting starts — gets an Attendee entry in "attendance",
 * written by the server (origin ATTENDANCE_ORIGIN: stored and relayed like a ballot). One
 * browser is one person (the id is derived from the connection's owner key), across
 * reconnects; the link label comes from storage; the presence name is followed until the
 * person checks in. Connections without presence (scripts) are not recorded.
 */
export class AttendanceObserver implements RoomObserver {
	private readonly rooms = new Map<Room, RoomAttendance>()

	constructor(private readonly deps: AttendanceDeps) {}

	roomLoaded(room: Room, kind: DocKind): void {
		if (kind !== 'main') return
		this.rooms.set(room, new RoomAttendance(room, this.deps))
	}

	roomUnloaded(room: Room): void {
		this.rooms.get(room)?.stop()
		this.rooms.delete(room)
	}

	/** Settles once the attendance writes asked for in `room` so far are done. */
	idle(room: Room): Promise<void> {
		return this.rooms.get(room)?.idle() ?? Promise.resolve()
	}
}
