import type { AttendeeSector, CheckInBody } from '../../shared/meeting/minutesLayout'

/** What a person types at 签到 (the body without this browser's secret). */
export type CheckInFacts = Omit<CheckInBody, 'participant'>

/** What this browser last checked in with on a board, and in which meetings (the last few). */
export interface CheckInMemory {
	body: CheckInFacts | null
	meetingIds: string[]
	/** Meetings whose prompt this browser closed with 稍后 (it stays closed until reopened from the panel). */
	dismissed: string[]
}

const PREFIX = 'niudai.minutes.checkIn.'
const REMEMBERED = 8
const SECTORS: readonly string[] = ['government', 'market', 'society', 'residents']

function strings(v: unknown): string[] {
	return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').slice(0, REMEMBERED) : []
}

/** Reads a board's check-in memory (empty when missing or unreadable). */
export function parseCheckInMemory(raw: string | null): CheckInMemory {
	try {
		const v = JSON.parse(raw ?? 'null') as Record<string, unknown> | null
		const b = v?.body as Record<string, unknown> | undefined
		const body =
			b && typeof b.name === 'string' && typeof b.organisation === 'string' && SECTORS.includes(String(b.sector))
				? { name: b.name, organisation: b.organisation, sector: b.sector as AttendeeSector }
				: null
		return { body, meetingIds: strings(v?.meetingIds), dismissed: strings(v?.dismissed) }
	} catch {
		return { body: null, meetingIds: [], dismissed: [] }
	}
}

/** The memory after checking in to `meetingId` with `body`. */
export function withCheckIn(memory: CheckInMemory, meetingId: string, body: CheckInFacts): CheckInMemory {
	return {
		...memory,
		body,
		meetingIds: [meetingId, ...memory.meetingIds.filter((m) => m !== meetingId)].slice(0, REMEMBERED),
	}
}

/** The memory after closing `meetingId`'s prompt. */
export function withDismissed(memory: CheckInMemory, meetingId: string): CheckInMemory {
	return { ...memory, dismissed: [meetingId, ...memory.dismissed.filter((m) => m !== meetingId)].slice(0, REMEMBERED) }
}

/** This browser's check-in memory for a board. */
export function loadCheckInMemory(boardId: string): CheckInMemory {
	try {
		return parseCheckInMemory(localStorage.getItem(PREFIX + boardId))
	} catch {
		return parseCheckInMemory(null)
	}
}

/** Keeps this browser's check-in memory for a board (nothing when storage is unavailable). */
export function saveCheckInMemory(boardId: string, memory: CheckInMemory): void {
	try {
		localStorage.setItem(PREFIX + boardId, JSON.stringify(memory))
	} catch {
		// Private mode: the prompt may ask again after a reload.
	}
}
