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
})
