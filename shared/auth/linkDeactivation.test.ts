import { describe, expect, it } from 'vitest'
import type { Role } from '../protocol'
import { deactivationRefusal, isLinkActive, type LinkState } from './linkDeactivation'

const NOW = 1_000_000

function link(id: string, role: Role, extra: Partial<LinkState> = {}): LinkState {
	return { id, role, expiresAt: null, revokedAt: null, ...extra }
}

describe('isLinkActive', () => {
	it.each([
		['a link without expiry', link('a', 'editor'), true],
		['a link expiring later', link('a', 'editor', { expiresAt: NOW + 1 }), true],
		['a link that expired', link('a', 'editor', { expiresAt: NOW }), false],
		['a deactivated link', link('a', 'editor', { revokedAt: NOW - 5 }), false],
	])('%s → %s', (_what, l, active) => {
		expect(isLinkActive(l, NOW)).toBe(active)
	})
})

describe('deactivationRefusal', () => {
	it.each<[string, LinkState[], string, ReturnType<typeof deactivationRefusal>]>([
		['the only facilitator link', [link('f', 'facilitator'), link('e', 'editor')], 'f', 'lastFacilitatorLink'],
		['one of two facilitator links', [link('f', 'facilitator'), link('g', 'facilitator')], 'f', null],
		[
			'the last active one when the other was deactivated',
			[link('f', 'facilitator'), link('g', 'facilitator', { revokedAt: NOW - 1 })],
			'f',
			'lastFacilitatorLink',
		],
		[
			'the last active one when the other expired',
			[link('f', 'facilitator'), link('g', 'facilitator', { expiresAt: NOW - 1 })],
			'f',
			'lastFacilitatorLink',
		],
		['an editor link', [link('f', 'facilitator'), link('e', 'editor')], 'e', null],
		['a participant link', [link('f', 'facilitator'), link('p', 'participant')], 'p', null],
		[
			'an expired facilitator link',
			[link('f', 'facilitator'), link('x', 'facilitator', { expiresAt: NOW })],
			'x',
			null,
		],
		['an unknown link', [link('f', 'facilitator')], 'nope', null],
	])('%s', (_what, links, id, refusal) => {
		expect(deactivationRefusal(links, id, NOW)).toBe(refusal)
	})
})
