import { createContext, useContext } from 'react'
import type { BoardWithRole } from '../api/apiClient'
import type { ConnectionState } from './connectionState'

/** What the panels inside the tldraw UI need to know about the board. */
/** The side panel or overlay open over the canvas. */
export type BoardPanel = 'analytics' | 'lists' | null

export interface BoardContextValue {
	board: BoardWithRole
	connection: ConnectionState
	editName(): void
	panel: BoardPanel
	setPanel(panel: BoardPanel): void
}

export const BoardContext = createContext<BoardContextValue | null>(null)

/** The board context; only inside BoardPage. */
export function useBoardContext(): BoardContextValue {
	const value = useContext(BoardContext)
	if (!value) throw new Error('useBoardContext outside BoardPage')
	return value
}
