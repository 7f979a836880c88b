import type { CheckInBody } from '../../shared/meeting/minutesLayout'
import { ApiError } from '../api/apiClient'
import { displayNameHeader } from '../api/displayNameHeader'
import { authHeaders } from '../auth/boardTokens'
import { downloadBlob, exportError, fileNameFor } from '../boardMenu/exportActions'

const meetingPath = (boardId: string, meetingId: string) =>
	`/api/boards/${encodeURIComponent(boardId)}/meetings/${encodeURIComponent(meetingId)}`

/** The URL of a meeting's 会议纪要 as Word or Markdown. */
export function minutesUrl(boardId: string, meetingId: string, format: 'docx' | 'md', lang: string): string {
	const params = new URLSearchParams({ lang: lang === 'en' ? 'en' : 'zh' })
	// Times in the minutes read as on this device's clock face.
	const tz = Intl.DateTimeFormat().resolvedOptions().timeZone
	if (tz) params.set('tz', tz)
	return `${meetingPath(boardId, meetingId)}/minutes.${format}?${params}`
}

/** Fetches a meeting's 会议纪要 and saves it as `<title>.<format>`. */
export async function downloadMinutes(
	boardId: string,
	meetingId: string,
	title: string,
	format: 'docx' | 'md',
	lang: string,
): Promise<void> {
	let res: Response
	try {
		res = await fetch(minutesUrl(boardId, meetingId, format, lang), { headers: authHeaders(boardId) })
	} catch {
		throw new ApiError(0, 'network', 'network error')
	}
	if (!res.ok) throw await exportError(res)
	downloadBlob(await res.blob(), fileNameFor(title, format))
}

/** This person's 签到 for the meeting (any link); the server writes it into the attendance. */
export async function checkIn(boardId: string, meetingId: string, body: CheckInBody): Promise<void> {
	let res: Response
	try {
		res = await fetch(`${meetingPath(boardId, meetingId)}/attendance`, {
			method: 'PUT',
			headers: { 'content-type': 'application/json', ...authHeaders(boardId), ...displayNameHeader() },
			body: JSON.stringify(body),
		})
	} catch {
		throw new ApiError(0, 'network', 'network error')
	}
	if (!res.ok) throw await exportError(res)
}
