import * as decoding from 'lib0/decoding'
import { isRole, roleAtLeast } from '../../shared/auth/permissions'
import type { Role } from '../../shared/protocol'

/**
 * The participants list shows each person's role from their presence (`presence.meta.role`
 * in the awareness state). A connection may present itself with its own role or a lesser
 * one, never a greater: returns the reason when an awareness update claims more than
 * `role`, else null. Call after `awarenessUpdateProblem` found the update well-formed.
 *
 * y-websocket clients echo every awareness change they receive, the facilitator's
 * included; an echo carries a clock the room already has and would not be applied, so
 * only states newer than `knownClock(clientId)` (or of unknown clients) are checked.
 */
export function presenceRoleClaimProblem(
	update: Uint8Array,
	role: Role,
	knownClock: (clientId: number) => number | undefined = () => undefined,
): string | null {
	const decoder = decoding.createDecoder(update)
	const count = decoding.readVarUint(decoder)
	for (let i = 0; i < count; i++) {
		const clientId = decoding.readVarUint(decoder)
		const clock = decoding.readVarUint(decoder)
		const json = decoding.readVarString(decoder)
		const known = knownClock(clientId)
		if (known !== undefined && clock <= known) continue
		const state = JSON.parse(json) as unknown
		const claimed = (state as { presence?: { meta?: { role?: unknown } } } | null)?.presence?.meta?.role
		if (claimed !== undefined && !isRole(claimed)) return 'presence claims an unknown role'
		if (isRole(claimed) && !roleAtLeast(role, claimed)) return `a ${role} may not present itself as ${claimed}`
	}
	return null
}
