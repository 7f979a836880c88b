import express, { type Request, type Router } from 'express'
import type * as Y from 'yjs'
import { z } from 'zod'
import { ACTOR_SECTORS, type ActorSector } from '../../shared/domain/enums'
import { blocksToMarkdown } from '../../shared/export/blocksToMarkdown'
import { minutesDocument, minutesFileBase } from '../../shared/export/minutesDocument'
import { DEFAULT_MINUTES_TIME_ZONE, isTimeZone } from '../../shared/export/minutesText'
import { attendeeCheckedIn } from '../../shared/meeting/minutesAttendance'
import { minutesData } from '../../shared/meeting/minutesData'
import {
	type Attendee,
	attendanceKey,
	getYAttendance,
	MAX_CHECK_IN_NAME_LENGTH,
	MAX_CHECK_IN_ORGANISATION_LENGTH,
	MAX_MINUTES_ID_LENGTH,
} from '../../shared/meeting/minutesLayout'
import { parseAttendee } from '../../shared/meeting/minutesParse'
import { meetingById } from '../../shared/meeting/minutesRead'
import { BOARD_ID_PATTERN } from '../../shared/protocol'
import type { LinkLabels } from '../auth/linkLabels'
import { accessOf, requireRole } from '../auth/requireRole'
import type { AuthDeps } from '../auth/resolveAccess'
import { DocxTimeoutError, minutesDocxInWorker } from '../export/docxInWorker'
import { ATTENDANCE_ORIGIN } from '../meetings/AttendanceObserver'
import { personIdOf } from '../meetings/personId'
import { readStoredDoc } from '../storage/privateDocStorage'
import type { BoardRow } from '../storage/Storage'
import { StorageUnavailableError } from '../storage/StorageUnavailableError'
import { ownerKey } from '../sync/clientOwners'
import type { RoomManager } from '../sync/RoomManager'
import { boardBallotKey } from '../votes/ballotSecret'
import { attachmentDisposition, safeFileName } from './contentDisposition'
import { HttpError, parseOrThrow } from './httpError'

const CONTROL_CHARS = /[\u0000-\u001f\u007f]/
/** A sync socket's participant secret (as `participantFromUrl` accepts it): 16–128 URL-safe characters. */
const SOCKET_PARTICIPANT = /^[A-Za-z0-9_-]{16,128}$/
const SECTOR_VALUES = ACTOR_SECTORS.map((s) => s.value) as [ActorSector, ...ActorSector[]]

/** Text typed at 签到: trimmed, within `min`–`max` characters, no control characters. */
function typed(field: string, min: number, max: number) {
	return z
		.string({ error: `${field} must be a string` })
		.trim()
		.refine((t) => [...t].length >= min, min === 1 ? `${field} must not be empty` : `${field} is too short`)
		.refine((t) => [...t].length <= max, `${field} must be at most ${max} characters`)
		.refine((t) => !CONTROL_CHARS.test(t), `${field} must not contain control characters`)
}

/** `PUT /:meetingId/attendance`: CheckInBody (shared/meeting/minutesLayout.ts). */
const checkInBody = z.strictObject({
	name: typed('name', 1, MAX_CHECK_IN_NAME_LENGTH),
	organisation: typed('organisation', 0, MAX_CHECK_IN_ORGANISATION_LENGTH).default(''),
	sector: z.enum(SECTOR_VALUES, { error: `sector must be one of: ${SECTOR_VALUES.join(', ')}` }),
	participant: z
		.string({ error: 'participant must be a string' })
		.regex(SOCKET_PARTICIPANT, 'participant must be 16–128 letters, digits, - or _'),
})

const minutesQuery = z.object({
	lang: z.enum(['zh', 'en'], { error: 'lang must be zh or en' }).default('zh'),
	tz: z
		.string()
		.max(64)
		.refine(isTimeZone, 'tz must be a time zone such as Asia/Shanghai')
		.default(DEFAULT_MINUTES_TIME_ZONE),
})

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

export interface MeetingsRouterDeps extends AuthDeps {
	rooms: RoomManager
	/** The server's ballot secret: person ids are derived from it, as the attendance observer does. */
	secret: () => Buffer
	labels: LinkLabels
}

function meetingIdOf(req: Request): string {
	const id = String((req.params as Record<string, string>).meetingId ?? '')
	if (id.length === 0 || id.length > MAX_MINUTES_ID_LENGTH || CONTROL_CHARS.test(id)) {
		throw new HttpError(404, 'meeting_not_found', 'No such meeting on this board')
	}
	return id
}

