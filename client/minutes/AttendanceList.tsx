import { useValue } from '@tldraw/tldraw'
import { useTranslation } from 'react-i18next'
import { ACTOR_SECTORS } from '../../shared/domain/enums'
import type { Attendee } from '../../shared/meeting/minutesLayout'
import { attendanceGroups } from './attendanceGroups'
import { $attendance } from './minutesStore'

function Person({ person }: { person: Attendee }) {
	return (
		<li className="nd-minutes-person" data-testid="attendee" data-person={person.personId}>
			<span className="nd-minutes-person__name">{person.name || person.linkLabel}</span>
			{person.organisation && <span className="nd-muted"> · {person.organisation}</span>}
		</li>
	)
}

/** 出席: the live attendance of a meeting, by sector with counts, then those seen but 未签到. */
export function AttendanceList({ meetingId }: { meetingId: string }) {
	const { t, i18n } = useTranslation()
	const lang = i18n.language === 'en' ? 'en' : 'zh'
	const groups = useValue('attendance groups', () => attendanceGroups($attendance.get(), meetingId), [meetingId])
	if (groups.total === 0) return <p className="nd-muted">{t('minutes.noAttendance')}</p>
	const label = (sector: string) => ACTOR_SECTORS.find((s) => s.value === sector)?.[lang] ?? sector
	return (
		<div className="nd-minutes-attendance" data-testid="attendance">
			{groups.sectors.map((g) => (
				<div
					key={g.sector}
					className="nd-minutes-attendance__group"
					data-testid="attendance-sector"
					data-sector={g.sector}
				>
					<h4>
						{label(g.sector)}{' '}
						<span className="nd-muted">{t('minutes.attendanceCount', { count: g.people.length })}</span>
					</h4>
					<ul>
						{g.people.map((p) => (
							<Person key={p.personId} person={p} />
						))}
					</ul>
				</div>
			))}
			{groups.notCheckedIn.length > 0 && (
				<div className="nd-minutes-attendance__group" data-testid="attendance-unchecked">
					<h4>
						{t('minutes.notCheckedIn')}{' '}
						<span className="nd-muted">{t('minutes.attendanceCount', { count: groups.notCheckedIn.length })}</span>
					</h4>
					<ul>
						{groups.notCheckedIn.map((p) => (
							<Person key={p.personId} person={p} />
						))}
					</ul>
				</div>
			)}
		</div>
	)
}
