import { useValue } from '@tldraw/tldraw'
import { useTranslation } from 'react-i18next'
import { serverNow } from '../meeting/serverClock'
import { isOverdue } from './isOverdue'
import { localDate } from './localDate'
import { $meetings, projectActions } from './minutesStore'
import './minutes.css'

/** 会议待办 in a project's inspector: each action item linked to it, who and by when, overdue ones marked. */
export function ProjectActionsList({ projectId }: { projectId: string }) {
	const { t } = useTranslation()
	const items = useValue('project actions', () => projectActions(projectId), [projectId])
	const meetings = useValue('meetings', () => $meetings.get(), [])
	if (items.length === 0) return null
	const today = localDate(serverNow())
	return (
		<div className="nd-field nd-minutes-project-actions" data-testid="project-actions">
			<span className="nd-field__label">{t('minutes.projectActions')}</span>
			<ul>
				{items.map((a) => {
					const overdue = isOverdue(a, today)
					return (
						<li
							key={a.id}
							className={`nd-minutes-project-action${a.done ? ' nd-minutes-action--done' : ''}`}
							data-testid="project-action"
							data-overdue={overdue}
							title={meetings.find((m) => m.id === a.meetingId)?.title}
						>
							<span>{a.done ? '☑' : '☐'}</span> <span className="nd-minutes-project-action__what">{a.what}</span>
							{a.who && <span className="nd-muted"> · {a.who}</span>}
							{a.due && <span className="nd-muted"> · {t('minutes.dueOn', { date: a.due })}</span>}
							{overdue && <span className="nd-minutes-overdue">{t('minutes.overdue')}</span>}
						</li>
					)
				})}
			</ul>
		</div>
	)
}
