import { useTranslation } from 'react-i18next'
import { type ActionItem, MAX_ACTION_WHAT_LENGTH, MAX_ACTION_WHO_LENGTH } from '../../shared/meeting/minutesLayout'
import { type ActionFields, removeActionItem, updateActionItem } from '../../shared/meeting/minutesWrite'
import { useBoardContext } from '../board/BoardContext'
import { serverNow } from '../meeting/serverClock'
import { DraftInput } from './DraftInput'
import { isOverdue } from './isOverdue'
import { localDate } from './localDate'
import { MINUTES_ORIGIN } from './meetingActions'
import { RemoveItemButton } from './RemoveItemButton'
import { useCardChoices } from './useCardChoices'

/** One 待办: 负责人, 事项, 完成时限, 关联项目 and 完成; overdue ones marked. */
export function ActionItemRow({
	item,
	canWrite,
	namesList,
	autoFocus = false,
}: {
	item: ActionItem
	canWrite: boolean
	namesList: string
	autoFocus?: boolean
}) {
	const { t } = useTranslation()
	const { doc } = useBoardContext()
	const projects = useCardChoices('project')
	const update = (patch: Partial<ActionFields>) =>
		doc && updateActionItem(doc, item.id, patch, { origin: MINUTES_ORIGIN })
	const overdue = isOverdue(item, localDate(serverNow()))
	const id = (field: string) => `nd-action-${item.id}-${field}`
	return (
		<li
			className={`nd-minutes-item nd-minutes-action${overdue ? ' nd-minutes-action--overdue' : ''}${item.done ? ' nd-minutes-action--done' : ''}`}
			data-testid="action"
			data-item={item.id}
			data-overdue={overdue}
		>
			<div className="nd-minutes-item__head">
				<label className="nd-minutes-action__done">
					<input
						type="checkbox"
						checked={item.done}
						disabled={!canWrite}
						data-testid="action-done"
						onChange={(e) => update({ done: e.target.checked })}
					/>
					{t('minutes.done')}
				</label>
				{overdue && <span className="nd-minutes-overdue">{t('minutes.overdue')}</span>}
				{canWrite && (
					<RemoveItemButton
						title={t('minutes.removeActionTitle')}
						text={item.what}
						onRemove={() => doc && removeActionItem(doc, item.id, { origin: MINUTES_ORIGIN })}
					/>
				)}
			</div>
			<div className="nd-minutes-action__grid">
				<label className="nd-field__label" htmlFor={id('what')}>
					{t('minutes.what')}
				</label>
				<DraftInput
					id={id('what')}
					autoFocus={autoFocus}
					value={item.what}
					disabled={!canWrite}
					maxLength={MAX_ACTION_WHAT_LENGTH}
					data-testid="action-what"
					onCommit={(what) => update({ what })}
				/>
				<label className="nd-field__label" htmlFor={id('who')}>
					{t('minutes.who')}
				</label>
				<DraftInput
					id={id('who')}
					value={item.who}
					disabled={!canWrite}
					list={namesList}
					maxLength={MAX_ACTION_WHO_LENGTH}
					data-testid="action-who"
					onCommit={(who) => update({ who })}
				/>
				<label className="nd-field__label" htmlFor={id('due')}>
					{t('minutes.due')}
				</label>
				<input
					id={id('due')}
					type="date"
					className="nd-field__input"
					value={item.due}
					disabled={!canWrite}
					data-testid="action-due"
					onChange={(e) => update({ due: e.target.value })}
				/>
				<label className="nd-field__label" htmlFor={id('project')}>
					{t('minutes.project')}
				</label>
				<select
					id={id('project')}
					className="nd-field__input"
					value={item.projectId ?? ''}
					disabled={!canWrite}
					data-testid="action-project"
					onChange={(e) => update({ projectId: e.target.value || null })}
				>
					<option value="">{t('minutes.noProject')}</option>
					{projects.map((p) => (
						<option key={p.id} value={p.id}>
							{p.title || t('minutes.untitledCard')}
						</option>
					))}
				</select>
			</div>
		</li>
	)
}
