import { useEditor, useValue } from '@tldraw/tldraw'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { VoteSession } from '../../shared/meeting/meetingLayout'
import { addDot, countedDots, removeDot } from '../../shared/meeting/vote'
import { compareTitles } from '../../shared/plan/sortPlanRows'
import { focusCard } from '../analytics/useLivePlan'
import { myDots, setMyDots } from './ownBallot'
import { VoteProblem } from './VoteProblem'
import { $voteBallots, $voteEligible } from './voteStore'

interface Props {
	boardId: string
	session: VoteSession
	/** Display name sent with a named vote's ballot. */
	userName: string | null
	counts: ReadonlyMap<string, number>
	titles: ReadonlyMap<string, string>
}

/**
 * This person's dots: the eligible needs in a steady order (by title, so rows never jump
 * under a finger as counts change), each with big − / + buttons, and how many dots are left.
 */
export function VoteBallot({ boardId, session, userName, counts, titles }: Props) {
	const editor = useEditor()
	const { t } = useTranslation()
	const stored = useValue('my dots', () => myDots($voteBallots.get(), boardId, session), [boardId, session])
	const eligible = useValue('vote eligible', () => $voteEligible.get(), [])
	const mine = countedDots(session, { voteId: session.id, voterId: '', name: null, dots: stored }, eligible)
	const left = session.dotsPerVoter - mine.length
	const rows = useMemo(
		() =>
			[...counts.keys()].sort(
				(a, b) => compareTitles(titles.get(a) ?? '', titles.get(b) ?? '') || (a < b ? -1 : a > b ? 1 : 0),
			),
		[counts, titles],
	)
	const change = (next: string[] | null) => {
		if (next) void setMyDots({ boardId, session, userName }, next, () => $voteBallots.get())
	}

	return (
		<section className="nd-vote__ballot" data-testid="vote-ballot">
			<h3 className="nd-vote__left" data-testid="vote-remaining" data-count={left} aria-live="polite">
				{left > 0 ? t('vote.remaining', { count: left }) : t('vote.noneLeft')}
			</h3>
			<VoteProblem boardId={boardId} session={session} />
			<ul className="nd-vote__needs" data-testid="vote-needs">
				{rows.map((id) => {
					const title = titles.get(id) || t('cards.untitled')
					const own = mine.filter((d) => d === id).length
					return (
						<li key={id} className="nd-vote__need" data-testid="vote-need" data-need-id={id} data-mine={own}>
							<button type="button" className="nd-vote__need-title" onClick={() => focusCard(editor, id)}>
								<span>{title}</span>
								<span className="nd-vote__need-total">{t('vote.badgeText', { count: counts.get(id) ?? 0 })}</span>
							</button>
							<div className="nd-vote__stepper">
								<button
									type="button"
									className="nd-vote__dot-button"
									data-testid="vote-remove"
									disabled={own === 0}
									aria-label={t('vote.remove', { title })}
									onClick={() => change(removeDot(session, stored, id))}
								>
									−
								</button>
								<span className="nd-vote__mine" role="img" aria-label={t('vote.mine', { count: own })}>
									{own === 0 ? '○' : own > 5 ? `●×${own}` : '●'.repeat(own)}
								</span>
								<button
									type="button"
									className="nd-vote__dot-button nd-vote__dot-button--add"
									data-testid="vote-add"
									disabled={left <= 0}
									aria-label={t('vote.add', { title })}
									onClick={() => change(addDot(session, stored, id, eligible))}
								>
									+
								</button>
							</div>
						</li>
					)
				})}
			</ul>
		</section>
	)
}
