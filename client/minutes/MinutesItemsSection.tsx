import { useValue } from '@tldraw/tldraw'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MeetingSession } from '../../shared/meeting/minutesLayout'
import { addActionItem, addDecision } from '../../shared/meeting/minutesWrite'
import { useBoardContext } from '../board/BoardContext'
import { serverNow } from '../meeting/serverClock'
import { ActionItemRow } from './ActionItemRow'
import { DecisionItem } from './DecisionItem'
import { MINUTES_ORIGIN } from './meetingActions'
import { $attendance, $minutesItems } from './minutesStore'

/** 决议 and 待办 of a meeting: everyone reads them; editors and the facilitator add, change and remove them. */
export function MinutesItemsSection({ meeting, canWrite }: { meeting: MeetingSession; canWrite: boolean }) {
	const { t } = useTranslation()
	const { doc } = useBoardContext()
	const namesList = useId()
	// The item just added takes the focus, to be typed in at once.
	const [justAdded, setJustAdded] = useState<string | null>(null)
	const decisions = useValue(
		'meeting decisions',
		() => $minutesItems.get().decisions.filter((i) => i.meetingId === meeting.id),
		[meeting.id],
	)
	const actions = useValue(
		'meeting actions',
		() => $minutesItems.get().actions.filter((i) => i.meetingId === meeting.id),
		[meeting.id],
	)
	const names = useValue(
		'attendee names',
		() => [
			...new Set(
				$attendance
					.get()
					.filter((a) => a.meetingId === meeting.id)
					.map((a) => a.name)
					.filter(Boolean),
			),
		],
		[meeting.id],
	)
	const ctx = () => ({ origin: MINUTES_ORIGIN, now: serverNow() })
	const add = (kind: 'decision' | 'action') => {
		if (!doc) return
		const added =
			kind === 'decision'
				? addDecision(doc, { meetingId: meeting.id }, ctx())
				: addActionItem(doc, { meetingId: meeting.id }, ctx())
		setJustAdded(added.id)
	}

	return (
		<>
			<h3>
				{t('minutes.decisions')} <span className="nd-muted">{decisions.length}</span>
			</h3>
			{decisions.length === 0 && <p className="nd-muted">{t('minutes.noDecisions')}</p>}
			<ol className="nd-minutes-items" data-testid="decisions">
				{decisions.map((d, i) => (
					<DecisionItem
						key={d.id}
						item={d}
						n={i + 1}
						meeting={meeting}
						canWrite={canWrite}
						autoFocus={d.id === justAdded}
					/>
				))}
			</ol>
			{canWrite && (
				<button
					type="button"
					className="nd-button nd-minutes-add"
					data-testid="decision-add"
					onClick={() => add('decision')}
				>
					{t('minutes.addDecision')}
				</button>
			)}
			<h3>
				{t('minutes.actions')} <span className="nd-muted">{actions.length}</span>
			</h3>
			{actions.length === 0 && <p className="nd-muted">{t('minutes.noActions')}</p>}
			<datalist id={namesList}>
				{names.map((n) => (
					<option key={n} value={n} />
				))}
			</datalist>
			<ol className="nd-minutes-items" data-testid="actions">
				{actions.map((a) => (
					<ActionItemRow key={a.id} item={a} canWrite={canWrite} namesList={namesList} autoFocus={a.id === justAdded} />
				))}
			</ol>
			{canWrite && (
				<button
					type="button"
					className="nd-button nd-minutes-add"
					data-testid="action-add"
					onClick={() => add('action')}
				>
					{t('minutes.addAction')}
				</button>
			)}
			{!canWrite && <p className="nd-muted">{t('minutes.readOnlyNote')}</p>}
		</>
	)
}
