import { describe, expect, it } from 'vitest'
import { leaveBox, linkSegment } from './linkSegment'

const card = (x: number, y: number) => ({ x, y, w: 100, h: 50 })

describe('leaveBox', () => {
	it('finds where a line from the centre crosses the right or the top edge', () => {
		expect(leaveBox({ x: 50, y: 25 }, { x: 250, y: 25 }, card(0, 0))).toEqual({ x: 100, y: 25 })
		expect(leaveBox({ x: 50, y: 25 }, { x: 50, y: -100 }, card(0, 0))).toEqual({ x: 50, y: 0 })
	})

	it('keeps the far point when it lies inside the box', () => {
		expect(leaveBox({ x: 50, y: 25 }, { x: 60, y: 30 }, card(0, 0))).toEqual({ x: 60, y: 30 })
	})
})

describe('linkSegment', () => {
	it('runs from edge to edge between two bound cards', () => {
		expect(linkSegment({ x: 50, y: 25 }, { x: 350, y: 25 }, card(0, 0), card(300, 0))).toEqual({
			x1: 100,
			y1: 25,
			x2: 300,
			y2: 25,
		})
	})

	it('keeps a free end where the arrow points', () => {
		expect(linkSegment({ x: 50, y: 25 }, { x: 50, y: 200 }, card(0, 0), null)).toEqual({
			x1: 50,
			y1: 50,
			x2: 50,
			y2: 200,
		})
	})

	it('drops a link between overlapping cards, which has nothing to draw', () => {
		expect(linkSegment({ x: 50, y: 25 }, { x: 60, y: 25 }, card(0, 0), card(10, 0))).toBeNull()
	})
})
