import { type Editor, react } from '@tldraw/tldraw'
import { useEffect } from 'react'
import type * as Y from 'yjs'
import { getYBallots, getYMeeting, MEETING_VOTE_KEY } from '../../shared/meeting/meetingLayout'
import { parseBallot, parseVoteSession } from '../../shared/meeting/vote'
import { sameIds } from '../../shared/meeting/voteEligibility'
import { resetOwnBallot } from './ownBallot'
import { editorEligibleNeedIds } from './voteEligibleNeeds'
import { $voteBallots, $voteEligible, $voteSession, resetVoteStore } from './voteStore'

function readBallots(map: Y.Map<unknown>): Map<string, NonNullable<ReturnType<typeof parseBallot>>> {
	const out = new Map<string, NonNullable<ReturnType<typeof parseBallot>>>()
	for (const [key, value] of map.entries()) {
		const ballot = parseBallot(value)
		if (ballot) out.set(key, ballot)
	}
	return out
}

/**
 * Keeps the vote signals (voteStore.ts) in step with the board: the meeting map's `vote`
 * key and the ballots map (one Y observer each, local and remote changes alike), and
 * the eligible needs (a tldraw reaction over the need cards and the vote's frame, which
 * only publishes a new set when its members change, so dragging cards costs nothing).
 */
export function useVoteSync(editor: Editor, doc: Y.Doc | null): void {
	useEffect(() => {
		if (!doc) return
		const meeting = getYMeeting(doc)
		const ballots = getYBallots(doc)
		$voteSession.set(parseVoteSession(meeting.get(MEETING_VOTE_KEY)))
		$voteBallots.set(readBallots(ballots))
		const onMeeting = (event: Y.YMapEvent<unknown>) => {
			if (event.keysChanged.has(MEETING_VOTE_KEY)) $voteSession.set(parseVoteSession(meeting.get(MEETING_VOTE_KEY)))
		}
		const onBallots = () => $voteBallots.set(readBallots(ballots))
		meeting.observe(onMeeting)
		ballots.observe(onBallots)

		const needs = editor.store.query.records('shape', () => ({ type: { eq: 'need' } }))
		const stop = react('vote eligible needs', () => {
			const session = $voteSession.get()
			const next = session ? editorEligibleNeedIds(editor, needs.get(), session) : new Set<string>()
			if (!sameIds($voteEligible.__unsafe__getWithoutCapture(), next)) $voteEligible.set(next)
		})
		return () => {
			meeting.unobserve(onMeeting)
			ballots.unobserve(onBallots)
			stop()
			resetVoteStore()
			resetOwnBallot()
		}
	}, [editor, doc])
}
