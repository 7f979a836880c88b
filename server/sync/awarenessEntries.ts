import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'

/** One client's state in a y-protocols awareness update. */
export interface AwarenessEntry {
	clientId: number
	clock: number
	/** The state as JSON text; `'null'` removes the client. */
	json: string
}

/** Decodes an awareness update (call after awarenessUpdateProblem found it well-formed). */
export function decodeAwarenessEntries(update: Uint8Array): AwarenessEntry[] {
	const decoder = decoding.createDecoder(update)
	const count = decoding.readVarUint(decoder)
	const entries: AwarenessEntry[] = []
	for (let i = 0; i < count; i++) {
		const clientId = decoding.readVarUint(decoder)
		const clock = decoding.readVarUint(decoder)
		entries.push({ clientId, clock, json: decoding.readVarString(decoder) })
	}
	return entries
}

/** Encodes entries as an awareness update. */
export function encodeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
	const encoder = encoding.createEncoder()
	encoding.writeVarUint(encoder, entries.length)
	for (const e of entries) {
		encoding.writeVarUint(encoder, e.clientId)
		encoding.writeVarUint(encoder, e.clock)
		encoding.writeVarString(encoder, e.json)
	}
	return encoding.toUint8Array(encoder)
}
