import { describe, expect, it } from 'vitest'
import { createTemplateContext } from '../templates/createTemplateContext'
import { exampleTemplate } from '../templates/exampleTemplate'
import type { PlainRecord } from '../ydocLayout'
import { buildBoardPreview, PREVIEW_TITLE_MAX } from './buildBoardPreview'

const page = (id: string, index: string): PlainRecord => ({ id, typeName: 'page', index, name: id })
const shape = (id: string, type: string, parentId: string, x: number, y: number, props: object, rotation = 0) =>
	({ id, typeName: 'shape', type, parentId, x, y, rotation, props, meta: {} }) as PlainRecord
const binding = (id: string, arrow: string, to: string, terminal: 'start' | 'end') =>
	({
		id,
		typeName: 'binding',
		type: 'arrow',
		fromId: arrow,
		toId: to,
		props: { terminal, normalizedAnchor: { x: 0.5, y: 0.5 }, isPrecise: false },
	}) as PlainRecord

describe('buildBoardPreview', () => {
	it('places cards inside frames on the page and keeps nothing but their title', () => {
		const records = [
			page('page:a', 'a1'),
			shape('shape:lane', 'frame', 'page:a', 100, 200, { w: 500, h: 400, name: '需求清单' }),
			shape('shape:n', 'need', 'shape:lane', 10, 20, {
				w: 240,
				h: 150,
				title: '老年人眼健康',
				description: 'secret-ish',
				contact: '138',
			}),
		]
		const preview = buildBoardPreview(records)
		expect(preview.frames).toEqual([{ id: 'shape:lane', x: 100, y: 200, w: 500, h: 400, name: '需求清单' }])
		expect(preview.cards).toEqual([
			{ id: 'shape:n', kind: 'need', x: 110, y: 220, w: 240, h: 150, title: '老年人眼健康' },
		])
		expect(preview.bounds).toEqual({ x: 100, y: 200, w: 500, h: 400 })
		expect(JSON.stringify(preview)).not.toMatch(/secret|138/)
	})

	it('draws a sticky note as a box of its colour, without its text', () => {
		const records = [
			page('page:a', 'a1'),
			shape('shape:note', 'note', 'page:a', 10, 20, { color: 'orange', scale: 1, growY: 40, richText: 'hint text' }),
		]
		const preview = buildBoardPreview(records)
		expect(preview.notes).toEqual([{ id: 'shape:note', x: 10, y: 20, w: 200, h: 240, color: 'orange' }])
		expect(preview.bounds).toEqual({ x: 10, y: 20, w: 200, h: 240 })
		expect(JSON.stringify(preview)).not.toContain('hint text')
	})

	it('draws only the first page, by its index', () => {
		const records = [
			page('page:b', 'a2'),
			page('page:a', 'a1'),
			shape('shape:1', 'actor', 'page:a', 0, 0, { w: 10, h: 10, title: 'on first' }),
			shape('shape:2', 'actor', 'page:b', 0, 0, { w: 10, h: 10, title: 'on second' }),
		]
		expect(buildBoardPreview(records).cards.map((c) => c.title)).toEqual(['on first'])
	})

	it('joins bound arrows from card edge to card edge and keeps a free end where it points', () => {
		const records = [
			page('page:a', 'a1'),
			shape('shape:r', 'resource', 'page:a', 0, 0, { w: 100, h: 50, title: 'r' }),
			shape('shape:p', 'project', 'page:a', 300, 0, { w: 100, h: 50, title: 'p' }),
			shape('shape:arrow', 'arrow', 'page:a', 50, 25, { start: { x: 0, y: 0 }, end: { x: 300, y: 0 }, color: 'red' }),
			binding('binding:1', 'shape:arrow', 'shape:r', 'start'),
			binding('binding:2', 'shape:arrow', 'shape:p', 'end'),
			shape('shape:free', 'arrow', 'page:a', 50, 25, { start: { x: 0, y: 0 }, end: { x: 0, y: 200 }, color: 'grey' }),
			binding('binding:3', 'shape:free', 'shape:r', 'start'),
		]
		expect(buildBoardPreview(records).links).toEqual([
			{ x1: 100, y1: 25, x2: 300, y2: 25, color: 'red' },
			{ x1: 50, y1: 50, x2: 50, y2: 225, color: 'grey' },
		])
		expect(buildBoardPreview(records).bounds).toEqual({ x: 0, y: 0, w: 400, h: 225 })
	})

	it('turns a rotated frame’s child with it and bounds the turned box', () => {
		const records = [
			page('page:a', 'a1'),
			shape('shape:f', 'frame', 'page:a', 0, 0, { w: 100, h: 200, name: 'f' }, Math.PI / 2),
			shape('shape:c', 'need', 'shape:f', 10, 0, { w: 20, h: 20, title: 'c' }),
		]
		const preview = buildBoardPreview(records)
		expect(preview.cards[0]).toMatchObject({ x: 0, y: 10, r: 1.571 })
		expect(preview.bounds).toEqual({ x: -200, y: 0, w: 200, h: 100 })
	})

	it('cuts long titles and survives shapes whose parent is missing', () => {
		const records = [
			page('page:a', 'a1'),
			shape('shape:c', 'need', 'page:a', 0, 0, { w: 20, h: 20, title: '长'.repeat(500) }),
			shape('shape:orphan', 'need', 'shape:gone', 0, 0, { w: 20, h: 20, title: 'lost' }),
		]
		const preview = buildBoardPreview(records)
		expect(preview.cards).toHaveLength(1)
		expect(preview.cards[0].title).toHaveLength(PREVIEW_TITLE_MAX)
	})

	it('draws the whole example board: every card, frame and link, in a small answer', () => {
		const records = exampleTemplate.build(createTemplateContext({ lang: 'zh' })) as unknown as PlainRecord[]
		const preview = buildBoardPreview([page('page:page', 'a1'), ...records])
		const count = (type: string) => records.filter((r) => r.typeName === 'shape' && r.type === type).length
		expect(preview.cards).toHaveLength(count('need') + count('resource') + count('actor') + count('project'))
		expect(preview.frames).toHaveLength(count('frame'))
		expect(preview.links).toHaveLength(count('arrow'))
		expect(preview.notes).toHaveLength(count('note'))
		expect(preview.frames[0].name).toBe('资源识别')
		expect(JSON.stringify(preview).length).toBeLessThan(30_000)
	})
})
