import * as decoding from 'lib0/decoding'

/** Largest awareness state one client may publish, in bytes of JSON. */
export const MAX_AWARENESS_STATE_BYTES = 64 * 1024
/** Deepest nesting allowed in an awareness state. */
export const MAX_AWARENESS_DEPTH = 32
/** Most client states one awareness message may carry. */
export const MAX_AWARENESS_CLIENTS = 256

function depthWithin(value: unknown, limit: number): boolean {
	// Iterative, so a hostile state cannot overflow the stack here either.
	const stack: [unknown, number][] = [[value, 1]]
	while (stack.length > 0) {
		const [v, depth] = stack.pop() as [unknown, number]
		if (v === null || typeof v !== 'object') continue
		if (depth > limit) return false
		for (const child of Object.values(v as Record<string, unknown>)) stack.push([child, depth + 1])
	}
	return true
}

/**
 * Checks an awareness update before y-protocols applies it: well-formed, a bounded
 * number of states, each a JSON text of bounded size and nesting. A state nested
 * thousands deep would otherwise make every later `encodeAwarenessUpdate` overflow the
 * stack, so nobody could join the room. Returns a reason, or null when it is fine.
 */
export function awarenessUpdateProblem(update: Uint8Array): string | null {
	try {
		const decoder = decoding.createDecoder(update)
		const count = decoding.readVarUint(decoder)
		if (count > MAX_AWARENESS_CLIENTS) return `too many awareness states (${count})`
		for (let i = 0; i < count; i++) {
			decoding.readVarUint(decoder) // client id
			decoding.readVarUint(decoder) // clock
			const json = decoding.readVarString(decoder)
			if (json.length > MAX_AWARENESS_STATE_BYTES) return 'awareness state too large'
			const state = JSON.parse(json) as unknown
			if (!depthWithin(state, MAX_AWARENESS_DEPTH)) return 'awareness state nested too deeply'
		}
		return null
	} catch (err) {
		return `malformed awareness update: ${err instanceof Error ? err.message : String(err)}`
	}
}
