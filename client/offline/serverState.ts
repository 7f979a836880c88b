import { fromBase64 } from 'lib0/buffer'
import * as Y from 'yjs'
import type { SyncStateResponse } from '../../shared/syncState'
import type { ServerState } from './pendingChanges'

/** Decodes `GET /api/boards/:id/sync-state` into plain data for `isConfirmed`. */
export function decodeServerState(body: SyncStateResponse): ServerState {
	const stateVector = Y.decodeStateVector(fromBase64(body.stateVector))
	const snapshot = Y.decodeSnapshot(fromBase64(body.snapshot))
	const deleteSet = new Map<number, (readonly [number, number])[]>()
	for (const [client, items] of snapshot.ds.clients) {
		deleteSet.set(
			client,
			items.map((d) => [d.clock, d.len] as const).sort((a, b) => a[0] - b[0]),
		)
	}
	return { stateVector, deleteSet }
}

/** The same plain data for a local document: what it holds (to drop saved changes it lost). */
export function docState(doc: Y.Doc): ServerState {
	const snap = Y.snapshot(doc)
	const deleteSet = new Map<number, (readonly [number, number])[]>()
	for (const [client, items] of snap.ds.clients)
		deleteSet.set(
			client,
			items.map((d) => [d.clock, d.len] as const),
		)
	return { stateVector: snap.sv, deleteSet }
}
