import { useTranslation } from 'react-i18next'
import { readCachedBoard } from '../offline/boardOfflineCache'
import { BoardPreviewLayer } from '../preview/BoardPreviewLayer'

/**
 * What shows while a page's code or data loads: the static boot screen of index.html again
 * (same classes, styled there), in the chosen language — for a board, the top bar with the
 * board's name when this device has opened it before and "正在加载白板…" below; with
 * `preview` (the board page), the board's preview over it as soon as it arrives.
 */
export function LoadingShell({ boardId, preview = false }: { boardId?: string; preview?: boolean }) {
	const { t } = useTranslation()
	const title = boardId ? readCachedBoard(boardId)?.board.title : undefined
	return (
		<div className="nd-boot" data-testid="loading-shell">
			<div className="nd-boot__bar">
				<span className="nd-boot__brand">{t('app.name')}</span>
				{title ? <span className="nd-boot__title">{title}</span> : <span className="nd-boot__placeholder" />}
			</div>
			<p className="nd-boot__status" role="status">
				{boardId ? t('loading.board') : t('loading.page')}
			</p>
			{boardId && preview && <BoardPreviewLayer boardId={boardId} />}
		</div>
	)
}