/**
 * `/api/boards/:id/meetings`: the meeting record's server side.
 *
 * - `PUT /:meetingId/attendance` `{ name, organisation, sector, participant }` (any link
 *   that can view) → the Attendee as written: the person's 签到 while the meeting is
 *   open. The person is the one the server recorded from presence: the participant secret
 *   is the one the browser's sync socket sends. Checking in again corrects the entry.
 *   `404 meeting_not_found`; `409 meeting_not_open` once the meeting has ended;
 *   `503 storage_unavailable` while the board cannot be stored.
 * - `GET /:meetingId/minutes.md` and `GET /:meetingId/minutes.docx` `?lang=zh|en&tz=<IANA zone>`
 *   (any link that can view, as the plan's exports) → the 会议纪要 as a file named
 *   `<board title>-<meeting title>-会议纪要`; the Word file is built in the export worker.
 */
export function meetingsRouter(deps: MeetingsRouterDeps): Router {
	const { storage, rooms } = deps
	const router = express.Router({ mergeParams: true })
	const viewer = requireRole(deps, 'viewer')

	const boardOr404 = async (boardId: string): Promise<BoardRow> => {
		const board = BOARD_ID_PATTERN.test(boardId) ? await storage.getBoard(boardId) : null
		if (!board || board.deletedAt !== null) throw new HttpError(404, 'board_not_found', `Board not found: ${boardId}`)
		return board
	}

	router.put('/:meetingId/attendance', viewer, async (req, res) => {
		const access = accessOf(res)
		const board = await boardOr404(access.boardId)
		const meetingId = meetingIdOf(req)
		const body = parseOrThrow(checkInBody, req.body ?? undefined, 'body')
		const personId = personIdOf(boardBallotKey(deps.secret(), board.id), ownerKey(access.linkId, body.participant))
		const linkLabel = await deps.labels.labelOf(board.id, access.linkId)
		const room = await rooms.acquire(board.id)
		try {
			if (room.storageUnavailable) throw new StorageUnavailableError(board.id, new Error('the room is read-only'))
			const meeting = meetingById(room.doc, meetingId)
			if (!meeting) throw new HttpError(404, 'meeting_not_found', 'No such meeting on this board')
			if (meeting.endedAt !== null) {
				throw new HttpError(409, 'meeting_not_open', 'This meeting has ended; check-in is closed')
			}
			const key = attendanceKey(meetingId, personId)
			const attendance = getYAttendance(room.doc)
			const attendee: Attendee = attendeeCheckedIn(parseAttendee(key, attendance.get(key)), {
				meetingId,
				personId,
				name: body.name,
				organisation: body.organisation,
				sector: body.sector,
				linkLabel,
				role: access.role,
				now: Date.now(),
			})
			room.doc.transact(() => attendance.set(key, attendee), ATTENDANCE_ORIGIN)
			await room.flush()
			res.setHeader('Cache-Control', 'no-store')
			res.json(attendee)
		} finally {
			rooms.release(room)
		}
	})

	/** The board's document: the live room's, else as stored (`release` when done). */
	const boardDoc = async (boardId: string): Promise<{ doc: Y.Doc; release: () => void }> => {
		const room = rooms.peek(boardId)
		if (room) return { doc: room.doc, release: () => {} }
		const doc = await readStoredDoc(storage, boardId)
		return { doc, release: () => doc.destroy() }
	}

	const minutesOf = async (req: Request, res: express.Response) => {
		const board = await boardOr404(accessOf(res).boardId)
		const meetingId = meetingIdOf(req)
		const q = parseOrThrow(minutesQuery, req.query, 'query')
		const { doc, release } = await boardDoc(board.id)
		try {
			const data = minutesData(doc, meetingId, { boardTitle: board.title, now: Date.now() })
			if (!data) throw new HttpError(404, 'meeting_not_found', 'No such meeting on this board')
			return {
				document: minutesDocument(data, { lang: q.lang, timeZone: q.tz }),
				base: minutesFileBase(board.title, data.meeting.title, q.lang),
			}
		} finally {
			release()
		}
	}

	const sendFile = (res: express.Response, type: string, fileName: string, body: string | Buffer) => {
		res.setHeader('Content-Type', type)
		res.setHeader('Content-Disposition', attachmentDisposition(fileName))
		res.setHeader('Cache-Control', 'no-store')
		res.setHeader('X-Content-Type-Options', 'nosniff')
		res.send(body)
	}

	router.get('/:meetingId/minutes.md', viewer, async (req, res) => {
		const { document, base } = await minutesOf(req, res)
		sendFile(res, 'text/markdown; charset=utf-8', safeFileName(base, 'md'), blocksToMarkdown(document))
	})

	router.get('/:meetingId/minutes.docx', viewer, async (req, res) => {
		const { document, base } = await minutesOf(req, res)
		let bytes: Buffer
		try {
			bytes = await minutesDocxInWorker(document)
		} catch (err) {
			if (err instanceof DocxTimeoutError) throw new HttpError(503, 'export_timeout', err.message)
			throw err
		}
		sendFile(res, DOCX_TYPE, safeFileName(base, 'docx'), bytes)
	})

	return router
}
