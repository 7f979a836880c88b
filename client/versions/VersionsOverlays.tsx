import { useBoardContext } from '../board/BoardContext'
import { HistoryPanel } from '../board/lazyParts'

/** The history panel over the canvas, when it is open. */
export function VersionsOverlays() {
	const { board, role, panel, setPanel } = useBoardContext()
	if (panel !== 'history') return null
	return <HistoryPanel boardId={board.id} role={role} onClose={() => setPanel(null)} />
}
