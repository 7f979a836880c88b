/**
 * Default most ballots one share link may cast in one vote: as many people as may hold a
 * socket on one link at a time (the server's default open-socket cap per link).
 */
export const DEFAULT_BALLOTS_PER_LINK = 100

/**
 * Counts the distinct voters of each share link in each board's current vote, so one
 * link cannot fill a vote with ballots under invented participant secrets beyond `max`.
 * Memory only, and only the latest vote of each board: the counts start again after a
 * restart (the bound then holds per process lifetime). Nothing here reaches a document.
 */
export class BallotsPerLink {
	private readonly boards = new Map<string, { voteId: string; links: Map<string, Set<string>> }>()

	constructor(readonly max: number = DEFAULT_BALLOTS_PER_LINK) {}

	/**
	 * True when `voterId` may hold a ballot in `voteId` through `linkKey`: it already has
	 * one, or the link is under its cap (the voter is then counted).
	 */
	admit(boardId: string, voteId: string, linkKey: string, voterId: string): boolean {
		let board = this.boards.get(boardId)
		if (!board || board.voteId !== voteId) {
			board = { voteId, links: new Map() }
			this.boards.set(boardId, board)
		}
		let voters = board.links.get(linkKey)
		if (!voters) {
			voters = new Set()
			board.links.set(linkKey, voters)
		}
		if (voters.has(voterId)) return true
		if (voters.size >= this.max) return false
		voters.add(voterId)
		return true
	}
}
