import { describe, expect, it } from 'vitest'
import { cameraTransform, fitPreview, zoomBoost } from './fitPreview'

const screenOf = (p: { x: number; y: number }, c: { x: number; y: number; z: number }) => ({
	x: (p.x + c.x) * c.z,
	y: (p.y + c.y) * c.z,
})

describe('fitPreview', () => {
	it('centres a wide board on a phone at the canvas’s smallest zoom', () => {
		const camera = fitPreview({ x: 0, y: 0, w: 6300, h: 1930 }, { w: 390, h: 844 }, null)
		expect(camera.z).toBe(0.05)
		const centre = screenOf({ x: 3150, y: 965 }, camera)
		expect(centre.x).toBeCloseTo(195)
		expect(centre.y).toBeCloseTo(422)
	})

	it('fits with tldraw’s padding on a laptop, as zoomToBounds does', () => {
		const camera = fitPreview({ x: 100, y: 50, w: 6300, h: 1930 }, { w: 1366, h: 768 }, null)
		// min((1366 - 128) / 6300, (768 - 128) / 1930)
		expect(camera.z).toBeCloseTo(0.1965, 4)
		expect(screenOf({ x: 100, y: 50 }, camera).x).toBeCloseTo((1366 - 6300 * camera.z) / 2)
	})

	it('never zooms a small board above 100 %', () => {
		const camera = fitPreview({ x: 0, y: 0, w: 200, h: 100 }, { w: 1366, h: 768 }, null)
		expect(camera.z).toBe(1)
		expect(screenOf({ x: 0, y: 0 }, camera)).toEqual({ x: 583, y: 334 })
	})

	it('opens where this device left the board, and at 100 % on an empty one', () => {
		const stored = { x: -40, y: 10, z: 0.8 }
		expect(fitPreview({ x: 0, y: 0, w: 6300, h: 1930 }, { w: 390, h: 844 }, stored)).toBe(stored)
		expect(fitPreview(null, { w: 390, h: 844 }, null)).toEqual({ x: 0, y: 0, z: 1 })
	})
})

describe('zoomBoost and cameraTransform', () => {
	it('grows titles up to three times when zoomed out, never at 100 % and above', () => {
		expect(zoomBoost(0.05)).toBe(3)
		expect(zoomBoost(0.5)).toBe(1.5)
		expect(zoomBoost(2)).toBe(1)
	})

	it('translates in page units, then scales', () => {
		expect(cameraTransform({ x: -10, y: 20, z: 0.5 })).toBe('scale(0.5) translate(-10px, 20px)')
	})
})
