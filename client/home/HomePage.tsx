import { type FormEvent, useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { MAX_TITLE_LENGTH } from '../../shared/protocol'
import { ApiError, api } from '../api/apiClient'
import { LanguageSwitch } from '../app/LanguageSwitch'
import { navigate } from '../app/router'
import { forgetBoard, setAdminToken } from '../auth/boardTokens'
import { apiErrorText } from '../errors/refusalText'
import { markAppSettled } from '../offline/appSettled'
import { BoardListItem } from './BoardListItem'
import { ImportBoardButton } from './ImportBoardButton'
import { type HomeBoard, loadHomeBoards } from './loadHomeBoards'
import { TemplatePicker } from './TemplatePicker'

type Tab = 'boards' | 'trash'

/** The home page: the board list, creating a board, and the trash. */
export function HomePage() {
	const { t } = useTranslation()
	const [tab, setTab] = useState<Tab>('boards')
	const [boards, setBoards] = useState<HomeBoard[] | null>(null)
	useState(() => {
		// The operator opens `/?admin=<token>` once; the token stays in this browser.
		const params = new URLSearchParams(window.location.search)
		const admin = params.get('admin')
		if (admin !== null) {
			setAdminToken(admin || null)
			window.history.replaceState(null, '', '/')
		}
		return null
	})
	const [title, setTitle] = useState('')
	const [template, setTemplate] = useState('full-cycle')
	const [busy, setBusy] = useState(false)
	const [error, setError] = useState<string | null>(null)

	const describeError = useCallback(
		(err: unknown) => {
			// A server with CREATE_POLICY=token: creating needs the admin token.
			if (err instanceof ApiError && err.code === 'creation_restricted') return t('home.creationRestricted')
			return apiErrorText(err, t)
		},
		[t],
	)

	const reload = useCallback(async () => {
		try {
			setBoards(await loadHomeBoards(tab === 'trash'))
			markAppSettled()
			setError(null)
		} catch (err) {
			setError(describeError(err))
		}
	}, [tab, describeError])

	useEffect(() => {
		setBoards(null)
		void reload()
	}, [reload])

	const run = async (action: () => Promise<unknown>) => {
		try {
			await action()
			setError(null)
		} catch (err) {
			setError(describeError(err))
		}
		await reload()
	}

	const onCreate = async (e: FormEvent) => {
		e.preventDefault()
		setBusy(true)
		try {
			const board = await api.createBoard(title.trim() || t('home.defaultTitle'), template)
			navigate(board.url)
		} catch (err) {
			setError(describeError(err))
		} finally {
			setBusy(false)
		}
	}

	return (
		<main className="nd-home">
			<header className="nd-home__header">
				<div>
					<h1 className="nd-home__title">{t('app.name')}</h1>
					<p className="nd-home__tagline">{t('app.tagline')}</p>
				</div>
				<div className="nd-home__actions">
					<ImportBoardButton />
					<LanguageSwitch />
				</div>
			</header>

			<form className="nd-home__create" onSubmit={onCreate}>
				<input
					className="nd-input"
					data-testid="new-board-title"
					value={title}
					maxLength={MAX_TITLE_LENGTH}
					placeholder={t('home.newBoardPlaceholder')}
					onChange={(e) => setTitle(e.target.value)}
				/>
				<button type="submit" className="nd-button nd-button--primary" data-testid="create-board" disabled={busy}>
					{busy ? t('home.creating') : t('home.create')}
				</button>
			</form>
			<TemplatePicker value={template} onChange={setTemplate} />

			{error && (
				<p className="nd-error" role="alert">
					{error}
				</p>
			)}

			<nav className="nd-tabs" aria-label={t('home.boards')}>
				{(['boards', 'trash'] as const).map((name) => (
					<button
						key={name}
						type="button"
						className={`nd-tab${tab === name ? ' nd-tab--active' : ''}`}
						aria-pressed={tab === name}
						data-testid={`tab-${name}`}
						onClick={() => setTab(name)}
					>
						{t(`home.${name}`)}
					</button>
				))}
			</nav>

			<p className="nd-muted nd-home__hint">{t('home.privateHint')}</p>
			{boards === null ? (
				<p className="nd-muted">{t('home.loading')}</p>
			) : boards.length === 0 ? (
				<p className="nd-muted">{tab === 'trash' ? t('home.trashEmpty') : t('home.empty')}</p>
			) : (
				<ul className="nd-board-list" data-testid="board-list">
					{boards.map((row) =>
						row.kind === 'board' ? (
							<BoardListItem
								key={row.board.id}
								board={row.board}
								inTrash={tab === 'trash'}
								onRename={(title) => run(() => api.renameBoard(row.board.id, title))}
								onDelete={() => run(() => api.deleteBoard(row.board.id))}
								onRestore={() => run(() => api.restoreBoard(row.board.id))}
							/>
						) : (
							<li key={row.id} className="nd-board-item nd-board-item--gone" data-testid="board-item-unavailable">
								<div className="nd-board-item__main">
									<span className="nd-board-item__title">{row.title || row.id}</span>
									<span className="nd-muted">{t(`home.${row.reason}`)}</span>
								</div>
								<button
									type="button"
									className="nd-button nd-button--ghost"
									onClick={() => {
										forgetBoard(row.id)
										void reload()
									}}
								>
									{t('home.forget')}
								</button>
							</li>
						),
					)}
				</ul>
			)}
		</main>
	)
}
