import { useValue } from '@tldraw/tldraw'
import { useTranslation } from 'react-i18next'
import type { MeetingSession } from '../../shared/meeting/minutesLayout'
import { meetingVoteOf, topOfVote, voteDuringMeeting } from '../../shared/meeting/minutesVotes'
import { serverNow } from '../meeting/serverClock'
import { localTime } from './localDate'
import { $votesKept } from './minutesStore'

/** 依据的投票: one of the meeting's finished votes (or none), with the chosen vote's top ranking. */
export function VoteChoice({
	meeting,
	value,
	onChange,
	disabled,
	id,
}: {
	meeting: MeetingSession
	value: string | null
	onChange(voteId: string | null): void
	disabled: boolean
	id: string
}) {
	const { t } = useTranslation()
	const votes = useValue(
		'meeting votes',
		() =>
			$votesKept
				.get()
				.filter((v) => voteDuringMeeting(v, meeting, serverNow()) || v.id === value)
				.map(meetingVoteOf)
				.reverse(),
		[meeting, value],
	)
	const chosen = votes.find((v) => v.session.id === value) ?? null
	return (
		<>
			<select
				id={id}
				className="nd-field__input"
				value={value ?? ''}
				disabled={disabled}
				data-testid="decision-vote"
				onChange={(e) => onChange(e.target.value || null)}
			>
				<option value="">{t('minutes.noVote')}</option>
				{votes.map((v) => (
					<option key={v.session.id} value={v.session.id}>
						{t('minutes.voteOption', { time: localTime(v.session.startedAt), voters: v.voters })}
					</option>
				))}
				{value && !chosen && <option value={value}>{value}</option>}
			</select>
			{chosen && (
				<ul className="nd-minutes-vote-top" data-testid="decision-vote-top">
					{topOfVote(chosen).map((r) => (
						<li key={r.id}>
							{t('minutes.voteTop', { rank: r.rank, title: r.title || t('minutes.untitledCard'), votes: r.count })}
						</li>
					))}
				</ul>
			)}
		</>
	)
}
