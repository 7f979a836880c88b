import { stopEventPropagation, useValue } from '@tldraw/tldraw'
import { useContext } from 'react'
import { useTranslation } from 'react-i18next'
import { can } from '../../shared/auth/permissions'
import { addDot } from '../../shared/meeting/vote'
import { BoardContext } from '../board/BoardContext'
import { $currentUser } from '../user/currentUser'
import { myDots, setMyDots } from './ownBallot'
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
	const boardId = board?.board.id ?? ''
	const stored = useValue('my dots', () => (session ? myDots($voteBallots.get(), boardId, session) : []), [
		boardId,
		session,
	])
	const user = useValue('me', () => $currentUser.get(), [])
	if (!board?.doc || !session || session.status !== 'open' || !eligible || !can(board.role, 'vote')) return null
	const next = addDot(session, stored, needId, $voteEligible.get())
	const label = t('vote.add', { title: title || t('cards.untitled') })
	const put = () => {
		if (next) void setMyDots({ boardId, session, userName: user?.name ?? null }, next, () => $voteBallots.get())
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
