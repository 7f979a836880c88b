import { CLIENT_ID_TAKEN_REASON, CloseCode } from '../../shared/protocol'
import type { AwarenessEntry } from './awarenessEntries'

/** What the room knows when a connection sends an awareness update. */
export interface PresenceContext {
	/** The connection's owner key (see ownerKey). */
	owner: string
	/** Presence ids this connection controls. */
	controlled: ReadonlySet<number>
	/** Owner key of another open connection controlling `id`, if one does. */
	controllerOwner(id: number): string | undefined
	/** The room's clock for `id`, if it has seen it. */
	knownClock(id: number): number | undefined
	/** The stored owner of client id `id` (see ClientOwners), if any. */
	storedOwner(id: number): string | undefined
	/** Bytes of presence held now for `id`. */
	bytesOf(id: number): number
	/** Bytes of presence the room holds now, all connections together. */
	roomBytes: number
	limits: { maxIds: number; maxConnectionBytes: number; maxRoomBytes: number }
}

/** The verdict on an awareness update. */
export type PresenceJudgement =
	| {
			ok: true
			/** Entries to apply (echoes and others' removals are left out). */
			accept: AwarenessEntry[]
			/** Ids newly controlled by this connection (to claim). */
			claimed: number[]
			/** Of those, ids another connection of the same owner controlled until now (a reconnect). */
			takenOver: number[]
	  }
	| { ok: false; reason: string; code: number }

/**
 * Decides which states of an awareness update a connection may publish. A presence id
 * belongs to the connection that first published it — and to its owner: a reconnecting
 * browser takes its ids back — so nobody overwrites or removes another participant's
 * presence. Official y-websocket clients echo every state they receive: an entry whose
 * clock the room already has, and a removal of an id the connection does not control, are
 * dropped silently; a newer state under someone else's id closes the connection
 * (`forbidden`, CLIENT_ID_TAKEN_REASON). A connection publishes at most `maxIds` ids and
 * `maxConnectionBytes` of state; the room at most `maxRoomBytes` (`quotaExceeded`).
 */
export function judgePresence(entries: readonly AwarenessEntry[], ctx: PresenceContext): PresenceJudgement {
	const accept: AwarenessEntry[] = []
	const claimed: number[] = []
	const takenOver: number[] = []
	const ids = new Set(ctx.controlled)
	const bytes = new Map<number, number>()
	for (const e of entries) {
		const removal = e.json === 'null'
		if (!ctx.controlled.has(e.clientId)) {
			if (removal) continue
			const known = ctx.knownClock(e.clientId)
			if (known !== undefined && e.clock <= known) continue
			const stored = ctx.storedOwner(e.clientId)
			const controller = ctx.controllerOwner(e.clientId)
			if ((stored !== undefined && stored !== ctx.owner) || (controller !== undefined && controller !== ctx.owner)) {
				return {
					ok: false,
					reason: `${CLIENT_ID_TAKEN_REASON}: presence ${e.clientId} belongs to another participant`,
					code: CloseCode.forbidden,
				}
			}
			if (!ids.has(e.clientId)) {
				ids.add(e.clientId)
				claimed.push(e.clientId)
				if (controller !== undefined) takenOver.push(e.clientId)
			}
		}
		accept.push(e)
		bytes.set(e.clientId, removal ? 0 : e.json.length)
	}
	if (ids.size > ctx.limits.maxIds) {
		return {
			ok: false,
			reason: `too many presence ids on one connection (limit ${ctx.limits.maxIds})`,
			code: CloseCode.quotaExceeded,
		}
	}
	let connBytes = 0
	let delta = 0
	for (const id of ids) {
		const now = bytes.get(id)
		connBytes += now ?? ctx.bytesOf(id)
		if (now !== undefined) delta += now - ctx.bytesOf(id)
	}
	if (connBytes > ctx.limits.maxConnectionBytes) {
		return {
			ok: false,
			reason: `presence too large for one connection (limit ${ctx.limits.maxConnectionBytes} bytes)`,
			code: CloseCode.quotaExceeded,
		}
	}
	if (delta > 0 && ctx.roomBytes + delta > ctx.limits.maxRoomBytes) {
		return {
			ok: false,
			reason: `presence of this board is full (limit ${ctx.limits.maxRoomBytes} bytes)`,
			code: CloseCode.quotaExceeded,
		}
	}
	return { ok: true, accept, claimed, takenOver }
}
