import { useEditor, useValue } from '@tldraw/tldraw'
import { isCardKind } from '../../shared/domain/cardProps'
import type { TLCardShape } from '../../shared/domain/cardShapeTypes'
import { ActivityOverlays } from '../activity/ActivityOverlays'
import { CommentsOverlays } from '../comments/CommentsOverlays'
import { LaneHints } from '../firstRun/LaneHints'
import { CardInspector } from '../inspector/CardInspector'
import { MeetingOverlays } from '../meeting/MeetingOverlays'
import { MinutesOverlays } from '../minutes/MinutesOverlays'
import { LongWorkStatus } from '../progress/LongWorkStatus'
import { VersionsOverlays } from '../versions/VersionsOverlays'
import { VoteOverlays } from '../vote/VoteOverlays'
import { useBoardContext } from './BoardContext'
import { CardDetails } from './CardDetails'
import { AnalyticsPanel, DispatchView, ListsView, PlanInfoPanel } from './lazyParts'
import { StylePanelAttribute } from './StylePanelAttribute'
import { useNarrowScreen } from './useNarrowScreen'

/**
 * What is drawn over the canvas, inside the editor: the open side panel, and — for a
 * read-only participant, whose style panel tldraw hides — the selected card's details; on a
 * phone, the 详情 button and sheet of the selected card.
 */
export function BoardOverlays() {
	const editor = useEditor()
	const { board, panel, setPanel } = useBoardContext()
	const narrow = useNarrowScreen()
	const readOnlyCard = useValue('read-only selected card', () => {
		if (!editor.getIsReadonly()) return null
		const only = editor.getOnlySelectedShape()
		return only && isCardKind(only.type) ? (only as TLCardShape) : null
	}, [editor])
	return (
		<>
			<LaneHints />
			<LongWorkStatus />
			{panel === 'analytics' && <AnalyticsPanel title={board.title} onClose={() => setPanel(null)} />}
			{panel === 'lists' && <ListsView onClose={() => setPanel(null)} />}
			{panel === 'planInfo' && <PlanInfoPanel title={board.title} onClose={() => setPanel(null)} />}
			{panel === 'dispatch' && <DispatchView onClose={() => setPanel(null)} />}
			<VoteOverlays />
			<CommentsOverlays />
			<VersionsOverlays />
			<ActivityOverlays />
			<MeetingOverlays />
			<MinutesOverlays />
			<StylePanelAttribute />
			<CardDetails />
			{readOnlyCard && !narrow && (
				<div className="nd-readonly-inspector">
					<CardInspector shape={readOnlyCard} />
				</div>
			)}
		</>
	)
}
