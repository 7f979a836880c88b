import { useValue } from '@tldraw/tldraw'
import { useTranslation } from 'react-i18next'
import { useBoardContext } from '../board/BoardContext'
import { localDate, localTime } from './localDate'
import { MinutesDownloads } from './MinutesDownloads'
import { $meetings } from './minutesStore'

/** 往次会议: the ended meetings, newest first, each with its 会议纪要 downloads. */
export function PastMeetings() {
	const { t } = useTranslation()
	const { board } = useBoardContext()
	const past = useValue(
		'past meetings',
		() =>
			$meetings
				.get()
				.filter((m) => m.endedAt !== null)
				.reverse(),
		[],
	)
	if (past.length === 0) return null
	return (
		<>
			<h3>{t('minutes.past')}</h3>
			<ul className="nd-minutes-past" data-testid="past-meetings">
				{past.map((m) => (
					<li key={m.id} className="nd-minutes-past__item" data-testid="past-meeting" data-meeting={m.id}>
						<strong>{m.title}</strong>
						<span className="nd-muted">
							{localDate(m.startedAt)} {localTime(m.startedAt)}–{localTime(m.endedAt ?? m.startedAt)}
							{m.place && ` · ${m.place}`}
						</span>
						<MinutesDownloads boardId={board.id} meetingId={m.id} title={m.title} />
					</li>
				))}
			</ul>
		</>
	)
}
