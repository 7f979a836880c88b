import { useEditor, useValue } from '@tldraw/tldraw'
import { useTranslation } from 'react-i18next'
import { needPrioritiesOf } from '../vote/needPriorityStore'

/** A need's 优先级 in its inspector: its rank by 票数, read-only (a vote sets the votes). */
export function NeedPriorityField({ id, needId }: { id: string; needId: string }) {
	const editor = useEditor()
	const { t } = useTranslation()
	const rank = useValue('need priority', () => needPrioritiesOf(editor).get(needId) ?? null, [editor, needId])
	return (
		<div className="nd-field" data-field="priority">
			<label htmlFor={id} className="nd-field__label" title={t('vote.priorityHint')}>
				{t('vote.priority')}
			</label>
			<output id={id} className="nd-field__static" data-testid="need-priority" data-rank={rank ?? ''}>
				{rank === null ? t('vote.priorityNone') : t('vote.priorityValue', { rank })}
			</output>
			<p className="nd-field__hint nd-muted">{t('vote.priorityHint')}</p>
		</div>
	)
}
