import { useValue } from '@tldraw/tldraw'
import { useTranslation } from 'react-i18next'
import { serverNow } from '../meeting/serverClock'
import { isOverdue } from './isOverdue'
import { localDate } from './localDate'
import { projectActions } from './minutesStore'

/** "待办 2" on a project card: its open meeting action items (red when one is overdue); nothing when none. */
export function ProjectActionsChip({ projectId }: { projectId: string }) {
	const { t } = useTranslation()
	const open = useValue('project open actions', () => projectActions(projectId).filter((a) => !a.done), [projectId])
	if (open.length === 0) return null
	const today = localDate(serverNow())
	const overdue = open.some((a) => isOverdue(a, today))
	return (
		<span
			className={`nd-chip nd-chip--actions${overdue ? ' nd-chip--overdue' : ''}`}
			data-testid="project-actions-chip"
			data-count={open.length}
			data-overdue={overdue}
			title={t('minutes.chipLabel', { count: open.length })}
		>
			{t('minutes.chip', { count: open.length })}
		</span>
	)
}
