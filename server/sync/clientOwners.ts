import { createHash } from 'node:crypto'
import type { Storage } from '../storage/Storage'

/** Owner key of the server's own writes (migrations, restores, ballots, version notes). */
export const SERVER_OWNER = 'server'

/**
 * Who a connection writes as. A browser sends its participant secret with the socket
 * (PARTICIPANT_QUERY_PARAM); its hash is the owner, so a participant stays the owner of
 * their client ids across reconnects, reloads and links. A connection without one
 * (scripts, older clients) is owned by its link — weaker: anyone with that link shares it.
 */
export function ownerKey(linkId: string | null, participantSecret: string | null): string {
	if (participantSecret) return `p:${createHash('sha256').update(participantSecret).digest('base64url').slice(0, 22)}`
	return `link:${linkId ?? 'admin'}`
}

/**
 * The owners of a board's Yjs client ids: the first connection to write (or present) under
 * a client id owns it; nobody else may add changes or presence under it. Kept in storage,
 * so the binding outlives reconnects, room unloads and restarts.
 */
export class ClientOwners {
	private readonly owners: Map<number, string>
	/** Claims not stored yet. */
	private readonly unsaved = new Map<number, string>()

	constructor(
		private readonly storage: Storage,
		private readonly boardId: string,
		/** The stored owners (`storage.loadClientOwners`), taken over. */
		stored: Map<number, string>,
	) {
		this.owners = stored
	}

	/** The owner of `clientId`, or undefined when nobody has written under it. */
	ownerOf(clientId: number): string | undefined {
		return this.owners.get(clientId)
	}

	/** The first of `clientIds` owned by someone other than `owner`, or null. */
	foreign(clientIds: Iterable<number>, owner: string): number | null {
		for (const id of clientIds) {
			const current = this.owners.get(id)
			if (current !== undefined && current !== owner) return id
		}
		return null
	}

	/**
	 * Makes `owner` the owner of those of `clientIds` nobody owns yet, at once in memory;
	 * storage gets them with the next `persist()` (the room's flush, before the updates
	 * written under them). Returns true when something new was claimed.
	 */
	claim(clientIds: Iterable<number>, owner: string): boolean {
		let fresh = false
		for (const id of clientIds) {
			if (this.owners.has(id)) continue
			this.owners.set(id, owner)
			this.unsaved.set(id, owner)
			fresh = true
		}
		return fresh
	}

	/** Takes over claims another node made and stored (a claim known here already wins). */
	learn(claims: Iterable<[number, string]>): void {
		for (const [id, owner] of claims) if (!this.owners.has(id)) this.owners.set(id, owner)
	}

	/** Stores the claims made since the last call, in one transaction (kept for the next call if storage throws); returns them. */
	async persist(): Promise<[number, string][]> {
		if (this.unsaved.size === 0) return []
		const claims = new Map(this.unsaved)
		await this.storage.claimClientIds(this.boardId, claims)
		for (const [id, owner] of claims) if (this.unsaved.get(id) === owner) this.unsaved.delete(id)
		return [...claims]
	}
}
