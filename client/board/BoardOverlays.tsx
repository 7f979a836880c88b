import { AnalyticsPanel } from '../analytics/AnalyticsPanel'
import { ListsView } from '../lists/ListsView'
import { useBoardContext } from './BoardContext'

/** What is drawn over the canvas, inside the editor: the open side panel. */
export function BoardOverlays() {
	const { board, panel, setPanel } = useBoardContext()
	if (panel === 'analytics') return <AnalyticsPanel title={board.title} onClose={() => setPanel(null)} />
	if (panel === 'lists') return <ListsView onClose={() => setPanel(null)} />
	return null
}
