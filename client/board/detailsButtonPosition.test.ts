import { describe, expect, it } from 'vitest'
import { DETAILS_BUTTON, detailsButtonPosition } from './detailsButtonPosition'

const phone = { w: 390, top: 50, bottom: 720 }

describe('detailsButtonPosition', () => {
	it('centres the button under a card with room below it', () => {
		expect(detailsButtonPosition({ x: 100, y: 200, w: 200, h: 120 }, phone)).toEqual({
			x: 200 - DETAILS_BUTTON.w / 2,
			y: 328,
		})
	})

	it('puts it above a card that reaches the toolbar', () => {
		expect(detailsButtonPosition({ x: 100, y: 600, w: 200, h: 120 }, phone).y).toBe(600 - 8 - DETAILS_BUTTON.h)
	})

	it('keeps it on screen for a card bigger than the screen', () => {
		const { x, y } = detailsButtonPosition({ x: -300, y: -200, w: 1200, h: 1400 }, phone)
		expect(y).toBeGreaterThanOrEqual(58)
		expect(y + DETAILS_BUTTON.h).toBeLessThanOrEqual(712)
		expect(x).toBeGreaterThanOrEqual(8)
		expect(x + DETAILS_BUTTON.w).toBeLessThanOrEqual(382)
	})

	it('keeps it inside the screen for a card half off its left edge', () => {
		expect(detailsButtonPosition({ x: -150, y: 200, w: 200, h: 100 }, phone).x).toBe(8)
	})
})
