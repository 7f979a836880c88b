import { stopEventPropagation, useValue } from '@tldraw/tldraw'
import { useContext } from 'react'
import { useTranslation } from 'react-i18next'
import { can } from '../../shared/auth/permissions'
import { addDot } from '../../shared/meeting/vote'
import { BoardContext } from '../board/BoardContext'
import { $currentUser } from '../user/currentUser'
import { myDots, writeBallot } from './voteActions'
import { voterFor } from './voterIdentity'
import { $voteBallots, $voteEligible, $voteSession } from './voteStore'

/** When the last touch on a card's dot button was handled (shared: one finger, one button at a time). */
let lastTouchAt = 0

/**
 * "+●" on a need card while a vote is open: puts one of this person's dots on the card
 * right where they see it (the vote panel has the full ballot with −). Shown only to
 * people who may vote, only on eligible needs, and disabled when no dot is left.
 */
export function CardDotButton({ needId, title }: { needId: string; title: string }) {
	const { t } = useTranslation()
	const board = useContext(BoardContext)
	const session = useValue('vote session', () => $voteSession.get(), [])
	const eligible = useValue('vote eligible', () => $voteEligible.get().has(needId), [needId])
	const ballots = useValue('vote ballots', () => $voteBallots.get(), [])
	const user = useValue('me', () => $currentUser.get(), [])
	if (!board?.doc || !session || session.status !== 'open' || !eligible || !can(board.role, 'vote')) return null
	const voter = voterFor(session, user ? { id: user.id, name: user.name } : null)
	if (!voter) return null
	const doc = board.doc
	const stored = myDots(ballots, session, voter)
	const next = addDot(session, stored, needId, $voteEligible.get())
	const label = t('vote.add', { title: title || t('cards.untitled') })
	const put = () => {
		if (next) writeBallot(doc, session, voter, next)
	}
	return (
		<button
			type="button"
			className="nd-card-dot"
			data-testid="card-dot-add"
			disabled={next === null}
			aria-label={label}
			title={next === null ? t('vote.noneLeft') : label}
			onPointerDown={stopEventPropagation}
			onPointerUp={(e) => {
				stopEventPropagation(e)
				// tldraw cancels the click a touch would make on the canvas: act on the touch itself.
				if (e.pointerType === 'mouse') return
				lastTouchAt = Date.now()
				put()
			}}
			onClick={(e) => {
				e.stopPropagation()
				// Mouse and keyboard; a click that follows a handled touch is the same press.
				if (Date.now() - lastTouchAt > 600) put()
			}}
		>
			+●
		</button>
	)
}
