import { describe, expect, it } from 'vitest'
import { badgeText, connectionState } from './connectionState'

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

	it('a page that never reached the server says offline, not an endless "connecting"', () => {
		expect(connectionState('connecting', false, true, true)).toBe('offline')
		expect(connectionState('disconnected', true, true, true)).toBe('reconnecting')
		expect(connectionState('connected', false, true, true)).toBe('connected')
	})
})

describe('badgeText', () => {
	it('shows the plain state when nothing waits', () => {
		expect(badgeText('connected', 0)).toEqual({ key: 'status.connected', count: 0 })
		expect(badgeText('offline', 0)).toEqual({ key: 'status.offline', count: 0 })
	})

	it('says how many local changes wait, and whether they are being sent', () => {
		expect(badgeText('offline', 3)).toEqual({ key: 'offline.waitingOffline', count: 3 })
		expect(badgeText('reconnecting', 2)).toEqual({ key: 'offline.waitingReconnecting', count: 2 })
		expect(badgeText('connecting', 1)).toEqual({ key: 'offline.waitingReconnecting', count: 1 })
		expect(badgeText('connected', 3)).toEqual({ key: 'offline.syncing', count: 3 })
	})
})
