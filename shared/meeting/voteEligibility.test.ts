import { describe, expect, it } from 'vitest'
import { centreInside, eligibleNeedIds, type NeedPlacement, sameIds } from './voteEligibility'

const frame = { pageId: 'page:1', bounds: { x: 0, y: 0, w: 1000, h: 600 } }

function need(id: string, x: number, y: number, pageId = 'page:1'): NeedPlacement {
	return { id, pageId, bounds: { x, y, w: 200, h: 120 } }
}

describe('eligibleNeedIds', () => {
	const needs = [
		need('inside', 100, 100),
		need('half-out', 900, 500), // centre (1000, 560): on the edge, inside
		need('mostly-out', 950, 100), // centre (1050, 160): outside
		need('other-page', 100, 100, 'page:2'),
		{ id: 'no-bounds', pageId: 'page:1', bounds: null },
	]

	it.each([
		{
			name: 'the whole board: every need',
			frame: null,
			expected: ['inside', 'half-out', 'mostly-out', 'other-page', 'no-bounds'],
		},
		{ name: 'a frame: needs whose centre is inside it, on its page', frame, expected: ['inside', 'half-out'] },
	])('$name', ({ frame: f, expected }) => {
		expect([...eligibleNeedIds(needs, f)]).toEqual(expected)
	})

	it('is empty on a board without needs', () => {
		expect(eligibleNeedIds([], frame).size).toBe(0)
	})
})

describe('centreInside', () => {
	it.each([
		[{ x: -100, y: 0, w: 200, h: 10 }, true],
		[{ x: -101, y: 0, w: 200, h: 10 }, false],
		[{ x: 0, y: 590, w: 10, h: 20 }, true],
		[{ x: 0, y: 600, w: 10, h: 20 }, false],
	])('%j → %s', (box, inside) => {
		expect(centreInside(box, frame.bounds)).toBe(inside)
	})
})

describe('sameIds', () => {
	it('compares sets by content', () => {
		expect(sameIds(new Set(['a', 'b']), new Set(['b', 'a']))).toBe(true)
		expect(sameIds(new Set(['a']), new Set(['a', 'b']))).toBe(false)
		expect(sameIds(null, null)).toBe(true)
		expect(sameIds(null, new Set())).toBe(false)
	})
})
