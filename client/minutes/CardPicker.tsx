import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CardKind } from '../../shared/domain/cardProps'
import { searchCards } from './searchCards'
import { useCardChoices } from './useCardChoices'

/** 关联卡片: the chosen cards as chips (✕ unlinks), and a search over the board's cards to add one. */
export function CardPicker({
	value,
	onChange,
	disabled = false,
}: {
	value: readonly string[]
	onChange(ids: string[]): void
	disabled?: boolean
}) {
	const { t } = useTranslation()
	const cards = useCardChoices()
	const [query, setQuery] = useState<string | null>(null)
	const titleOf = (id: string) => cards.find((c) => c.id === id)?.title || t('minutes.untitledCard')
	const found = query === null ? [] : searchCards(cards, query, new Set(value))
	return (
		<div className="nd-minutes-cards" data-testid="card-picker">
			<ul className="nd-minutes-cards__chosen">
				{value.map((id) => (
					<li key={id} className="nd-chip nd-minutes-cards__chip" data-testid="linked-card" data-card={id}>
						{titleOf(id)}
						{!disabled && (
							<button
								type="button"
								className="nd-link"
								aria-label={t('minutes.removeCard', { title: titleOf(id) })}
								onClick={() => onChange(value.filter((v) => v !== id))}
							>
								✕
							</button>
						)}
					</li>
				))}
			</ul>
			{!disabled && query === null && (
				<button type="button" className="nd-link" data-testid="card-picker-open" onClick={() => setQuery('')}>
					{t('minutes.addCard')}
				</button>
			)}
			{!disabled && query !== null && (
				<div className="nd-minutes-cards__search">
					<input
						type="search"
						className="nd-field__input"
						// biome-ignore lint/a11y/noAutofocus: the search opens on the person's tap
						autoFocus
						value={query}
						placeholder={t('minutes.searchCards')}
						aria-label={t('minutes.searchCards')}
						data-testid="card-search"
						onChange={(e) => setQuery(e.target.value)}
						onKeyDown={(e) => {
							if (e.key === 'Escape') setQuery(null)
						}}
					/>
					<ul className="nd-minutes-cards__found">
						{found.map((c) => (
							<li key={c.id}>
								<button
									type="button"
									className="nd-minutes-cards__option"
									data-testid="card-option"
									onClick={() => {
										onChange([...value, c.id])
										setQuery(null)
									}}
								>
									<span className="nd-muted">{t(`cards.kind.${c.kind as CardKind}`)}</span>{' '}
									{c.title || t('minutes.untitledCard')}
								</button>
							</li>
						))}
						{found.length === 0 && <li className="nd-muted">{t('minutes.noCards')}</li>}
					</ul>
				</div>
			)}
		</div>
	)
}
