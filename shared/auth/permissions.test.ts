import { describe, expect, it } from 'vitest'
import { ROLES } from '../protocol'
import { ACTION_ROLES, can, isRole, roleAtLeast } from './permissions'

describe('roles', () => {
	it('orders facilitator > editor > viewer', () => {
		expect(roleAtLeast('facilitator', 'editor')).toBe(true)
		expect(roleAtLeast('editor', 'editor')).toBe(true)
		expect(roleAtLeast('viewer', 'editor')).toBe(false)
		expect(roleAtLeast('editor', 'facilitator')).toBe(false)
		for (const r of ROLES) expect(roleAtLeast(r, 'viewer')).toBe(true)
	})

	it('says which role each action needs', () => {
		expect(can('viewer', 'viewBoard')).toBe(true)
		expect(can('viewer', 'editBoard')).toBe(false)
		expect(can('viewer', 'readPrivateFields')).toBe(false)
		expect(can('editor', 'uploadAsset')).toBe(true)
		expect(can('editor', 'manageLinks')).toBe(false)
		expect(can('facilitator', 'lockFrames')).toBe(true)
		for (const min of Object.values(ACTION_ROLES)) expect(isRole(min)).toBe(true)
		expect(isRole('admin')).toBe(false)
	})

	it.each([
		['viewBoard', true],
		['exportBoard', true],
		['vote', true],
		['editBoard', false],
		['readPrivateFields', false],
		['importIntoBoard', false],
		['uploadAsset', false],
		['runMeeting', false],
		['manageLinks', false],
	] as const)('a participant (参会) may %s: %s', (action, allowed) => {
		expect(can('participant', action)).toBe(allowed)
		// Between viewer and editor: a viewer never votes, an editor does.
		expect(can('viewer', 'vote')).toBe(false)
		expect(can('editor', 'vote')).toBe(true)
	})
})
