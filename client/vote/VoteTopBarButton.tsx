import { useValue } from '@tldraw/tldraw'
import { useTranslation } from 'react-i18next'
import { useBoardContext } from '../board/BoardContext'
import { $voteSession } from './voteStore'
import './vote.css'

/** 投票 in the top bar for every role; 投票中 (highlighted) while a vote is open. */
export function VoteTopBarButton() {
	const { t } = useTranslation()
	const { panel, setPanel } = useBoardContext()
	const live = useValue('vote live', () => $voteSession.get()?.status === 'open', [])
	const on = panel === 'vote'
	return (
		<button
			type="button"
			className={`nd-button nd-button--ghost${on ? ' nd-button--on' : ''}${live ? ' nd-vote-live' : ''}`}
			aria-pressed={on}
			data-testid="open-vote"
			data-live={live}
			onClick={() => setPanel(on ? null : 'vote')}
		>
			{live ? t('vote.active') : t('vote.open')}
		</button>
	)
}
