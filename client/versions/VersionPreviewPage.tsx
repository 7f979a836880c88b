import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite'
import { atom, createTLStore, defaultBindingUtils, type TLComponents, type TLStore, Tldraw } from '@tldraw/tldraw'
import '@tldraw/tldraw/tldraw.css'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BoardVersion, BoardVersionPreview, ClientConfig } from '../../shared/apiTypes'
import { can } from '../../shared/auth/permissions'
import { ApiError, api } from '../api/apiClient'
import { NotFoundPage } from '../app/NotFoundPage'
import { navigate } from '../app/router'
import { captureTokenFromUrl } from '../auth/boardTokens'
import { createAssetStore } from '../board/createAssetStore'
import { allBoardShapeUtils, boardShapeUtils } from '../canvas/boardShapeUtils'
import { apiErrorText } from '../errors/refusalText'
import { formatTime } from '../home/formatTime'
import { PreviewRestoreButton } from './PreviewRestoreButton'
import { versionLabel } from './versionLabel'
import './versions.css'

const assetUrls = getAssetUrlsByImport()

/** Nothing of tldraw's editing chrome: the preview is for looking only. */
const components: TLComponents = {
	Toolbar: null,
	StylePanel: null,
	PageMenu: null,
	MainMenu: null,
	ActionsMenu: null,
	QuickActions: null,
	HelpMenu: null,
	DebugMenu: null,
	SharePanel: null,
}

type Load =
	| { state: 'loading' }
	| { state: 'ready'; version: BoardVersion; store: TLStore; config: ClientConfig; mayRestore: boolean }
	| { state: 'notFound' }
	| { state: 'error'; message: string }

/** A local, read-only tldraw store holding a version's records (no sync). */
function previewStore(boardId: string, preview: BoardVersionPreview): TLStore {
	return createTLStore({
		shapeUtils: allBoardShapeUtils,
		bindingUtils: defaultBindingUtils,
		assets: createAssetStore(boardId),
		collaboration: { status: null, mode: atom('version preview mode', 'readonly' as const) },
		snapshot: {
			store: Object.fromEntries(preview.records.map((r) => [r.id, r])),
			schema: preview.schema,
		} as never,
	})
}

/**
 * `/b/:id/v/:versionId`: a saved version of the board on a read-only canvas built from
 * its records in a local store, with a banner saying so and a way back to the live board.
 */
export function VersionPreviewPage({ boardId, versionId }: { boardId: string; versionId: string }) {
	const { t, i18n } = useTranslation()
	useState(() => captureTokenFromUrl(boardId))
	const [load, setLoad] = useState<Load>({ state: 'loading' })

	useEffect(() => {
		let cancelled = false
		let store: TLStore | null = null
		Promise.all([api.getVersion(boardId, versionId), api.config(), api.getBoard(boardId)]).then(
			([preview, config, board]) => {
				if (cancelled) return
				try {
					store = previewStore(boardId, preview)
					const mayRestore = can(board.role ?? 'facilitator', 'restoreVersion')
					setLoad({ state: 'ready', version: preview.version, store, config, mayRestore })
				} catch (err) {
					setLoad({ state: 'error', message: apiErrorText(err, t) })
				}
			},
			(err: unknown) => {
				if (cancelled) return
				if (err instanceof ApiError && err.status === 404) setLoad({ state: 'notFound' })
				else setLoad({ state: 'error', message: apiErrorText(err, t) })
			},
		)
		return () => {
			cancelled = true
			store?.dispose()
		}
	}, [boardId, versionId, t])

	const back = () => navigate(`/b/${encodeURIComponent(boardId)}`)

	switch (load.state) {
		case 'loading':
			return <p className="nd-centered nd-muted">{t('versions.previewLoading')}</p>
		case 'notFound':
			return <NotFoundPage title={t('versions.previewNotFound')} />
		case 'error':
			return <NotFoundPage title={t('versions.previewFailed')} hint={load.message} />
		case 'ready': {
			const { version } = load
			const label = versionLabel(version)
			const by = version.kind === 'auto' ? t('versions.byAuto') : version.createdBy || t('versions.byUnknown')
			return (
				<div className="nd-version-preview" data-testid="version-preview">
					<div className="nd-version-preview__banner" role="status">
						<span className="nd-version-preview__title" data-testid="version-preview-banner">
							{version.kind === 'manual'
								? t('versions.previewBanner', { name: version.name })
								: t('versions.previewBannerKind', { label: t(label.key, label.values) })}
						</span>
						<span className="nd-muted">
							{t('versions.previewMeta', { by, time: formatTime(version.createdAt, i18n.language) })}
						</span>
						{load.mayRestore && <PreviewRestoreButton boardId={boardId} versionId={versionId} onRestored={back} />}
						<button
							type="button"
							className="nd-button nd-button--primary"
							data-testid="version-preview-back"
							onClick={back}
						>
							{t('versions.previewBack')}
						</button>
					</div>
					<div className="nd-version-preview__canvas">
						<Tldraw
							store={load.store}
							assetUrls={assetUrls}
							shapeUtils={boardShapeUtils}
							components={components}
							licenseKey={load.config.tldrawLicenseKey ?? undefined}
							onMount={(editor) => {
								window.__niudaiEditor = editor
								editor.zoomToFit({ animation: { duration: 0 } })
							}}
						/>
					</div>
				</div>
			)
		}
	}
}
