import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite'
import { type Editor, type TLComponents, Tldraw } from '@tldraw/tldraw'
import '@tldraw/tldraw/tldraw.css'
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BoardSummary, ClientConfig } from '../../shared/apiTypes'
import { CloseCode } from '../../shared/protocol'
import { ApiError, api } from '../api/apiClient'
import { NotFoundPage } from '../app/NotFoundPage'
import { CardToolbar } from '../cards/CardToolbar'
import { cardShapeUtils } from '../cards/cardShapeUtils'
import { cardTools } from '../cards/cardTools'
import { cardUiOverrides } from '../cards/cardUiOverrides'
import { registerLaneDefaults } from '../cards/registerLaneDefaults'
import { type Language, tldrawLocale } from '../i18n/i18n'
import { InspectorPanel } from '../inspector/InspectorPanel'
import { registerLinkSideEffects } from '../links/registerLinkSideEffects'
import { hasDisplayName, setTldrawLocale } from '../user/currentUser'
import { BoardContext, type BoardContextValue, type BoardPanel } from './BoardContext'
import { BoardOverlays } from './BoardOverlays'
import { BoardTopBar } from './BoardTopBar'
import { NamePrompt } from './NamePrompt'
import { ParticipantsPanel } from './ParticipantsPanel'
import { useBoardSync } from './useBoardSync'

const assetUrls = getAssetUrlsByImport()

const components: TLComponents = {
	TopPanel: BoardTopBar,
	SharePanel: ParticipantsPanel,
	Toolbar: CardToolbar,
	StylePanel: InspectorPanel,
	InFrontOfTheCanvas: BoardOverlays,
}

declare global {
	interface Window {
		/** The live editor, for end-to-end tests and debugging from the console. */
		__niudaiEditor?: Editor
	}
}

type Load =
	| { state: 'loading' }
	| { state: 'ready'; board: BoardSummary; config: ClientConfig }
	| { state: 'notFound' }
	| { state: 'trash'; board: BoardSummary }
	| { state: 'error'; message: string }

/** The board page: the live tldraw canvas with our panels. */
export function BoardPage({ boardId }: { boardId: string }) {
	const { t, i18n } = useTranslation()
	const [load, setLoad] = useState<Load>({ state: 'loading' })
	const [askName, setAskName] = useState(() => !hasDisplayName())
	const [reloads, setReloads] = useState(0)

	useEffect(() => {
		let cancelled = false
		void reloads
		Promise.all([api.getBoard(boardId), api.config()]).then(
			([board, config]) => {
				if (cancelled) return
				setLoad(board.deletedAt === null ? { state: 'ready', board, config } : { state: 'trash', board })
			},
			(err: unknown) => {
				if (cancelled) return
				if (err instanceof ApiError && err.status === 404) setLoad({ state: 'notFound' })
				else setLoad({ state: 'error', message: err instanceof Error ? err.message : String(err) })
			},
		)
		return () => {
			cancelled = true
		}
	}, [boardId, reloads])

	useEffect(() => {
		setTldrawLocale(tldrawLocale(i18n.language as Language))
	}, [i18n.language])

	switch (load.state) {
		case 'loading':
			return <p className="nd-centered nd-muted">{t('board.loading')}</p>
		case 'notFound':
			return <NotFoundPage />
		case 'error':
			return <NotFoundPage title={t('errors.network')} hint={load.message} />
		case 'trash':
			return (
				<main className="nd-centered" data-testid="board-in-trash">
					<h1>{t('board.inTrash')}</h1>
					<p>{t('board.inTrashHint')}</p>
					<button
						type="button"
						className="nd-button nd-button--primary"
						onClick={() =>
							api.restoreBoard(boardId).then(
								() => setReloads((n) => n + 1),
								(err: unknown) => setLoad({ state: 'error', message: String(err) }),
							)
						}
					>
						{t('board.restore')}
					</button>
				</main>
			)
		case 'ready':
			return (
				<>
					<LiveBoard board={load.board} config={load.config} onEditName={() => setAskName(true)} />
					{askName && <NamePrompt onDone={() => setAskName(false)} />}
				</>
			)
	}
}

function LiveBoard({ board, config, onEditName }: { board: BoardSummary; config: ClientConfig; onEditName(): void }) {
	const { t, i18n } = useTranslation()
	const sync = useBoardSync(board.id)
	const [panel, setPanel] = useState<BoardPanel>(null)
	const context = useMemo<BoardContextValue>(
		() => ({ board, connection: sync.connection, editName: onEditName, panel, setPanel }),
		[board, sync.connection, onEditName, panel],
	)

	if (sync.fatal) {
		const title =
			sync.fatal.code === CloseCode.boardNotFound
				? t('board.notFound')
				: sync.fatal.code === CloseCode.boardDeleted
					? t('board.inTrash')
					: t('board.protocolError', { reason: sync.fatal.reason })
		return <NotFoundPage title={title} hint={sync.fatal.reason} />
	}

	return (
		<BoardContext.Provider value={context}>
			<div className="nd-board" data-testid="board">
				<Tldraw
					store={sync.storeWithStatus}
					assetUrls={assetUrls}
					components={components}
					shapeUtils={cardShapeUtils}
					tools={cardTools}
					overrides={cardUiOverrides}
					licenseKey={config.tldrawLicenseKey ?? undefined}
					onMount={(editor) => {
						window.__niudaiEditor = editor
						const unregister = [
							registerLinkSideEffects(editor, () => (i18n.language === 'en' ? 'en' : 'zh')),
							registerLaneDefaults(editor),
						]
						return () => {
							for (const u of unregister) u()
						}
					}}
				/>
			</div>
		</BoardContext.Provider>
	)
}
