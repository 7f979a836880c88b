import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { can } from '../../shared/auth/permissions'
import { ActivityTopBarButton } from '../activity/ActivityTopBarButton'
import { LanguageSwitch } from '../app/LanguageSwitch'
import { navigate } from '../app/router'
import { useDismiss } from '../app/useDismiss'
import { BoardMenu } from '../boardMenu/BoardMenu'
import { CommentsTopBarButton } from '../comments/CommentsTopBarButton'
import { tldrawLocale } from '../i18n/i18n'
import { MeetingTopBarControls } from '../meeting/MeetingTopBarControls'
import { MinutesTopBarButton } from '../minutes/MinutesTopBarButton'
import { setTldrawLocale } from '../user/currentUser'
import { HistoryTopBarButton } from '../versions/HistoryTopBarButton'
import { VoteTopBarButton } from '../vote/VoteTopBarButton'
import { useBoardContext } from './BoardContext'
import { ConnectionBadge } from './ConnectionBadge'
import { FoldedMeetingStatus } from './FoldedMeetingStatus'
import { ShareDialog } from './lazyParts'
import { type TopBarItem, topBarItems } from './topBarLayout'
import { usePanelTop } from './usePanelTop'
import { useTopBarLayout } from './useTopBarLayout'
import './topBar.css'

/**
 * The bar across the top of the board: back home, the board's name, the connection state
 * and the tools — one line that never wraps. What does not fit the window's layout (wide,
 * compact below ~1180 px, phone) is in 更多, the language switch always.
 */
export function BoardTopBar() {
	const { t } = useTranslation()
	const { board, connection, panel, setPanel } = useBoardContext()
	const [sharing, setSharing] = useState(false)
	const [moreOpen, setMoreOpen] = useState(false)
	const layout = useTopBarLayout()
	const role = board.role ?? 'facilitator'

	// Opening a panel or the share dialog from the menu closes the menu.
	useEffect(() => {
		if (panel !== null || sharing) setMoreOpen(false)
	}, [panel, sharing])
	// biome-ignore lint/correctness/useExhaustiveDependencies: a new layout closes the menu.
	useEffect(() => setMoreOpen(false), [layout])
	// A tap outside the bar and its menu, or Escape, closes the menu.
	const barRef = useRef<HTMLDivElement>(null)
	const closeMore = useCallback(() => setMoreOpen(false), [])
	useDismiss(barRef, moreOpen, closeMore)
	usePanelTop(barRef)

	const panelButton = (which: 'analytics' | 'lists' | 'planInfo' | 'dispatch', label: string, testId: string) => (
		<button
			key={which}
			type="button"
			className={`nd-button nd-button--ghost${panel === which ? ' nd-button--on' : ''}`}
			aria-pressed={panel === which}
			data-testid={testId}
			onClick={() => setPanel(panel === which ? null : which)}
		>
			{label}
		</button>
	)
	const item = (which: TopBarItem): ReactNode => {
		switch (which) {
			case 'vote':
				return <VoteTopBarButton key={which} />
			case 'comments':
				return <CommentsTopBarButton key={which} />
			case 'analytics':
				return panelButton('analytics', t('analytics.open'), 'open-analytics')
			case 'lists':
				return panelButton('lists', t('lists.open'), 'open-lists')
			case 'planInfo':
				return panelButton('planInfo', t('planInfo.open'), 'open-plan-info')
			case 'dispatch':
				return panelButton('dispatch', t('dispatch.open'), 'open-dispatch')
			case 'history':
				return <HistoryTopBarButton key={which} />
			case 'activity':
				return <ActivityTopBarButton key={which} />
			case 'meeting':
				return <MeetingTopBarControls key={which} />
			case 'minutes':
				return <MinutesTopBarButton key={which} />
			case 'boardMenu':
				return <BoardMenu key={which} boardId={board.id} title={board.title} role={role} />
			case 'share':
				return role === 'facilitator' ? (
					<button
						key={which}
						type="button"
						className="nd-button nd-button--primary"
						data-testid="open-share"
						onClick={() => setSharing(true)}
					>
						{t('share.open')}
					</button>
				) : null
			case 'language':
				return (
					<div key={which} className="nd-topbar__language">
						<span className="nd-topbar__language-label">{t('app.language')}</span>
						<LanguageSwitch onChange={(lang) => setTldrawLocale(tldrawLocale(lang))} />
					</div>
				)
		}
	}
	const { inline, more } = topBarItems(layout)

	return (
		<div className="nd-topbar" ref={barRef} data-layout={layout} data-testid="topbar">
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
			<span className="nd-topbar__title" data-testid="board-title" title={board.title}>
				{board.title}
			</span>
			<ConnectionBadge state={connection} />
			{!can(role, 'editBoard') && (
				<span
					className="nd-readonly"
					title={t(role === 'participant' ? 'board.participantHint' : 'board.readOnlyHint')}
					data-testid="read-only-badge"
				>
					{t(role === 'participant' ? 'board.participant' : 'board.readOnly')}
				</span>
			)}
			<FoldedMeetingStatus />
			<div className="nd-topbar__tools">{inline.map(item)}</div>
			<button
				type="button"
				className={`nd-button nd-button--ghost nd-topbar__more-button${moreOpen ? ' nd-button--on' : ''}`}
				aria-expanded={moreOpen}
				aria-controls="nd-topbar-more"
				data-testid="topbar-more"
				onClick={() => setMoreOpen(!moreOpen)}
			>
				{t('board.more')}
			</button>
			{moreOpen && (
				<div id="nd-topbar-more" className="nd-topbar__more" data-testid="topbar-more-sheet">
					{layout === 'phone' && <div className="nd-topbar__more-title">{board.title}</div>}
					{more.map(item)}
				</div>
			)}
			{sharing && <ShareDialog boardId={board.id} onClose={() => setSharing(false)} />}
		</div>
	)
}
