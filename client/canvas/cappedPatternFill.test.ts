import { ArrowShapeUtil, DrawShapeUtil, GeoShapeUtil } from '@tldraw/tldraw'
import { describe, expect, it } from 'vitest'
import { allBoardShapeUtils } from './boardShapeUtils'
import { patternLevels, patternLod } from './cappedPatternFill'

describe('the hatch fill without tldraw’s start-up cost', () => {
	it('keeps every pattern level tldraw’s shapes refer to, but draws no tile past zoom 8', () => {
		// tldraw's default zoom steps: 0.05 … 8, a ratio of 160 → levels 1 … 256.
		const levels = patternLevels(8 / 0.05)
		expect(levels.map((l) => l.zoom)).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256])
		expect(Math.max(...levels.map((l) => l.tileZoom))).toBe(8)
		// The pixels PNG-encoded per theme on a phone (device pixel ratio 3): ~2.3 thousand times fewer.
		const pixels = (zooms: number[]) => zooms.reduce((sum, z) => sum + (8 * z * 3) ** 2, 0)
		const tldraws = pixels(levels.map((l) => l.zoom))
		const ours = pixels([...new Set(levels.map((l) => l.tileZoom))])
		expect(tldraws / ours).toBeGreaterThan(1000)
	})
	it('names levels as tldraw does: ⌈log2 zoom⌉, 0 at or below 1', () => {
		expect([0.05, 0.5, 1, 1.5, 2, 3, 8, 9].map(patternLod)).toEqual([0, 0, 0, 1, 1, 2, 3, 4])
	})
	it('replaces tldraw’s geo, draw and arrow utils once each, keeping their types and props', () => {
		const types = allBoardShapeUtils.map((u) => u.type)
		expect(new Set(types).size).toBe(types.length)
		for (const base of [GeoShapeUtil, DrawShapeUtil, ArrowShapeUtil]) {
			const util = allBoardShapeUtils.find((u) => u.type === base.type)
			expect(util && util !== base && Object.getPrototypeOf(util) === base).toBe(true)
			expect(util?.props).toBe(base.props)
			expect(util?.migrations).toBe(base.migrations)
		}
		expect(types).toEqual(expect.arrayContaining(['need', 'resource', 'actor', 'project', 'note', 'frame', 'text']))
	})
})
