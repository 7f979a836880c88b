import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LanguageSwitch } from '../app/LanguageSwitch'
import { navigate } from '../app/router'
import { BoardMenu } from '../boardMenu/BoardMenu'
import { tldrawLocale } from '../i18n/i18n'
import { MeetingTopBarControls } from '../meeting/MeetingTopBarControls'
import { ShareDialog } from '../share/ShareDialog'
import { setTldrawLocale } from '../user/currentUser'
import { HistoryTopBarButton } from '../versions/HistoryTopBarButton'
import { VoteTopBarButton } from '../vote/VoteTopBarButton'
import { useBoardContext } from './BoardContext'
import { ConnectionBadge } from './ConnectionBadge'

/** The bar above the canvas: back home, board title, connection state, language. */
export function BoardTopBar() {
	const { t } = useTranslation()
	const { board, connection, panel, setPanel } = useBoardContext()
	const [sharing, setSharing] = useState(false)
	const role = board.role ?? 'facilitator'
	return (
		<div className="nd-topbar">
			<a
				className="nd-topbar__home"
				href="/"
				title={t('board.backHome')}
				onClick={(e) => {
					e.preventDefault()
					navigate('/')
				}}
			>
				{t('app.name')}
			</a>
			<span className="nd-topbar__title" data-testid="board-title">
				{board.title}
			</span>
			<ConnectionBadge state={connection} />
			{role === 'viewer' && (
				<span className="nd-readonly" title={t('board.readOnlyHint')} data-testid="read-only-badge">
					{t('board.readOnly')}
				</span>
			)}
			<button
				type="button"
				className={`nd-button nd-button--ghost${panel === 'analytics' ? ' nd-button--on' : ''}`}
				aria-pressed={panel === 'analytics'}
				data-testid="open-analytics"
				onClick={() => setPanel(panel === 'analytics' ? null : 'analytics')}
			>
				{t('analytics.open')}
			</button>
			<button
				type="button"
				className={`nd-button nd-button--ghost${panel === 'lists' ? ' nd-button--on' : ''}`}
				aria-pressed={panel === 'lists'}
				data-testid="open-lists"
				onClick={() => setPanel(panel === 'lists' ? null : 'lists')}
			>
				{t('lists.open')}
			</button>
			<VoteTopBarButton />
			<HistoryTopBarButton />
			<MeetingTopBarControls />
			<BoardMenu boardId={board.id} title={board.title} role={role} />
			{role === 'facilitator' && (
				<button
					type="button"
					className="nd-button nd-button--primary"
					data-testid="open-share"
					onClick={() => setSharing(true)}
				>
					{t('share.open')}
				</button>
			)}
			{sharing && <ShareDialog boardId={board.id} onClose={() => setSharing(false)} />}
			<LanguageSwitch onChange={(lang) => setTldrawLocale(tldrawLocale(lang))} />
		</div>
	)
}
