import * as Y from 'yjs'
import { structDependenciesMet } from './updateDependencies'
import {
	type DecodedDeleteSet,
	type DecodedStruct,
	type InsertedWrite,
	updateWrites,
	type WritePath,
} from './updateWrites'

/** What the room needs to know about a client's update before applying it. */
export interface UpdateInspection {
	/** False when the update refers to changes the doc does not have (see updateDependenciesMet). */
	dependenciesMet: boolean
	/** False when its delete set covers changes neither the doc nor the update holds. */
	deletesCovered: boolean
	/** Root types it writes into (empty when dependencies are not met). */
	roots: Set<string>
	/** Every location it writes (see updateWrites). */
	paths: WritePath[]
	/** Client ids under which it adds new clocks. */
	writerClients: Set<number>
	/** The items it inserts, with their paths and values (see updateWrites). */
	inserted: InsertedWrite[]
	/** Locations of the doc's items it deletes. */
	removed: WritePath[]
}

/** Decodes `update` once and checks its dependencies and what it writes. Throws on garbage. */
export function inspectUpdate(doc: Y.Doc, update: Uint8Array): UpdateInspection {
	const { structs, ds } = Y.decodeUpdate(update) as { structs: DecodedStruct[]; ds: DecodedDeleteSet }
	if (!structDependenciesMet(doc, structs)) {
		return {
			dependenciesMet: false,
			deletesCovered: true,
			roots: new Set(),
			paths: [],
			writerClients: new Set(),
			inserted: [],
			removed: [],
		}
	}
	const writes = updateWrites(doc, structs, ds)
	return { dependenciesMet: true, ...writes, roots: new Set(writes.paths.map((p) => p[0])) }
}
