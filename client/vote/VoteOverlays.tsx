import { useEditor, useValue } from '@tldraw/tldraw'
import { useEffect } from 'react'
import { useBoardContext } from '../board/BoardContext'
import { useVoteSync } from './useVoteSync'
import { VotePanel } from './VotePanel'
import { VoteProblem } from './VoteProblem'
import { $voteSession } from './voteStore'

/** Votes this page has already opened the panel for, so closing it sticks. */
const openedFor = new Set<string>()

/**
 * The vote over the canvas: keeps the vote signals in step with the board (always
 * mounted, so need cards show their dots even with the panel closed), opens the panel
 * for everyone once when a vote starts (or when a late joiner arrives during one), and
 * draws the panel when it is open (else, a failed dot's message).
 */
export function VoteOverlays() {
	const editor = useEditor()
	const { doc, panel, setPanel, board } = useBoardContext()
	useVoteSync(editor, doc)
	const session = useValue('vote session', () => $voteSession.get(), [])
	const openVoteId = session?.status === 'open' ? session.id : null
	useEffect(() => {
		if (!openVoteId || openedFor.has(openVoteId)) return
		openedFor.add(openVoteId)
		setPanel('vote')
	}, [openVoteId, setPanel])
	// A dot placed from a card (+●) with the panel closed still says why it failed.
	if (panel !== 'vote') return <VoteProblem boardId={board.id} session={session} floating />
	return <VotePanel onClose={() => setPanel(null)} />
}
