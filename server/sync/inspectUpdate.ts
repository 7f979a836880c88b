import * as Y from 'yjs'
import { structDependenciesMet } from './updateDependencies'
import { type DecodedDeleteSet, type DecodedStruct, updateRoots } from './updateRoots'

/** What the room needs to know about a client's update before applying it. */
export interface UpdateInspection {
	/** False when the update refers to changes the doc does not have (see updateDependenciesMet). */
	dependenciesMet: boolean
	/** Root types it writes into (empty when dependencies are not met). */
	roots: Set<string>
}

/** Decodes `update` once and checks its dependencies and the root types it touches. Throws on garbage. */
export function inspectUpdate(doc: Y.Doc, update: Uint8Array): UpdateInspection {
	const { structs, ds } = Y.decodeUpdate(update) as { structs: DecodedStruct[]; ds: DecodedDeleteSet }
	if (!structDependenciesMet(doc, structs)) return { dependenciesMet: false, roots: new Set() }
	return { dependenciesMet: true, roots: updateRoots(doc, structs, ds) }
}
