import type { GateVerdict } from '../security/rateLimits'
import { BallotsPerLink } from '../votes/BallotsPerLink'

/**
 * Limits that must hold across every node of a cluster: the connect rate and open-socket
 * cap of a link, the open-socket cap of a room, the byte budget of a link in a room, and
 * the ballots of a link in one vote.
 *
 * Each node still enforces its own copy of the socket limits first (ConnectionGate, the
 * room's byte buckets); a shared implementation adds the count of every other node. The
 * in-process implementation (`LocalLimits`) is the single-node behaviour: it admits
 * whatever the node's own limits admitted, and counts ballots in memory.
 */
export interface SharedLimits {
	/** True when `takeBytes` counts anything (the socket then waits for it before each update frame). */
	readonly sharesBytes: boolean
	/**
	 * Admits one more socket of `room` opened with link `linkKey` (null without a token),
	 * after the node's own gate admitted it; `'ok'` takes a slot to `release` exactly once.
	 */
	acquire(room: string, linkKey: string | null): Promise<GateVerdict>
	release(room: string, linkKey: string | null): void
	/** Spends `n` bytes of the budget of `linkKey` in `room`; false when it has not that many left. */
	takeBytes(room: string, linkKey: string | null, n: number): Promise<boolean>
	/** True when `voterId` may hold a ballot in `voteId` of `boardId` through `linkKey` (counting it). */
	admitBallot(boardId: string, voteId: string, linkKey: string, voterId: string): Promise<boolean>
	/** The most ballots one link may cast in one vote. */
	readonly ballotsPerLink: number
	/**
	 * Takes one token of the cluster-wide bucket `name` of `key` (a client address), which
	 * holds `capacity` tokens refilled over `windowMs`: the per-address REST and connect
	 * limits counted over every node, on top of each node's own. True with one node, and
	 * while Redis is unreachable (the node's own limits still hold).
	 */
	takeToken(name: string, key: string, capacity: number, windowMs: number): Promise<boolean>
	close(): Promise<void>
}

/** One node's limits: everything is counted by the node's own gate, room buckets and ballot counter. */
export class LocalLimits implements SharedLimits {
	readonly sharesBytes = false
	private readonly ballots: BallotsPerLink

	constructor(ballotsPerLink?: number) {
		this.ballots = new BallotsPerLink(ballotsPerLink)
	}

	get ballotsPerLink(): number {
		return this.ballots.max
	}

	async acquire(): Promise<GateVerdict> {
		return 'ok'
	}

	release(): void {}

	async takeBytes(): Promise<boolean> {
		return true
	}

	async admitBallot(boardId: string, voteId: string, linkKey: string, voterId: string): Promise<boolean> {
		return this.ballots.admit(boardId, voteId, linkKey, voterId)
	}

	/** One node: its own limiters are the whole count. */
	async takeToken(): Promise<boolean> {
		return true
	}

	async close(): Promise<void> {}
}
