import { useValue } from '@tldraw/tldraw'
import { useTranslation } from 'react-i18next'
import { can } from '../../shared/auth/permissions'
import type { MeetingSession } from '../../shared/meeting/minutesLayout'
import { updateMeeting } from '../../shared/meeting/minutesWrite'
import { useBoardContext } from '../board/BoardContext'
import { AgendaEditor } from './AgendaEditor'
import { AttendanceList } from './AttendanceList'
import { localDate, localTime } from './localDate'
import { MinutesItemsSection } from './MinutesItemsSection'
import { MINUTES_ORIGIN } from './meetingActions'
import { $checkInMemory, $checkInOpen, $minutesDialog } from './minutesUi'

/** The meeting in progress in the panel: its facts, 签到, 议题, 出席, 决议 and 待办, and 结束会议 for the facilitator. */
export function OpenMeetingSection({ meeting }: { meeting: MeetingSession }) {
	const { t } = useTranslation()
	const { doc, role } = useBoardContext()
	const isFacilitator = role === 'facilitator'
	const checkedIn = useValue('checked in', () => $checkInMemory.get().meetingIds.includes(meeting.id), [meeting.id])
	return (
		<section className="nd-minutes-open" data-testid="minutes-open" data-meeting={meeting.id}>
			<div className="nd-minutes-facts">
				<strong data-testid="minutes-meeting-title">{meeting.title}</strong>
				<span className="nd-muted">
					{t('minutes.running')} · {localDate(meeting.startedAt)} {localTime(meeting.startedAt)}
					{meeting.place && ` · ${meeting.place}`}
					{meeting.facilitatorName && ` · ${t('minutes.facilitator')} ${meeting.facilitatorName}`}
				</span>
				<button
					type="button"
					className={`nd-button${checkedIn ? '' : ' nd-button--primary'} nd-minutes-checkin-open`}
					data-testid="check-in-open"
					onClick={() => $checkInOpen.set(true)}
				>
					{checkedIn ? `✓ ${t('minutes.checkedIn')} · ${t('minutes.checkInAgain')}` : t('minutes.checkIn')}
				</button>
			</div>
			<h3>{t('minutes.agenda')}</h3>
			{isFacilitator && doc ? (
				<AgendaEditor
					live
					items={meeting.agenda}
					onChange={(agenda) => updateMeeting(doc, meeting.id, { agenda }, { origin: MINUTES_ORIGIN })}
				/>
			) : meeting.agenda.length > 0 ? (
				<ol className="nd-minutes-agenda__read" data-testid="agenda">
					{meeting.agenda.map((topic, i) => (
						// biome-ignore lint/suspicious/noArrayIndexKey: a topic is its place in the list
						<li key={i}>{topic}</li>
					))}
				</ol>
			) : (
				<p className="nd-muted">{t('minutes.noAgenda')}</p>
			)}
			<h3>{t('minutes.attendance')}</h3>
			<AttendanceList meetingId={meeting.id} />
			<MinutesItemsSection meeting={meeting} canWrite={can(role, 'editBoard') && doc !== null} />
			{isFacilitator && (
				<button
					type="button"
					className="nd-button nd-button--danger nd-minutes-end"
					data-testid="meeting-end"
					onClick={() => $minutesDialog.set({ kind: 'end' })}
				>
					{t('minutes.end')}
				</button>
			)}
		</section>
	)
}
