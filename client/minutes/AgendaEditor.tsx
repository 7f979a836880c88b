import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DraftInput } from './DraftInput'
import { moveItem } from './moveItem'

/** Longest 议题, in characters. */
export const MAX_TOPIC_LENGTH = 200

/**
 * The 议题 list as lines to type in, each with ↑ ↓ and ✕, and a line to add. `live`: each
 * line is written after a pause (the panel, over the shared meeting); else at each keystroke
 * (the start dialog's own list).
 */
export function AgendaEditor({
	items,
	onChange,
	live = false,
}: {
	items: readonly string[]
	onChange(items: string[]): void
	live?: boolean
}) {
	const { t } = useTranslation()
	// Live, a new line exists only once written (an empty 议题 is not kept): until then it is local.
	const [adding, setAdding] = useState(false)
	const set = (i: number, text: string) => onChange(items.map((x, j) => (j === i ? text : x)))
	const newLabel = t('minutes.agendaPlaceholder', { n: items.length + 1 })
	return (
		<div className="nd-minutes-agenda" data-testid="agenda-editor">
			<ol className="nd-minutes-agenda__list">
				{items.map((topic, i) => {
					const label = t('minutes.agendaPlaceholder', { n: i + 1 })
					return (
						// biome-ignore lint/suspicious/noArrayIndexKey: a topic is its place in the list
						<li key={i} className="nd-minutes-agenda__line">
							{live ? (
								<DraftInput
									value={topic}
									onCommit={(v) => set(i, v)}
									placeholder={label}
									aria-label={label}
									maxLength={MAX_TOPIC_LENGTH}
									data-testid="agenda-topic"
								/>
							) : (
								<input
									type="text"
									className="nd-field__input"
									value={topic}
									placeholder={label}
									aria-label={label}
									maxLength={MAX_TOPIC_LENGTH}
									data-testid="agenda-topic"
									onChange={(e) => set(i, e.target.value)}
								/>
							)}
							<button
								type="button"
								className="nd-link"
								title={t('minutes.moveUp')}
								aria-label={t('minutes.moveUp')}
								disabled={i === 0}
								onClick={() => onChange(moveItem(items, i, i - 1))}
							>
								↑
							</button>
							<button
								type="button"
								className="nd-link"
								title={t('minutes.moveDown')}
								aria-label={t('minutes.moveDown')}
								disabled={i === items.length - 1}
								onClick={() => onChange(moveItem(items, i, i + 1))}
							>
								↓
							</button>
							<button
								type="button"
								className="nd-link"
								title={t('minutes.removeTopic')}
								aria-label={t('minutes.removeTopic')}
								data-testid="agenda-remove"
								onClick={() => onChange(items.filter((_, j) => j !== i))}
							>
								✕
							</button>
						</li>
					)
				})}
				{adding && (
					<li className="nd-minutes-agenda__line">
						<DraftInput
							value=""
							whileTyping={false}
							autoFocus
							placeholder={newLabel}
							aria-label={newLabel}
							maxLength={MAX_TOPIC_LENGTH}
							data-testid="agenda-topic-new"
							onCommit={(v) => {
								setAdding(false)
								if (v.trim()) onChange([...items, v])
							}}
						/>
					</li>
				)}
			</ol>
			<button
				type="button"
				className="nd-link"
				data-testid="agenda-add"
				onClick={() => (live ? setAdding(true) : onChange([...items, '']))}
			>
				{t('minutes.addTopic')}
			</button>
		</div>
	)
}
