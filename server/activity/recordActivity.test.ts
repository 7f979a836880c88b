import { describe, expect, it } from 'vitest'
import type { LinkMeta } from '../../shared/domain/cardProps'
import { type BoardView, type RecordChange, recordActivity } from './recordActivity'
import type { BindingSummary, CardSummary, RecordSummary } from './summarizeRecord'

function card(
	title: string,
	props: Record<string, unknown> = {},
	position: unknown[] = [0, 0, 0, 'page:p'],
): CardSummary {
	return { kind: 'card', type: 'need', title, props: { title, w: 200, h: 100, ...props }, position, isLocked: false }
}

const link = (extra: Partial<LinkMeta> = {}): RecordSummary => ({
	kind: 'arrow',
	link: { type: 'allocation', mechanism: '', strategy: '', quantity: null, unit: '', note: '', ...extra },
})

function view(records: Record<string, RecordSummary>): BoardView {
	return {
		summaryOf: (id) => records[id] ?? null,
		bindingsOf: (arrowId) =>
			Object.values(records).filter((r): r is BindingSummary => r.kind === 'binding' && r.arrowId === arrowId),
	}
}

const bound = (arrowId: string, from: string, to: string): Record<string, RecordSummary> => ({
	[`binding:${arrowId}-start`]: { kind: 'binding', arrowId, shapeId: from, terminal: 'start' },
	[`binding:${arrowId}-end`]: { kind: 'binding', arrowId, shapeId: to, terminal: 'end' },
})

const empty = view({})

describe('recordActivity', () => {
	it('logs a card created, its edited fields (size and position by those names) and its deletion with its last title', () => {
		const a = card('独居老人助餐')
		const changes: RecordChange[] = [{ id: 'shape:a', before: null, after: a }]
		expect(recordActivity(changes, empty, empty)).toEqual([
			{ kind: 'card_created', targetId: 'shape:a', targetType: 'need', targetTitle: '独居老人助餐', fields: [] },
		])
		const edited = card('助餐点', { status: 'planned', w: 300 }, [10, 0, 0, 'page:p'])
		expect(recordActivity([{ id: 'shape:a', before: a, after: edited }], empty, empty)).toEqual([
			{
				kind: 'card_edited',
				targetId: 'shape:a',
				targetType: 'need',
				targetTitle: '助餐点',
				fields: ['title', 'size', 'status', 'position'],
			},
		])
		expect(recordActivity([{ id: 'shape:a', before: edited, after: null }], empty, empty)).toEqual([
			{ kind: 'card_deleted', targetId: 'shape:a', targetType: 'need', targetTitle: '助餐点', fields: [] },
		])
	})

	it('logs nothing for a card written again with the values it had, nor for shapes that are not cards', () => {
		expect(recordActivity([{ id: 'shape:a', before: card('x'), after: card('x') }], empty, empty)).toEqual([])
		expect(
			recordActivity([{ id: 'shape:f', before: null, after: { kind: 'frame', title: '议题一' } }], empty, empty),
		).toEqual([])
	})

	it('logs a link when an arrow gets its meta.link, edits of its fields, and its deletion, titled by the cards it joins', () => {
		const cards = { 'shape:r': card('社区食堂'), 'shape:n': card('助餐') }
		const before = view({ ...cards, ...bound('shape:l', 'shape:r', 'shape:n') })
		const plainArrow: RecordSummary = { kind: 'arrow', link: null }
		expect(recordActivity([{ id: 'shape:l', before: plainArrow, after: link() }], before, before)).toEqual([
			{ kind: 'link_made', targetId: 'shape:l', targetType: 'link', targetTitle: '社区食堂 → 助餐', fields: [] },
		])
		expect(
			recordActivity([{ id: 'shape:l', before: link(), after: link({ quantity: 3, unit: '份' }) }], before, before),
		).toEqual([
			{
				kind: 'link_edited',
				targetId: 'shape:l',
				targetType: 'link',
				targetTitle: '社区食堂 → 助餐',
				fields: ['quantity', 'unit'],
			},
		])
		// Deleted with its bindings: the title comes from the board before.
		expect(recordActivity([{ id: 'shape:l', before: link(), after: null }], before, view(cards))).toEqual([
			{ kind: 'link_deleted', targetId: 'shape:l', targetType: 'link', targetTitle: '社区食堂 → 助餐', fields: [] },
		])
		// An arrow that never was a link logs nothing.
		expect(recordActivity([{ id: 'shape:l', before: null, after: plainArrow }], empty, empty)).toEqual([])
	})
})
