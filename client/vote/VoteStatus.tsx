import { type TLShapeId, useEditor, useValue } from '@tldraw/tldraw'
import { useTranslation } from 'react-i18next'
import { ballotsOfVote, countedDots } from '../../shared/meeting/vote'
import { $voteBallots, $voteEligible, type VoteTally } from './voteStore'

/** One line about the vote: open or ended, dots each, anonymous, its frame, how many have voted (and who, when named). */
export function VoteStatus({ tally }: { tally: VoteTally }) {
	const editor = useEditor()
	const { t } = useTranslation()
	const { session } = tally
	const frameName = useValue('vote frame name', () => {
		if (!session.frameId) return null
		const frame = editor.getShape(session.frameId as TLShapeId)
		return frame ? ((frame.props as { name?: string }).name ?? '').trim() || t('vote.untitledFrame') : null
	}, [editor, session.frameId, t])
	const names = useValue('vote voter names', () => {
		if (session.anonymous) return ''
		const eligible = $voteEligible.get()
		return ballotsOfVote(session, $voteBallots.get())
			.filter((b) => countedDots(session, b, eligible).length > 0)
			.map((b) => b.name ?? '')
			.filter(Boolean)
			.join('、')
	}, [session])
	const tags = [
		t('vote.dotsEach', { count: session.dotsPerVoter }),
		session.anonymous ? t('vote.anonymousTag') : null,
		t('vote.scopeTag', { name: frameName ?? t('vote.scopeBoard') }),
	].filter(Boolean)
	return (
		<div className={`nd-vote__status nd-vote__status--${session.status}`} data-testid="vote-status">
			<p>
				<strong>{session.status === 'open' ? t('vote.statusOpen') : t('vote.statusClosed')}</strong> ·{' '}
				{tags.join(' · ')}
			</p>
			<p data-testid="vote-voters" data-count={tally.voters}>
				{t('vote.voters', { count: tally.voters })}
				{names ? `：${names}` : ''}
			</p>
		</div>
	)
}
