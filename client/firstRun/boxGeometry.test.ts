import { describe, expect, it } from 'vitest'
import { type Box, boxesOverlap, centreBoxIn, clampBoxInto, panToUncover } from './boxGeometry'
import { emptyLeafLanes } from './emptyLanes'

const lane: Box = { x: 0, y: 0, w: 400, h: 300 }

describe('clampBoxInto keeps a new card inside the lane that was clicked', () => {
	it.each([
		['already inside', { x: 50, y: 50, w: 240, h: 150 }, { x: 50, y: 50 }],
		['hanging over the right edge into the next lane', { x: 300, y: 50, w: 240, h: 150 }, { x: 160, y: 50 }],
		['hanging over the top-left corner', { x: -100, y: -40, w: 240, h: 150 }, { x: 0, y: 0 }],
		['hanging below', { x: 10, y: 250, w: 240, h: 150 }, { x: 10, y: 150 }],
		['wider than the lane: aligned with its start', { x: 30, y: 10, w: 500, h: 150 }, { x: 0, y: 10 }],
	])('%s', (_name, box, expected) => {
		expect(clampBoxInto(box, lane)).toEqual(expected)
	})

	it('keeps the padding from the lane edges', () => {
		expect(clampBoxInto({ x: 300, y: -5, w: 240, h: 150 }, lane, 20)).toEqual({ x: 140, y: 20 })
	})

	it('centres a card in an empty lane', () => {
		expect(centreBoxIn({ w: 240, h: 150 }, lane)).toEqual({ x: 80, y: 75 })
	})
})

describe('panToUncover moves the view so the inspector never covers the card just created', () => {
	const view: Box = { x: 0, y: 0, w: 1366, h: 768 }
	const inspector: Box = { x: 1046, y: 60, w: 320, h: 700 }

	it('leaves a card that is not covered alone', () => {
		expect(panToUncover({ x: 100, y: 100, w: 240, h: 150 }, inspector, view)).toBeNull()
	})

	it('moves a card under the side inspector to its left', () => {
		const card = { x: 1100, y: 300, w: 240, h: 150 }
		const pan = panToUncover(card, inspector, view)
		expect(pan).toEqual({ dx: 1046 - 16 - 1340, dy: 0 })
		const moved = { ...card, x: card.x + (pan?.dx ?? 0) }
		expect(boxesOverlap(moved, inspector)).toBe(false)
	})

	it('moves a card under a bottom sheet above it', () => {
		const phone: Box = { x: 0, y: 0, w: 390, h: 844 }
		const sheet: Box = { x: 0, y: 444, w: 390, h: 400 }
		const card = { x: 80, y: 500, w: 240, h: 150 }
		const pan = panToUncover(card, sheet, phone)
		expect(pan).toEqual({ dx: 0, dy: 444 - 16 - 650 })
	})
})

describe('emptyLeafLanes: which lanes ask for their first card', () => {
	const area = { id: 'area', kind: 'actor' as const, box: { x: 0, y: 0, w: 1000, h: 1000 } }
	const q1 = { id: 'q1', kind: 'actor' as const, box: { x: 10, y: 10, w: 400, h: 400 } }
	const q2 = { id: 'q2', kind: 'actor' as const, box: { x: 500, y: 10, w: 400, h: 400 } }
	const needs = { id: 'needs', kind: 'need' as const, box: { x: 2000, y: 0, w: 400, h: 400 } }

	it('asks the quadrants, not the area that holds them', () => {
		expect(emptyLeafLanes([area, q1, q2, needs], []).map((l) => l.id)).toEqual(['q1', 'q2', 'needs'])
	})

	it('a lane with a card in it asks nothing', () => {
		expect(emptyLeafLanes([area, q1, q2, needs], [{ x: 2100, y: 100 }]).map((l) => l.id)).toEqual(['q1', 'q2'])
	})
})
