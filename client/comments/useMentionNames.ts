import { useEditor, useValue } from '@tldraw/tldraw'
import { useEffect, useMemo, useState } from 'react'
import { api } from '../api/apiClient'
import { useBoardContext } from '../board/BoardContext'
import { displayName } from '../user/currentUser'
import { $comments } from './commentsStore'

/**
 * Everyone who has been on the board, to @mention: the names present now, every comment's
 * author and — for the facilitator, who can list the share links — the links' labels.
 * This person's own name is left out.
 */
export function useMentionNames(): string[] {
	const editor = useEditor()
	const { board, role } = useBoardContext()
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
		const all = [...present, ...authors, ...labels].map((n) => n.trim()).filter((n) => n.length > 0 && n !== me)
		return [...new Set(all)]
	}, [present, authors, labels])
}
