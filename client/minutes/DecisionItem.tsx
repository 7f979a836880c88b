import { useTranslation } from 'react-i18next'
import { type Decision, MAX_DECISION_TEXT_LENGTH, type MeetingSession } from '../../shared/meeting/minutesLayout'
import { type DecisionFields, removeDecision, updateDecision } from '../../shared/meeting/minutesWrite'
import { useBoardContext } from '../board/BoardContext'
import { CardPicker } from './CardPicker'
import { DraftInput } from './DraftInput'
import { MINUTES_ORIGIN } from './meetingActions'
import { RemoveItemButton } from './RemoveItemButton'
import { VoteChoice } from './VoteChoice'

/** One 决议: its text, the cards it is about and the vote that decided it; editable by editors and the facilitator. */
export function DecisionItem({
	item,
	n,
	meeting,
	canWrite,
	autoFocus = false,
}: {
	item: Decision
	n: number
	meeting: MeetingSession
	canWrite: boolean
	autoFocus?: boolean
}) {
	const { t } = useTranslation()
	const { doc } = useBoardContext()
	const update = (patch: Partial<DecisionFields>) =>
		doc && updateDecision(doc, item.id, patch, { origin: MINUTES_ORIGIN })
	const voteId = `nd-decision-${item.id}-vote`
	return (
		<li className="nd-minutes-item" data-testid="decision" data-item={item.id}>
			<div className="nd-minutes-item__head">
				<span className="nd-minutes-item__n">{t('minutes.decision', { n })}</span>
				{canWrite && (
					<RemoveItemButton
						title={t('minutes.removeDecisionTitle')}
						text={item.text}
						onRemove={() => doc && removeDecision(doc, item.id, { origin: MINUTES_ORIGIN })}
					/>
				)}
			</div>
			{canWrite ? (
				<DraftInput
					multiline
					autoFocus={autoFocus}
					value={item.text}
					maxLength={MAX_DECISION_TEXT_LENGTH}
					placeholder={t('minutes.decisionPlaceholder')}
					aria-label={t('minutes.decision', { n })}
					data-testid="decision-text"
					onCommit={(text) => update({ text })}
				/>
			) : (
				<p className="nd-minutes-item__text">{item.text}</p>
			)}
			<div className="nd-field">
				<span className="nd-field__label">{t('minutes.linkedCards')}</span>
				<CardPicker value={item.cardIds} disabled={!canWrite} onChange={(cardIds) => update({ cardIds })} />
			</div>
			<div className="nd-field">
				<label className="nd-field__label" htmlFor={voteId}>
					{t('minutes.vote')}
				</label>
				<VoteChoice
					id={voteId}
					meeting={meeting}
					value={item.voteId}
					disabled={!canWrite}
					onChange={(v) => update({ voteId: v })}
				/>
			</div>
		</li>
	)
}
