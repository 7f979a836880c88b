import { useValue } from '@tldraw/tldraw'
import { useTranslation } from 'react-i18next'
import type { VoteSession } from '../../shared/meeting/meetingLayout'
import { ballotProblem, dismissBallotProblem } from './ownBallot'

/**
 * Why this person's last dot was not placed (offline, the vote ended, the link's limit,
 * no right to vote), with a button to close the message. Nothing when the last ballot
 * went through.
 */
export function VoteProblem({
	boardId,
	session,
	floating = false,
}: {
	boardId: string
	session: VoteSession | null
	floating?: boolean
}) {
	const { t } = useTranslation()
	const problem = useValue('ballot problem', () => ballotProblem(boardId, session), [boardId, session])
	if (!problem) return null
	return (
		<div
			className={floating ? 'nd-vote__problem nd-vote__problem--floating' : 'nd-vote__problem'}
			role="alert"
			data-testid="vote-problem"
			data-problem={problem}
		>
			<span>{t(`vote.ballotProblem.${problem}`)}</span>
			<button type="button" className="nd-link" onClick={dismissBallotProblem}>
				{t('vote.ballotProblem.dismiss')}
			</button>
		</div>
	)
}
