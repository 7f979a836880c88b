import { describe, expect, it } from 'vitest'
import type { PlainRecord } from '../ydocLayout'
import { eligibleAmong, voteFrameOfRecords } from './recordVoteEligibility'

function shape(
	id: string,
	type: string,
	parentId: string,
	x: number,
	y: number,
	props: Record<string, unknown>,
	rotation = 0,
): PlainRecord {
	return { id, typeName: 'shape', type, parentId, x, y, rotation, props }
}

const records: PlainRecord[] = [
	{ id: 'page:1', typeName: 'page' },
	{ id: 'page:2', typeName: 'page' },
	shape('shape:stage', 'frame', 'page:1', 100, 100, { w: 1000, h: 800 }),
	// A lane inside the stage: page bounds (150, 150)–(650, 450).
	shape('shape:lane', 'frame', 'shape:stage', 50, 50, { w: 500, h: 300 }),
	shape('shape:in-lane', 'need', 'shape:lane', 10, 10, { w: 200, h: 100 }),
	// On the page, but its centre (300, 300) is inside the lane: counts.
	shape('shape:over-lane', 'need', 'page:1', 200, 250, { w: 200, h: 100 }),
	// Child of the lane, moved so its centre lies outside.
	shape('shape:child-out', 'need', 'shape:lane', 450, 250, { w: 200, h: 100 }),
	shape('shape:other-page', 'need', 'page:2', 200, 250, { w: 200, h: 100 }),
	shape('shape:note', 'note', 'page:1', 200, 250, { w: 200, h: 100 }),
	// Rotated a quarter turn around (650, 150): covers x 550–650, y 150–350; centre (600, 250).
	shape('shape:turned', 'need', 'page:1', 650, 150, { w: 200, h: 100 }, Math.PI / 2),
	shape('shape:loop-a', 'need', 'shape:loop-b', 0, 0, { w: 10, h: 10 }),
	shape('shape:loop-b', 'group', 'shape:loop-a', 0, 0, {}),
]
const byId = new Map(records.map((r) => [r.id, r]))
const get = (id: string) => byId.get(id) ?? null

describe('vote eligibility from records', () => {
	it('computes a nested frame’s page bounds', () => {
		expect(voteFrameOfRecords(get, 'shape:lane')).toEqual({
			pageId: 'page:1',
			bounds: { x: 150, y: 150, w: 500, h: 300 },
		})
		expect(voteFrameOfRecords(get, null)).toBeNull()
		expect(voteFrameOfRecords(get, 'shape:gone')).toBeNull()
	})

	it('keeps needs whose centre is inside the frame, on its page, rotated ones included', () => {
		const all = records.map((r) => r.id)
		expect([...eligibleAmong(get, 'shape:lane', all)].sort()).toEqual(
			['shape:in-lane', 'shape:over-lane', 'shape:turned'].sort(),
		)
	})

	it('keeps every need of the board without a frame (or when the frame is gone), and only needs', () => {
		const all = records.map((r) => r.id)
		const needs = records.filter((r) => r.type === 'need').map((r) => r.id)
		expect([...eligibleAmong(get, null, all)].sort()).toEqual(needs.sort())
		expect([...eligibleAmong(get, 'shape:gone', [...all, 'shape:missing'])].sort()).toEqual(needs.sort())
	})

	it('gives no placement to a shape in a parent loop', () => {
		expect(eligibleAmong(get, 'shape:lane', ['shape:loop-a']).size).toBe(0)
	})
})
