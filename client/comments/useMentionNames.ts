import { useEditor, useValue } from '@tldraw/tldraw'
import { useEffect, useMemo, useState } from 'react'
import { getYAttendance } from '../../shared/meeting/minutesLayout'
import { api } from '../api/apiClient'
import { useBoardContext } from '../board/BoardContext'
import { useYMapEntries } from '../meeting/useYMapValue'
import { displayName } from '../user/currentUser'
import { $comments } from './commentsStore'

/** An attendance entry's display name, or null. */
function attendeeName(value: unknown): string | null {
	const name = (value as { name?: unknown } | null)?.name
	return typeof name === 'string' && name.trim() ? name : null
}

/**
 * Everyone who has been on the board, to @mention: the names present now, every comment's
 * author, everyone a meeting recorded as present, and — for the facilitator, who can list
 * the share links — the links' labels. This person's own name is left out.
 */
export function useMentionNames(): string[] {
	const editor = useEditor()
	const { board, role, doc } = useBoardContext()
	const attendanceMap = useMemo(() => (doc ? getYAttendance(doc) : null), [doc])
	const attendance = useYMapEntries(attendanceMap, attendeeName)
	const present = useValue('present names', () => editor.getCollaborators().map((c) => c.userName), [editor])
	const authors = useValue('comment authors', () => $comments.get().map((c) => c.authorName), [])
	const [labels, setLabels] = useState<string[]>([])
	useEffect(() => {
		if (role !== 'facilitator') return
		let cancelled = false
		api.listLinks(board.id).then(
			(list) => {
				// The link in use here is this person's own.
				if (!cancelled)
					setLabels(list.links.filter((l) => l.revokedAt === null && l.id !== list.currentLinkId).map((l) => l.label))
			},
			() => undefined,
		)
		return () => {
			cancelled = true
		}
	}, [board.id, role])
	return useMemo(() => {
		const me = displayName()
		const all = [...present, ...authors, ...attendance.values(), ...labels]
			.map((n) => n.trim())
			.filter((n) => n.length > 0 && n !== me)
		return [...new Set(all)]
	}, [present, authors, attendance, labels])
}
