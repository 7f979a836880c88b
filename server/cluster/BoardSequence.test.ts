import { describe, expect, it } from 'vitest'
import { BoardSequence, type SeqRun } from './BoardSequence'

const run = (first: number, last: number, own = false): SeqRun => ({
	first,
	last,
	updates: own ? null : [new Uint8Array([first])],
	owners: [],
})
const spans = (runs: SeqRun[]) => runs.map((r) => `${r.first}-${r.last}`)

describe('BoardSequence: a board’s stored updates applied in sequence order', () => {
	it('applies a run right after what it holds, and drops one it already holds', () => {
		const seq = new BoardSequence(4)
		expect(spans(seq.accept(run(5, 6)))).toEqual(['5-6'])
		expect(seq.applied).toBe(6)
		expect(spans(seq.accept(run(3, 6)))).toEqual([])
		expect(seq.hasGap).toBe(false)
	})

	it('holds a run after a gap until the gap arrives, then applies both in order', () => {
		const seq = new BoardSequence(4)
		expect(spans(seq.accept(run(7, 8)))).toEqual([])
		expect(seq.hasGap).toBe(true)
		expect(spans(seq.accept(run(5, 6)))).toEqual(['5-6', '7-8'])
		expect(seq.applied).toBe(8)
		expect(seq.hasGap).toBe(false)
	})

	it('counts its own committed runs like received ones', () => {
		const seq = new BoardSequence(10)
		expect(spans(seq.accept(run(12, 12, true)))).toEqual([])
		expect(seq.hasGap).toBe(true)
		// Storage returned everything up to 11: the own run right after is now contiguous.
		expect(spans(seq.fill(11))).toEqual(['12-12'])
		expect(seq.applied).toBe(12)
	})

	it('drops held runs storage already returned', () => {
		const seq = new BoardSequence(1)
		seq.accept(run(5, 5))
		seq.accept(run(9, 10))
		expect(spans(seq.fill(9))).toEqual(['9-10'])
		expect(seq.applied).toBe(10)
		expect(seq.hasGap).toBe(false)
		expect(spans(seq.fill(3))).toEqual([])
		expect(seq.applied).toBe(10)
	})
})
