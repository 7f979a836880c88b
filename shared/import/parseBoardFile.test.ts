import { createShapeId, PageRecordType, type TLRecord } from '@tldraw/tlschema'
import { ZERO_INDEX_KEY } from '@tldraw/utils'
import { describe, expect, it, vi } from 'vitest'
import { createBoardSchema } from '../boardSchema'
import { defaultCardProps } from '../domain/cardDefaults'
import { createSeedRecords, DEFAULT_PAGE_NAME } from '../seedRecords'
import { createTemplateContext } from '../templates/createTemplateContext'
import { exampleTemplate } from '../templates/exampleTemplate'
import { mergeTemplateRecords } from '../templates/mergeTemplateRecords'
import { parseBoardFile } from './parseBoardFile'

const schema = createBoardSchema()

function exampleRecords(): TLRecord[] {
	return mergeTemplateRecords(
		createSeedRecords(DEFAULT_PAGE_NAME),
		exampleTemplate.build(createTemplateContext({ idPrefix: 'x' })),
	)
}

/** A need card as props version 1 stored it (urgency 1 | 2 | 3, no votes). */
function needV1(id: string, urgency: number): Record<string, unknown> {
	const { votes: _votes, ...props } = defaultCardProps('need')
	return {
		id: createShapeId(id),
		typeName: 'shape',
		type: 'need',
		x: 0,
		y: 0,
		rotation: 0,
		index: ZERO_INDEX_KEY,
		parentId: PageRecordType.createId('page'),
		isLocked: false,
		opacity: 1,
		meta: {},
		props: { ...props, title: '助餐', urgency },
	}
}

describe('parseBoardFile', () => {
	it('reads a Niudai json export with its title and every record', () => {
		const records = exampleRecords()
		const text = JSON.stringify({ niudai: 1, title: ' 示例 ', schema: schema.serialize(), records })
		const parsed = parseBoardFile(text)
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
		expect(parsed.format).toBe('niudai')
		expect(parsed.title).toBe('示例')
		expect(parsed.records).toHaveLength(records.length)
	})

	it('reads a .tldr file, drops session records and adds a missing document record', () => {
		const [, page] = createSeedRecords(DEFAULT_PAGE_NAME)
		const camera = { id: 'camera:page:page', typeName: 'camera', x: 0, y: 0, z: 1, meta: {} }
		const file = {
			tldrawFileFormatVersion: 1,
			schema: schema.serialize(),
			records: [page, camera, { ...needV1('n', 1), props: { ...defaultCardProps('need'), title: 'x' } }],
		}
		const parsed = parseBoardFile(file)
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
		expect(parsed.format).toBe('tldr')
		expect(parsed.title).toBeNull()
		expect(parsed.records.map((r) => r.typeName).sort()).toEqual(['document', 'page', 'shape'])
	})

	it('migrates records written with an older schema', () => {
		const current = schema.serialize()
		const old = { ...current, sequences: { ...current.sequences, 'com.tldraw.shape.need': 1 } }
		const [doc, page] = createSeedRecords(DEFAULT_PAGE_NAME)
		const parsed = parseBoardFile({ niudai: 1, title: 't', schema: old, records: [doc, page, needV1('old', 1)] })
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
		const need = parsed.records.find((r) => r.typeName === 'shape') as unknown as { props: Record<string, unknown> }
		expect(need.props).toMatchObject({ urgency: 'high', votes: 0 })
	})

	it('adds a first page when the file has none', () => {
		const parsed = parseBoardFile({ niudai: 1, title: 't', schema: schema.serialize(), records: [] })
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
		expect(parsed.records.map((r) => r.id).sort()).toEqual(['document:document', 'page:page'])
	})

	it.each([
		['not JSON', '{nope', ''],
		['not an object', '[1, 2]', ''],
		['an unknown format', JSON.stringify({ records: [] }), ''],
		['no schema', JSON.stringify({ niudai: 1, records: [] }), ''],
		['records that are not a list', JSON.stringify({ niudai: 1, schema: {}, records: 3 }), ''],
		['a schema that is not one', JSON.stringify({ niudai: 1, schema: { x: 1 }, records: [] }), ''],
	])('refuses %s as a file problem', (_name, text, record) => {
		const parsed = parseBoardFile(text)
		expect(parsed.ok).toBe(false)
		if (parsed.ok) return
		expect(parsed.problems[0].record).toBe(record)
		expect(parsed.problems[0].message.zh).toMatch(/\S/)
		expect(parsed.problems[0].message.en).toMatch(/\S/)
	})

	it('reports invalid and dangling records by id', () => {
		const [doc, page] = createSeedRecords(DEFAULT_PAGE_NAME)
		const bad = needV1('bad', 0)
		bad.props = { ...defaultCardProps('need'), urgency: 'urgent' }
		const orphan = { ...needV1('orphan', 0), parentId: 'page:gone', props: defaultCardProps('need') }
		const parsed = parseBoardFile({
			niudai: 1,
			title: 't',
			schema: schema.serialize(),
			records: [doc, page, bad, orphan],
		})
		expect(parsed.ok).toBe(false)
		if (parsed.ok) return
		expect(parsed.problems.map((p) => p.record).sort()).toEqual(['shape:bad', 'shape:orphan'])
		expect(parsed.problems.find((p) => p.record === 'shape:bad')?.message.en).toMatch(/urgency/)
	})

	it('reports unknown record types and a schema from a newer version', () => {
		const [doc, page] = createSeedRecords(DEFAULT_PAGE_NAME)
		const alien = parseBoardFile({
			niudai: 1,
			schema: schema.serialize(),
			records: [doc, page, { id: 'alien:1', typeName: 'alien' }],
		})
		expect(alien.ok || alien.problems[0]).toMatchObject({ record: 'alien:1' })
		const current = schema.serialize()
		const newer = { ...current, sequences: { ...current.sequences, 'com.tldraw.shape.need': 99 } }
		const spy = vi.spyOn(console, 'error').mockImplementation(() => {})
		const parsed = parseBoardFile({ niudai: 1, schema: newer, records: [doc, page, needV1('n', 1)] })
		spy.mockRestore()
		expect(parsed.ok).toBe(false)
		if (!parsed.ok) expect(parsed.problems[0].message.en).toMatch(/newer version/)
	})
})
