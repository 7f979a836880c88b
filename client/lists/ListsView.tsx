import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CardListTable } from './CardListTable'
import { LIST_TABS, type ListTab, TAB_KIND } from './listColumns'
import { MatchTable } from './MatchTable'

/** The three lists (需求清单, 资源清单, 项目清单), the 匹配表 and the actors, as editable tables. */
export function ListsView({ onClose }: { onClose(): void }) {
	const { t } = useTranslation()
	const [tab, setTab] = useState<ListTab>('needs')
	const [filter, setFilter] = useState('')
	const kind = TAB_KIND[tab]
	return (
		<section className="nd-lists" data-testid="lists-view" aria-label={t('lists.title')}>
			<header className="nd-lists__head">
				<nav className="nd-tabs" aria-label={t('lists.title')}>
					{LIST_TABS.map((name) => (
						<button
							key={name}
							type="button"
							className={`nd-tab${tab === name ? ' nd-tab--active' : ''}`}
							aria-pressed={tab === name}
							data-testid={`lists-tab-${name}`}
							onClick={() => setTab(name)}
						>
							{t(`exports.lists.${name}`)}
						</button>
					))}
				</nav>
				<input
					className="nd-input nd-lists__filter"
					placeholder={t('lists.filter')}
					value={filter}
					data-testid="lists-filter"
					onChange={(e) => setFilter(e.target.value)}
				/>
				<button type="button" className="nd-link" onClick={onClose} aria-label={t('analytics.close')}>
					✕
				</button>
			</header>
			{kind ? <CardListTable kind={kind} filter={filter} /> : <MatchTable filter={filter} />}
		</section>
	)
}
