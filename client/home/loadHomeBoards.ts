import type { BoardSummary } from '../../shared/apiTypes'
import { ApiError, api } from '../api/apiClient'
import { adminToken, knownBoards } from '../auth/boardTokens'

/** A row of the home page: a board, or one whose link no longer works. */
export type HomeBoard =
	| { kind: 'board'; board: BoardSummary }
	| { kind: 'unavailable'; id: string; title: string; reason: 'revoked' | 'missing' }

/**
 * The boards the home page lists: with the operator's admin token, every board on the
 * server; otherwise the boards this browser has created or opened (boards are private:
 * nobody sees a board without a link).
 */
export async function loadHomeBoards(trash: boolean): Promise<HomeBoard[]> {
	if (adminToken()) {
		const token = adminToken() as string
		const res = await fetch(`/api/boards${trash ? '?trash=1' : ''}`, { headers: { authorization: `Bearer ${token}` } })
		if (res.ok) {
			const { boards } = (await res.json()) as { boards: BoardSummary[] }
			return boards.map((board) => ({ kind: 'board', board }))
		}
	}
	const rows = await Promise.all(
		knownBoards().map(async (known): Promise<HomeBoard | null> => {
			try {
				const board = await api.getBoard(known.id)
				return (board.deletedAt !== null) === trash ? { kind: 'board', board } : null
			} catch (err) {
				if (trash) return null
				if (err instanceof ApiError && (err.status === 401 || err.status === 403)) {
					return { kind: 'unavailable', id: known.id, title: known.title, reason: 'revoked' }
				}
				if (err instanceof ApiError && err.status === 404) {
					return { kind: 'unavailable', id: known.id, title: known.title, reason: 'missing' }
				}
				throw err
			}
		}),
	)
	return rows.filter((r): r is HomeBoard => r !== null)
}
