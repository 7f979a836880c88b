import { useEditor, useValue } from '@tldraw/tldraw'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { can } from '../../shared/auth/permissions'
import { rankNeeds } from '../../shared/meeting/vote'
import { ConfirmDialog } from '../app/ConfirmDialog'
import { useBoardContext } from '../board/BoardContext'
import { $currentUser } from '../user/currentUser'
import { useNeedTitles } from './useNeedTitles'
import { VoteBallot } from './VoteBallot'
import { VoteRanking } from './VoteRanking'
import { VoteStartForm } from './VoteStartForm'
import { VoteStatus } from './VoteStatus'
import { clearVote, endVote } from './voteActions'
import { $voteTally } from './voteStore'
import './vote.css'

/**
 * The dot-vote panel. Facilitator: start a vote (dots each, anonymous, scope), end it
 * after a confirmation, clear its results. 参会 participants, editors and facilitators
 * during an open vote: their dots on the eligible needs. Everyone: the live ranking, then
 * the final one (kept when the vote ended). Viewers see the ranking only.
 */
export function VotePanel({ onClose }: { onClose(): void }) {
	const editor = useEditor()
	const { t } = useTranslation()
	const { role, doc, board } = useBoardContext()
	const tally = useValue('vote tally', () => $voteTally.get(), [])
	const user = useValue('me', () => $currentUser.get(), [])
	const session = tally?.session ?? null
	const isFacilitator = role === 'facilitator'
	const canVote = can(role, 'vote')
	const [startingNew, setStartingNew] = useState(false)
	const [confirmingEnd, setConfirmingEnd] = useState(false)
	const liveTitles = useNeedTitles(tally?.counts)
	// A finished vote's needs deleted since keep the title they had when it ended.
	const titles = useMemo(() => {
		const out = new Map(tally?.keptTitles ?? [])
		for (const [id, title] of liveTitles) if (title || !out.has(id)) out.set(id, title)
		return out
	}, [liveTitles, tally?.keptTitles])
	const ranking = useMemo(() => (tally ? rankNeeds(tally.counts, titles) : []), [tally, titles])
	const showForm = isFacilitator && doc && (!session || (session.status === 'closed' && startingNew))

	return (
		<aside
			className="nd-panel nd-vote"
			data-testid="vote-panel"
			data-status={session?.status ?? 'none'}
			aria-label={t('vote.title')}
		>
			<header className="nd-panel__head">
				<h2>{session?.status === 'open' ? t('vote.active') : t('vote.title')}</h2>
				<button type="button" className="nd-link nd-vote__close" onClick={onClose} aria-label={t('vote.close')}>
					✕
				</button>
			</header>

			{confirmingEnd && session?.status === 'open' && tally && doc && (
				<ConfirmDialog
					testId="vote-end-confirm"
					title={t('vote.endConfirmTitle')}
					message={t('vote.endConfirmMessage', { count: tally.voters })}
					confirmLabel={t('vote.endConfirm')}
					cancelLabel={t('vote.endCancel')}
					onConfirm={() => {
						setConfirmingEnd(false)
						endVote(editor, doc, session, tally, titles)
					}}
					onCancel={() => setConfirmingEnd(false)}
				/>
			)}
			{!session && !isFacilitator && <p className="nd-muted">{t('vote.noneYet')}</p>}
			{showForm && <VoteStartForm doc={doc} onStarted={() => setStartingNew(false)} />}

			{session && tally && (
				<>
					<VoteStatus tally={tally} />
					{session.status === 'open' && isFacilitator && doc && (
						<button
							type="button"
							className="nd-button nd-button--primary nd-vote__wide"
							data-testid="vote-end"
							onClick={() => setConfirmingEnd(true)}
						>
							{t('vote.end')}
						</button>
					)}
					{session.status === 'open' && canVote && (
						<VoteBallot
							boardId={board.id}
							session={session}
							userName={user?.name ?? null}
							counts={tally.counts}
							titles={titles}
						/>
					)}
					{session.status === 'open' && !canVote && <p className="nd-muted">{t('vote.viewerNote')}</p>}
					<VoteRanking ranking={ranking} final={session.status === 'closed'} />
					{session.status === 'closed' && <p className="nd-muted">{t('vote.savedToCards')}</p>}
					{session.status === 'closed' && isFacilitator && doc && !startingNew && (
						<div className="nd-vote__actions">
							<button
								type="button"
								className="nd-button nd-button--primary"
								data-testid="vote-new"
								onClick={() => setStartingNew(true)}
							>
								{t('vote.newVote')}
							</button>
							<button
								type="button"
								className="nd-button"
								data-testid="vote-clear"
								title={t('vote.clearHint')}
								onClick={() => clearVote(doc)}
							>
								{t('vote.clear')}
							</button>
						</div>
					)}
				</>
			)}
		</aside>
	)
}
