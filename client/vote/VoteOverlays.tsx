import { useEditor, useValue } from '@tldraw/tldraw'
import { useEffect } from 'react'
import { useBoardContext } from '../board/BoardContext'
import { useVoteSync } from './useVoteSync'
import { VotePanel } from './VotePanel'
import { $voteSession } from './voteStore'

/** Votes this page has already opened the panel for, so closing it sticks. */
const openedFor = new Set<string>()

/**
 * The vote over the canvas: keeps the vote signals in step with the board (always
 * mounted, so need cards show their dots even with the panel closed), opens the panel
 * for everyone once when a vote starts (or when a late joiner arrives during one), and
 * draws the panel when it is open.
 */
export function VoteOverlays() {
	const editor = useEditor()
	const { doc, panel, setPanel } = useBoardContext()
	useVoteSync(editor, doc)
	const openVoteId = useValue('open vote id', () => {
		const s = $voteSession.get()
		return s?.status === 'open' ? s.id : null
	}, [])
	useEffect(() => {
		if (!openVoteId || openedFor.has(openVoteId)) return
		openedFor.add(openVoteId)
		setPanel('vote')
	}, [openVoteId, setPanel])
	return panel === 'vote' ? <VotePanel onClose={() => setPanel(null)} /> : null
}
