import { atom, react, type Signal } from '@tldraw/state'
import {
	createPresenceStateDerivation,
	getDefaultUserPresence,
	InstancePresenceRecordType,
	type TLInstancePresence,
	type TLStore,
	type TLUser,
} from '@tldraw/tlschema'
import type { JsonObject } from '@tldraw/utils'
import type { Awareness } from 'y-protocols/awareness'

/** The awareness field carrying a client's tldraw presence record. */
export const AWARENESS_PRESENCE_FIELD = 'presence'

/** Presence updates sent per second at most. */
export const PRESENCE_UPDATES_PER_SECOND = 30

/**
 * What this participant publishes in its presence record's `meta` (e.g. `{ role }`), so
 * peers can show it in the participants list. Set by the board page once it knows the
 * role; informative only — the server decides what a connection may do.
 */
export const $localPresenceMeta = atom<JsonObject>('niudai local presence meta', {})

/** The presence record id of an awareness client. */
export function presenceIdFor(clientId: number): TLInstancePresence['id'] {
	return InstancePresenceRecordType.createId(String(clientId))
}

/**
 * Publishes this client's presence (cursor, selection, page, camera, name, colour,
 * following, and `$meta` such as the role) through Yjs awareness, throttled, and
 * mirrors every other client's presence into the store as `instance_presence`
 * records, so tldraw draws their cursors and selections and can follow them. The
 * user id inside the presence is the stable id of the person, not the awareness
 * client id.
 */
export function bindPresenceToAwareness(
	store: TLStore,
	awareness: Awareness,
	$user: Signal<TLUser | null>,
	log: { warn(message: string): void } = console,
	$meta: Signal<JsonObject> = $localPresenceMeta,
): () => void {
	const ownId = presenceIdFor(awareness.clientID)
	const $presence = createPresenceStateDerivation($user, {
		instanceId: ownId,
		getUserPresence: (s, user) => {
			const state = getDefaultUserPresence(s, user)
			return state && { ...state, meta: $meta.get() }
		},
	})(store)
	const minInterval = 1000 / PRESENCE_UPDATES_PER_SECOND
	let lastSent = 0
	let timer: ReturnType<typeof setTimeout> | null = null

	const publish = () => {
		timer = null
		lastSent = Date.now()
		awareness.setLocalStateField(AWARENESS_PRESENCE_FIELD, $presence.get())
	}
	const stopReact = react('publish presence', () => {
		$presence.get()
		if (timer) return
		const wait = minInterval - (Date.now() - lastSent)
		if (wait <= 0) publish()
		else timer = setTimeout(publish, wait)
	})

	const known = new Set<TLInstancePresence['id']>()
	const onChange = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
		const states = awareness.getStates()
		const toPut: TLInstancePresence[] = []
		const toRemove: TLInstancePresence['id'][] = []
		for (const clientId of [...added, ...updated]) {
			if (clientId === awareness.clientID) continue
			const id = presenceIdFor(clientId)
			const raw = states.get(clientId)?.[AWARENESS_PRESENCE_FIELD] as Record<string, unknown> | null | undefined
			if (!raw) {
				if (known.has(id)) toRemove.push(id)
				continue
			}
			try {
				// The record id is ours to choose: a peer cannot claim another client's record.
				toPut.push(InstancePresenceRecordType.validate({ ...raw, id, typeName: 'instance_presence' }))
			} catch (err) {
				log.warn(`[niudai] skipped invalid presence of client ${clientId}: ${(err as Error).message}`)
			}
		}
		for (const clientId of removed) {
			const id = presenceIdFor(clientId)
			if (known.has(id)) toRemove.push(id)
		}
		if (toPut.length === 0 && toRemove.length === 0) return
		store.mergeRemoteChanges(() => {
			const present = toRemove.filter((id) => store.has(id))
			if (present.length > 0) store.remove(present)
			if (toPut.length > 0) store.put(toPut)
		})
		for (const r of toPut) known.add(r.id)
		for (const id of toRemove) known.delete(id)
	}
	awareness.on('change', onChange)
	// Peers that were already here before we bound.
	onChange({ added: [...awareness.getStates().keys()], updated: [], removed: [] })

	return () => {
		stopReact()
		if (timer) clearTimeout(timer)
		awareness.off('change', onChange)
		awareness.setLocalStateField(AWARENESS_PRESENCE_FIELD, null)
		const ids = [...known].filter((id) => store.has(id))
		if (ids.length > 0) store.mergeRemoteChanges(() => store.remove(ids))
	}
}
