import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite'
import { type Editor, type TLComponents, Tldraw } from '@tldraw/tldraw'
import { markAppSettled } from '../offline/appSettled'
import '@tldraw/tldraw/tldraw.css'
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BoardSummary, ClientConfig } from '../../shared/apiTypes'
import { can } from '../../shared/auth/permissions'
import { ApiError, api, type BoardWithRole } from '../api/apiClient'
import { LoadingShell } from '../app/LoadingShell'
import { captureTokenFromUrl } from '../auth/boardTokens'
import { boardShapeUtils } from '../canvas/boardShapeUtils'
import { CardToolbar } from '../cards/CardToolbar'
import { cardTools } from '../cards/cardTools'
import { cardUiOverrides } from '../cards/cardUiOverrides'
import { registerLaneDefaults } from '../cards/registerLaneDefaults'
import { registerLockGuard } from '../cards/registerLockGuard'
import { type Refusal, refusalOfClose } from '../errors/refusal'
import { refusalOfError } from '../errors/refusalText'
import { registerCardToolKeys } from '../firstRun/registerCardToolKeys'
import { registerInitialCamera } from '../firstRun/registerInitialCamera'
import { type Language, tldrawLocale } from '../i18n/i18n'
import { InspectorPanel } from '../inspector/InspectorPanel'
import { registerLinkSideEffects } from '../links/registerLinkSideEffects'
import { isUnreachable, restRefusesAccess } from '../offline/accessLost'
import { forgetOfflineBoard, readCachedBoard, saveCachedBoard } from '../offline/boardOfflineCache'
import { OfflineNotCached } from '../offline/OfflineNotCached'
import { BoardPreviewLayer } from '../preview/BoardPreviewLayer'
import { watchCanvasPainted } from '../preview/watchCanvasPainted'
import { hasDisplayName, setTldrawLocale } from '../user/currentUser'
import { BoardContext, type BoardContextValue, type BoardPanel } from './BoardContext'
import { BoardMainMenu } from './BoardMainMenu'
import { BoardOverlays } from './BoardOverlays'
import { BoardTopBar } from './BoardTopBar'
import { boardUiOverrides } from './boardUiOverrides'
import { ConnectionRefusedNotice } from './ConnectionRefusedNotice'
import { FingerFriendlySelectTool } from './FingerFriendlySelectTool'
import { NamePrompt } from './NamePrompt'
import { ParticipantsPanel } from './ParticipantsPanel'
import { RefusalPage } from './RefusalPage'
import { ResponsivePageMenu } from './ResponsivePageMenu'
import { useBoardSync } from './useBoardSync'

const assetUrls = getAssetUrlsByImport()

/** Our select tool (one finger pans on a touch screen) and the four card tools. */
const boardTools = [FingerFriendlySelectTool, ...cardTools]

const components: TLComponents = {
	TopPanel: BoardTopBar,
	SharePanel: ParticipantsPanel,
	Toolbar: CardToolbar,
	StylePanel: InspectorPanel,
	InFrontOfTheCanvas: BoardOverlays,
	PageMenu: ResponsivePageMenu,
	MainMenu: BoardMainMenu,
	// One follow control: our banner's 停止跟随 (tldraw's frame and 停止跟踪 button would be a second).
	FollowingIndicator: null,
}

declare global {
	interface Window {
		/** The live editor, for end-to-end tests and debugging from the console. */
		__niudaiEditor?: Editor
	}
}

type Load =
	| { state: 'loading' }
	| { state: 'ready'; board: BoardWithRole; config: ClientConfig }
	| { state: 'refused'; refusal: Refusal; detail: string }
	| { state: 'trash'; board: BoardSummary }
	| { state: 'offlineNotCached' }

/** On a weak network, open the copy saved on this device if the server has not answered by then (ms). */
const SLOW_LOAD_MS = 8000

