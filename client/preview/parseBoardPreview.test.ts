import { describe, expect, it } from 'vitest'
import { parseBoardPreview } from './parseBoardPreview'

const good = {
	bounds: { x: 0, y: 0, w: 400, h: 300 },
	frames: [{ id: 'shape:f', x: 0, y: 0, w: 400, h: 300, name: '需求清单' }],
	cards: [{ id: 'shape:c', kind: 'need', x: 10, y: 10, w: 240, h: 150, title: '老年人眼健康', r: 0.5 }],
	notes: [{ id: 'shape:n', x: 0, y: 400, w: 200, h: 200, color: 'yellow' }],
	links: [{ x1: 0, y1: 0, x2: 10, y2: 10, color: 'grey' }],
}

describe('parseBoardPreview', () => {
	it('reads a preview as the server sends it', () => {
		expect(parseBoardPreview(good)).toEqual(good)
		// A server from before notes were drawn: no notes.
		expect(parseBoardPreview({ bounds: null, frames: [], cards: [], links: [] })).toEqual({
			bounds: null,
			frames: [],
			cards: [],
			notes: [],
			links: [],
		})
	})

	it('refuses what is not a preview: an error body, a card of an unknown kind, a number that is not one', () => {
		expect(parseBoardPreview({ error: { code: 'board_not_found', message: 'x' } })).toBeNull()
		expect(parseBoardPreview({ ...good, cards: [{ ...good.cards[0], kind: 'note' }] })).toBeNull()
		expect(parseBoardPreview({ ...good, links: [{ ...good.links[0], x1: 'NaN' }] })).toBeNull()
		expect(parseBoardPreview({ ...good, bounds: { x: 0, y: 0, w: -1, h: 1 } })).toBeNull()
		expect(parseBoardPreview(null)).toBeNull()
	})
})
