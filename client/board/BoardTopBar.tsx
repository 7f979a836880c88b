import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LanguageSwitch } from '../app/LanguageSwitch'
import { navigate } from '../app/router'
import { useDismiss } from '../app/useDismiss'
import { BoardMenu } from '../boardMenu/BoardMenu'
import { tldrawLocale } from '../i18n/i18n'
import { MeetingTopBarControls } from '../meeting/MeetingTopBarControls'
import { ShareDialog } from '../share/ShareDialog'
import { setTldrawLocale } from '../user/currentUser'
import { HistoryTopBarButton } from '../versions/HistoryTopBarButton'
import { VoteTopBarButton } from '../vote/VoteTopBarButton'
import { useBoardContext } from './BoardContext'
import { ConnectionBadge } from './ConnectionBadge'
import { useNarrowScreen } from './useNarrowScreen'
import { usePanelTop } from './usePanelTop'

/**
 * The bar above the canvas: back home, board title, connection state, the panels,
 * the meeting tools, the board menu, sharing and language. On a phone only the vote
 * stays in the bar; everything else is one tap away in the "更多" sheet.
 */
export function BoardTopBar() {
	const { t } = useTranslation()
	const { board, connection, panel, setPanel } = useBoardContext()
	const [sharing, setSharing] = useState(false)
	const [moreOpen, setMoreOpen] = useState(false)
	const narrow = useNarrowScreen()
	const role = board.role ?? 'facilitator'

	// Opening a panel or the share dialog from the sheet closes the sheet.
	useEffect(() => {
		if (panel !== null || sharing) setMoreOpen(false)
	}, [panel, sharing])
	useEffect(() => {
		if (!narrow) setMoreOpen(false)
	}, [narrow])
	// A tap outside the bar and its sheet, or Escape, closes the sheet.
	const barRef = useRef<HTMLDivElement>(null)
	const closeMore = useCallback(() => setMoreOpen(false), [])
	useDismiss(barRef, moreOpen, closeMore)
	usePanelTop(barRef)

	const panelButton = (which: 'analytics' | 'lists' | 'planInfo' | 'dispatch', label: string, testId: string) => (
		<button
			type="button"
			className={`nd-button nd-button--ghost${panel === which ? ' nd-button--on' : ''}`}
			aria-pressed={panel === which}
			data-testid={testId}
			onClick={() => setPanel(panel === which ? null : which)}
		>
			{label}
		</button>
	)
	const secondary: ReactNode = (
		<>
			{panelButton('analytics', t('analytics.open'), 'open-analytics')}
			{panelButton('lists', t('lists.open'), 'open-lists')}
			{panelButton('planInfo', t('planInfo.open'), 'open-plan-info')}
			{panelButton('dispatch', t('dispatch.open'), 'open-dispatch')}
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
			<LanguageSwitch onChange={(lang) => setTldrawLocale(tldrawLocale(lang))} />
		</>
	)

	return (
		<div className="nd-topbar" ref={barRef} data-layout={narrow ? 'phone' : 'wide'}>
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
			<VoteTopBarButton />
			{narrow ? (
				<>
					<button
						type="button"
						className={`nd-button nd-button--ghost${moreOpen ? ' nd-button--on' : ''}`}
						aria-expanded={moreOpen}
						aria-controls="nd-topbar-more"
						data-testid="topbar-more"
						onClick={() => setMoreOpen(!moreOpen)}
					>
						{t('board.more')}
					</button>
					{moreOpen && (
						<div id="nd-topbar-more" className="nd-topbar__more" data-testid="topbar-more-sheet">
							<div className="nd-topbar__more-title">{board.title}</div>
							{secondary}
						</div>
					)}
				</>
			) : (
				secondary
			)}
			{sharing && <ShareDialog boardId={board.id} onClose={() => setSharing(false)} />}
		</div>
	)
}
