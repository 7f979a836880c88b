import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BoardSummary } from '../../shared/apiTypes'
import { MAX_TITLE_LENGTH } from '../../shared/protocol'
import { ConfirmDialog } from '../app/ConfirmDialog'
import { navigate } from '../app/router'
import { formatTime } from './formatTime'

interface Props {
	board: BoardSummary
	inTrash: boolean
	onRename(title: string): void
	onDelete(): void
	onRestore(): void
}

/** One row of the board list: open, rename inline, move to trash, restore. */
export function BoardListItem({ board, inTrash, onRename, onDelete, onRestore }: Props) {
	const { t, i18n } = useTranslation()
	const [editing, setEditing] = useState(false)
	const [draft, setDraft] = useState(board.title)
	const [confirming, setConfirming] = useState(false)

	return (
		<li className="nd-board-item" data-testid="board-item" data-board-id={board.id}>
			{editing ? (
				<form
					className="nd-board-item__rename"
					onSubmit={(e) => {
						e.preventDefault()
						setEditing(false)
						if (draft.trim() && draft.trim() !== board.title) onRename(draft.trim())
					}}
				>
					<input
						className="nd-input"
						data-testid="rename-input"
						value={draft}
						maxLength={MAX_TITLE_LENGTH}
						onChange={(e) => setDraft(e.target.value)}
						onKeyDown={(e) => {
							if (e.key === 'Escape') setEditing(false)
						}}
					/>
					<button type="submit" className="nd-button nd-button--primary">
						{t('home.save')}
					</button>
					<button type="button" className="nd-button nd-button--ghost" onClick={() => setEditing(false)}>
						{t('home.cancel')}
					</button>
				</form>
			) : (
				<>
					<div className="nd-board-item__main">
						{inTrash ? (
							<span className="nd-board-item__title">{board.title}</span>
						) : (
							<a
								className="nd-board-item__title"
								href={board.url}
								onClick={(e) => {
									e.preventDefault()
									navigate(board.url)
								}}
							>
								{board.title}
							</a>
						)}
						<span className="nd-muted">
							{inTrash && board.deletedAt
								? t('home.deleted', { time: formatTime(board.deletedAt, i18n.language) })
								: t('home.updated', { time: formatTime(board.updatedAt, i18n.language) })}
						</span>
					</div>
					<div className="nd-board-item__actions">
						{inTrash ? (
							<button type="button" className="nd-button" data-testid="restore-board" onClick={onRestore}>
								{t('home.restore')}
							</button>
						) : (
							<>
								<button
									type="button"
									className="nd-button nd-button--ghost"
									data-testid="rename-board"
									onClick={() => {
										setDraft(board.title)
										setEditing(true)
									}}
								>
									{t('home.rename')}
								</button>
								<button
									type="button"
									className="nd-button nd-button--ghost"
									data-testid="delete-board"
									onClick={() => setConfirming(true)}
								>
									{t('home.delete')}
								</button>
							</>
						)}
					</div>
				</>
			)}
			{confirming && (
				<ConfirmDialog
					title={t('home.confirmDeleteTitle', { title: board.title })}
					message={t('home.confirmDelete')}
					confirmLabel={t('home.delete')}
					cancelLabel={t('home.cancel')}
					danger
					onConfirm={() => {
						setConfirming(false)
						onDelete()
					}}
					onCancel={() => setConfirming(false)}
					testId="delete-board-dialog"
				/>
			)}
		</li>
	)
}
