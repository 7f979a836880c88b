import { useEditor } from '@tldraw/tldraw'
import { useTranslation } from 'react-i18next'
import type { RankedNeed } from '../../shared/meeting/vote'
import { focusCard } from '../analytics/useLivePlan'

/** The ranking of the needs by dots (live while the vote is open, final after); click one to go to its card. */
export function VoteRanking({ ranking, final }: { ranking: readonly RankedNeed[]; final: boolean }) {
	const editor = useEditor()
	const { t } = useTranslation()
	const max = Math.max(1, ...ranking.map((r) => r.count))
	return (
		<section>
			<h3>{final ? t('vote.finalRanking') : t('vote.liveRanking')}</h3>
			{ranking.length === 0 ? (
				<p className="nd-muted">{t('vote.noNeeds')}</p>
			) : (
				<ol className="nd-vote__ranking" data-testid="vote-ranking">
					{ranking.map((r) => (
						<li key={r.id} data-testid="vote-rank-row" data-need-id={r.id} data-rank={r.rank} data-count={r.count}>
							<button type="button" className="nd-vote__rank-link" onClick={() => focusCard(editor, r.id)}>
								<span className="nd-vote__rank" role="img" aria-label={t('vote.rank', { rank: r.rank })}>
									{r.rank}
								</span>
								<span className="nd-vote__rank-title">{r.title || t('cards.untitled')}</span>
								<span className="nd-vote__rank-count">{t('vote.badgeText', { count: r.count })}</span>
								<span className="nd-vote__bar" aria-hidden="true">
									<span style={{ width: `${(r.count / max) * 100}%` }} />
								</span>
							</button>
						</li>
					))}
				</ol>
			)}
		</section>
	)
}
