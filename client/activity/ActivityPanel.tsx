import { useEditor, useValue } from '@tldraw/tldraw'
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { focusCard } from '../analytics/useLivePlan'
import { useBoardContext } from '../board/BoardContext'
import { useNarrowScreen } from '../board/useNarrowScreen'
import { downloadBlob, fileNameFor } from '../boardMenu/exportActions'
import { apiErrorText } from '../errors/refusalText'
import { useServerNow } from '../meeting/useServerNow'
import { ActivityEntryItem } from './ActivityEntryItem'
import { ActivityFilters } from './ActivityFilters'
import { fetchActivityCsv } from './activityApi'
import { activityDays, activityPeople } from './activityDays'
import { type ActivityFilter, activityQuery } from './activityFilter'
import { useActivityLog } from './useActivityLog'
import { dayText } from './whenText'
import './activity.css'

/**
 * The 动态 panel (facilitator): who did what on the board, newest first, by day; filtered by
 * person and time; older entries with 加载更多; the same list as a CSV file. An entry whose card
 * or link is still on the board takes the canvas to it. Refreshed as the board changes.
 */
export function ActivityPanel({ boardId, title, onClose }: { boardId: string; title: string; onClose(): void }) {
	const { t } = useTranslation()
	const editor = useEditor()
	const narrow = useNarrowScreen()
	const { doc } = useBoardContext()
	const [filter, setFilter] = useState<ActivityFilter>({ person: '', range: { kind: 'all' } })
	const { page, loading, error, refresh, loadMore } = useActivityLog(boardId, filter, doc)
	const [people, setPeople] = useState<string[]>([])
	const [exportError, setExportError] = useState<unknown>(null)
	const [exporting, setExporting] = useState(false)
	const now = useServerNow(true, 60_000)
	const entries = page?.entries ?? []

	// The person filter offers everyone the log has named so far, whatever is shown now.
	useEffect(() => {
		if (page) setPeople((seen) => activityPeople(page.entries, seen))
	}, [page])

	const targetIds = useMemo(() => [...new Set(entries.flatMap((e) => (e.targetId ? [e.targetId] : [])))], [entries])
	const present = useValue(
		'activity targets on the board',
		() => targetIds.filter((id) => editor.getShape(id as never)).join('\n'),
		[editor, targetIds],
	)
	const onBoard = useMemo(() => new Set(present.split('\n')), [present])

	const goTo = (id: string) => {
		focusCard(editor, id)
		if (narrow) onClose()
	}

	const exportCsv = async () => {
		setExporting(true)
		setExportError(null)
		try {
			const blob = await fetchActivityCsv(boardId, activityQuery(filter, Date.now()))
			downloadBlob(blob, fileNameFor(`${title}-${t('activity.exportFile')}`, 'csv'))
		} catch (err) {
			setExportError(err)
		} finally {
			setExporting(false)
		}
	}

	const problem = error ?? exportError
	return (
		<aside className="nd-panel nd-activity" data-testid="activity-panel" aria-label={t('activity.title')}>
			<header className="nd-panel__head">
				<h2>{t('activity.title')}</h2>
				<button type="button" className="nd-link" onClick={onClose} aria-label={t('activity.close')}>
					✕
				</button>
			</header>
			<p className="nd-muted nd-activity__note">{t('activity.note')}</p>
			<ActivityFilters filter={filter} people={people} onChange={setFilter} />
			<div className="nd-activity__actions">
				<button type="button" className="nd-button" data-testid="activity-refresh" disabled={loading} onClick={refresh}>
					{t('activity.refresh')}
				</button>
				<button
					type="button"
					className="nd-button"
					data-testid="activity-export"
					disabled={exporting}
					onClick={() => void exportCsv()}
				>
					{t('activity.exportCsv')}
				</button>
			</div>
			{problem !== null && (
				<p className="nd-error" role="alert" data-testid="activity-error">
					{t('activity.failed', { message: apiErrorText(problem, t) })}
				</p>
			)}
			{page === null ? (
				error === null && <p className="nd-muted">{t('activity.loading')}</p>
			) : entries.length === 0 ? (
				<p className="nd-muted" data-testid="activity-empty">
					{t('activity.empty')}
				</p>
			) : (
				<div className="nd-activity__days" data-testid="activity-list">
					{activityDays(entries).map((day) => (
						<section key={day.day} className="nd-activity__day">
							<h3>{dayText(day.day, now, t)}</h3>
							<ul className="nd-activity__entries">
								{day.entries.map((entry) => {
									const target = entry.targetId
									return (
										<ActivityEntryItem
											key={entry.id}
											entry={entry}
											onGoTo={target && onBoard.has(target) ? () => goTo(target) : undefined}
										/>
									)
								})}
							</ul>
						</section>
					))}
				</div>
			)}
			{page?.nextBefore != null && (
				<button
					type="button"
					className="nd-button nd-activity__more"
					data-testid="activity-more"
					disabled={loading}
					onClick={loadMore}
				>
					{loading ? t('activity.loading') : t('activity.loadMore')}
				</button>
			)}
		</aside>
	)
}