/** The board page: the live tldraw canvas with our panels. */
export function BoardPage({ boardId }: { boardId: string }) {
	const { t, i18n } = useTranslation()
	useState(() => captureTokenFromUrl(boardId))
	const [load, setLoad] = useState<Load>({ state: 'loading' })
	const [askName, setAskName] = useState(() => !hasDisplayName())
	const [reloads, setReloads] = useState(0)

	useEffect(() => {
		let cancelled = false
		void reloads
		// The summary as last loaded on this device: the board opens offline, or on a network too slow to answer.
		const cached = readCachedBoard(boardId)
		const slow = cached
			? setTimeout(() => {
					if (!cancelled) setLoad({ state: 'ready', board: cached.board, config: cached.config })
				}, SLOW_LOAD_MS)
			: null
		Promise.all([api.getBoard(boardId), api.config()]).then(
			([board, config]) => {
				if (cancelled) return
				if (slow) clearTimeout(slow)
				if (board.deletedAt === null) saveCachedBoard(board, config)
				setLoad(board.deletedAt === null ? { state: 'ready', board, config } : { state: 'trash', board })
			},
			(err: unknown) => {
				if (cancelled) return
				if (slow) clearTimeout(slow)
				const status = err instanceof ApiError ? err.status : 0
				if (err instanceof ApiError && isUnreachable(status)) {
					setLoad(
						cached ? { state: 'ready', board: cached.board, config: cached.config } : { state: 'offlineNotCached' },
					)
					return
				}
				// A definitive refusal: the person lost access, so nothing of the board stays on this device.
				if (restRefusesAccess(status)) void forgetOfflineBoard(boardId)
				setLoad({
					state: 'refused',
					refusal: refusalOfError(err),
					detail: err instanceof Error ? err.message : String(err),
				})
			},
		)
		return () => {
			cancelled = true
			if (slow) clearTimeout(slow)
		}
	}, [boardId, reloads])

	useEffect(() => {
		setTldrawLocale(tldrawLocale(i18n.language as Language))
	}, [i18n.language])

	switch (load.state) {
		case 'loading':
			return <LoadingShell boardId={boardId} preview />
		case 'refused':
			return (
				<RefusalPage
					boardId={boardId}
					refusal={load.refusal}
					detail={load.detail}
					onRetry={() => setReloads((n) => n + 1)}
				/>
			)
		case 'offlineNotCached':
			return <OfflineNotCached onRetry={() => setReloads((n) => n + 1)} />
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
								(err: unknown) => setLoad({ state: 'refused', refusal: refusalOfError(err), detail: String(err) }),
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

function LiveBoard({ board, config, onEditName }: { board: BoardWithRole; config: ClientConfig; onEditName(): void }) {
	const { i18n } = useTranslation()
	// Viewers and 参会 participants change nothing (the server drops their writes); participants vote over REST.
	const readOnly = !can(board.role ?? 'facilitator', 'editBoard')
	const sync = useBoardSync(board.id, readOnly)
	const [panel, setPanel] = useState<BoardPanel>(null)
	const context = useMemo<BoardContextValue>(
		() => ({
			board,
			role: board.role ?? 'facilitator',
			doc: sync.doc,
			privateDoc: sync.privateDoc,
			provider: sync.provider,
			connection: sync.connection,
			editName: onEditName,
			panel,
			setPanel,
		}),
		[board, sync.doc, sync.privateDoc, sync.provider, sync.connection, onEditName, panel],
	)

	if (sync.notCached) return <OfflineNotCached onRetry={() => window.location.reload()} />

	if (sync.fatal) {
		return (
			<RefusalPage
				boardId={board.id}
				refusal={refusalOfClose(sync.fatal.code, sync.fatal.reason)}
				detail={`${sync.fatal.code} ${sync.fatal.reason}`}
			/>
		)
	}

	return (
		<BoardContext.Provider value={context}>
			<div className="nd-board" data-testid="board" data-panel={panel ?? 'none'}>
				<Tldraw
					store={sync.storeWithStatus}
					assetUrls={assetUrls}
					components={components}
					shapeUtils={boardShapeUtils}
					tools={boardTools}
					overrides={[cardUiOverrides, boardUiOverrides]}
					licenseKey={config.tldrawLicenseKey ?? undefined}
					onMount={(editor) => {
						window.__niudaiEditor = editor
						markAppSettled()
						const unregister = [
							registerLinkSideEffects(editor, () => (i18n.language === 'en' ? 'en' : 'zh')),
							registerLaneDefaults(editor),
							registerLockGuard(editor, board.role ?? 'facilitator'),
							registerInitialCamera(editor, board.id),
							registerCardToolKeys(editor),
							watchCanvasPainted(editor, board.id),
						]
						return () => {
							for (const u of unregister) u()
						}
					}}
				/>
				{/* Until the canvas has drawn the board: its preview, where the canvas will draw it. */}
				<BoardPreviewLayer boardId={board.id} />
				{/* Over the canvas UI: shown while the board still loads, too (a phone turned away at the start of a meeting). */}
				<ConnectionRefusedNotice />
			</div>
		</BoardContext.Provider>
	)
}
