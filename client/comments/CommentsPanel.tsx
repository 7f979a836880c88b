import { useEditor, useValue } from '@tldraw/tldraw'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CommentThread } from '../../shared/comments/commentThreads'
import {
	DEFAULT_THREAD_FILTER,
	filterThreads,
	type ThreadFilter,
	type ThreadPlace,
} from '../../shared/comments/filterThreads'
import { CARD_KINDS } from '../../shared/domain/cardProps'
import { $commentThreads, $pinMode } from './commentsStore'
import { placeOfShape } from './placeOfShape'
import { useCanComment } from './useCanComment'
import { usePlaceLabel } from './usePlaceLabel'

const PLACES: ThreadPlace[] = [...CARD_KINDS, 'link', 'point', 'deleted']
const STATUSES: ThreadFilter['status'][] = ['open', 'resolved', 'all']

/**
 * The 评论 panel: every thread of the board, open ones by default, filtered by where it is
 * (card kind, link, point, deleted card), by person (author or mentioned) and by status.
 * Choosing a thread moves the canvas to it and opens it.
 */
export function CommentsPanel({
	onClose,
	onOpenThread,
}: {
	onClose(): void
	onOpenThread(thread: CommentThread): void
}) {
	const { t } = useTranslation()
	const editor = useEditor()
	const [filter, setFilter] = useState<ThreadFilter>(DEFAULT_THREAD_FILTER)
	const mayWrite = useCanComment()
	const all = useValue('comment threads', () => $commentThreads.get(), [])
	const shown = useValue('filtered threads', () => filterThreads(all, filter, (id) => placeOfShape(editor, id)), [
		editor,
		all,
		filter,
	])
	const people = [...new Set(all.flatMap((th) => th.participants))].sort((a, b) => a.localeCompare(b))
	return (
		<aside className="nd-panel nd-comments" aria-labelledby="nd-comments-title" data-testid="comments-panel">
			<header className="nd-panel__head nd-comments__head">
				<h2 id="nd-comments-title">{t('comments.title')}</h2>
				<button
					type="button"
					className="nd-link nd-comments__close"
					aria-label={t('comments.close')}
					data-testid="comments-panel-close"
					onClick={onClose}
				>
					✕
				</button>
			</header>
			{mayWrite && (
				<button
					type="button"
					className="nd-button nd-comments__pin"
					data-testid="comment-pin-mode"
					aria-pressed={false}
					onClick={() => {
						onClose()
						$pinMode.set(true)
					}}
				>
					{t('comments.pinMode')}
				</button>
			)}
			<div className="nd-comments__filters">
				<label className="nd-field">
					<span className="nd-field__label">{t('comments.filterPlace')}</span>
					<select
						className="nd-field__input"
						value={filter.place ?? ''}
						data-testid="comments-filter-place"
						onChange={(e) => setFilter({ ...filter, place: (e.target.value || null) as ThreadPlace | null })}
					>
						<option value="">{t('comments.all')}</option>
						{PLACES.map((p) => (
							<option key={p} value={p}>
								{t(`comments.placeKind.${p}`)}
							</option>
						))}
					</select>
				</label>
				<label className="nd-field">
					<span className="nd-field__label">{t('comments.filterPerson')}</span>
					<select
						className="nd-field__input"
						value={filter.person ?? ''}
						data-testid="comments-filter-person"
						onChange={(e) => setFilter({ ...filter, person: e.target.value || null })}
					>
						<option value="">{t('comments.everyone')}</option>
						{people.map((p) => (
							<option key={p} value={p}>
								{p}
							</option>
						))}
					</select>
				</label>
				<fieldset className="nd-comments__status">
					<legend className="nd-field__label">{t('comments.filterStatus')}</legend>
					{STATUSES.map((s) => (
						<button
							key={s}
							type="button"
							className={`nd-button nd-button--ghost${filter.status === s ? ' nd-button--on' : ''}`}
							aria-pressed={filter.status === s}
							data-testid={`comments-status-${s}`}
							onClick={() => setFilter({ ...filter, status: s })}
						>
							{t(`comments.status${s === 'open' ? 'Open' : s === 'resolved' ? 'Resolved' : 'All'}`)}
						</button>
					))}
				</fieldset>
			</div>
			{shown.length === 0 ? (
				<p className="nd-muted" data-testid="comments-empty">
					{all.length === 0 ? t('comments.noThreads') : t('comments.noMatch')}
				</p>
			) : (
				<ul className="nd-comments__list">
					{shown.map((thread) => (
						<ThreadRow key={thread.id} thread={thread} onOpen={() => onOpenThread(thread)} />
					))}
				</ul>
			)}
		</aside>
	)
}

function ThreadRow({ thread, onOpen }: { thread: CommentThread; onOpen(): void }) {
	const { t } = useTranslation()
	const place = usePlaceLabel(thread.target)
	const replies = thread.replies.filter((r) => !r.deleted).length
	return (
		<li>
			<button
				type="button"
				className="nd-comments__row"
				data-testid="comments-row"
				data-thread-id={thread.id}
				data-resolved={thread.resolved !== null}
				onClick={onOpen}
			>
				<span className="nd-comments__row-place" data-testid="comments-row-place">
					{place}
				</span>
				<span className="nd-comments__row-body">
					{thread.first.deleted ? t('comments.deleted') : thread.first.body}
				</span>
				<span className="nd-comments__row-meta">
					{thread.first.authorName}
					{replies > 0 && ` · ${t('comments.replies', { count: replies })}`}
					{thread.resolved && ` · ${t('comments.statusResolved')}`}
				</span>
			</button>
		</li>
	)
}
