import { createContext, useContext } from 'react'
import type { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'
import type { Role } from '../../shared/protocol'
import type { BoardWithRole } from '../api/apiClient'
import type { ConnectionState } from './connectionState'

/** The side panel or overlay open over the canvas ('details': the selected card's sheet on a phone). */
export type BoardPanel =
	| 'analytics'
	| 'lists'
	| 'planInfo'
	| 'dispatch'
	| 'history'
	| 'vote'
	| 'details'
	| 'comments'
	| 'commentThread'
	| 'activity'
	| 'minutes'
	| null

/** What the panels inside the tldraw UI need to know about the board. */
export interface BoardContextValue {
	board: BoardWithRole
	/** This participant's role on the board (a board opened without a link: facilitator). */
	role: Role
	/** The board's Y.Doc: meeting state and ballots live beside the records. */
	doc: Y.Doc | null
	/** The board's private document (联系方式, the plan's 电话); null for viewers and until connected. */
	privateDoc: Y.Doc | null
	provider: WebsocketProvider | null
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
