import { describe, expect, it } from 'vitest'
import { connectionState } from './connectionState'

describe('connectionState', () => {
	it.each([
		['connected', false, true, 'connected'],
		['connected', true, false, 'connected'],
		['connecting', false, true, 'connecting'],
		['connecting', true, true, 'reconnecting'],
		['disconnected', true, true, 'reconnecting'],
		['disconnected', true, false, 'offline'],
		['connecting', false, false, 'offline'],
	] as const)('provider %s, ever connected %s, browser online %s → %s', (status, ever, online, expected) => {
		expect(connectionState(status, ever, online)).toBe(expected)
	})
})
