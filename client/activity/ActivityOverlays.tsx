import { lazyPart } from '../app/lazyPart'
import { useBoardContext } from '../board/BoardContext'

/** The panel's code loads when it is first opened. */
const ActivityPanel = lazyPart(() => import('./ActivityPanel').then((m) => m.ActivityPanel))

/** The 动态 panel over the canvas, when the facilitator has it open. */
export function ActivityOverlays() {
	const { board, role, panel, setPanel } = useBoardContext()
	if (panel !== 'activity' || role !== 'facilitator') return null
	return <ActivityPanel boardId={board.id} title={board.title} onClose={() => setPanel(null)} />
}
