import { describe, expect, it } from 'vitest'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'
import { presenceRoleClaimProblem } from './presenceRoleClaim'

function updateWith(state: Record<string, unknown> | null): Uint8Array {
	const doc = new Y.Doc()
	const awareness = new awarenessProtocol.Awareness(doc)
	awareness.setLocalState(state)
	return awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID])
}

const presence = (role: unknown) => ({ presence: { userName: '王', meta: { role } } })

describe('the role a connection presents in its presence', () => {
	it.each([
		['facilitator', 'facilitator'],
		['facilitator', 'editor'],
		['editor', 'editor'],
		['editor', 'viewer'],
		['viewer', 'viewer'],
	] as const)('a %s may present itself as %s', (role, claimed) => {
		expect(presenceRoleClaimProblem(updateWith(presence(claimed)), role)).toBeNull()
	})

	it.each([
		['editor', 'facilitator'],
		['viewer', 'editor'],
		['viewer', 'facilitator'],
	] as const)('a %s may not present itself as %s', (role, claimed) => {
		expect(presenceRoleClaimProblem(updateWith(presence(claimed)), role)).toMatch(/may not present itself/)
	})

	it('skips echoes: a state the room already has at that clock is not a claim of this connection', () => {
		const update = updateWith(presence('facilitator'))
		expect(presenceRoleClaimProblem(update, 'editor', () => 1)).toBeNull()
		expect(presenceRoleClaimProblem(update, 'editor', () => 0)).toMatch(/may not present itself/)
	})

	it('refuses an unknown role and accepts presence without a role, or no state at all', () => {
		expect(presenceRoleClaimProblem(updateWith(presence('owner')), 'facilitator')).toMatch(/unknown role/)
		expect(presenceRoleClaimProblem(updateWith({ presence: { userName: '李' } }), 'viewer')).toBeNull()
		expect(presenceRoleClaimProblem(updateWith({ cursor: [1, 2] }), 'viewer')).toBeNull()
		expect(presenceRoleClaimProblem(updateWith(null), 'viewer')).toBeNull()
	})
})
