import { DocumentRecordType, TLDOCUMENT_ID, type TLDocument, type TLRecord } from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import { readPlanInfo } from '../plan/planInfo'
import { createSeedRecords, DEFAULT_PAGE_NAME } from '../seedRecords'
import { createTemplateContext } from './createTemplateContext'
import { exampleTemplate } from './exampleTemplate'
import { fullCycleTemplate } from './fullCycleTemplate'
import { fillDocumentMeta, mergeTemplateRecords, templateDocumentMeta } from './mergeTemplateRecords'
import { NOTE_SIZE, noteGrowY, TemplateBuilder } from './TemplateBuilder'

const ctx = () => createTemplateContext({ idPrefix: 'm' })
const documents = (records: readonly TLRecord[]) => records.filter((r): r is TLDocument => r.typeName === 'document')

describe('TemplateBuilder document meta', () => {
	it('puts no document record among the records of a template that sets no meta', () => {
		expect(documents(fullCycleTemplate.build(ctx()))).toEqual([])
	})

	it('starts the records with a document record holding plan.<field> keys', () => {
		const b = new TemplateBuilder(ctx(), 'example')
		b.setPlanInfo({ projectName: '项目', requestedAmount: 1000, periodStart: '2027-01-01' })
		b.setDocumentMeta('other', 1)
		const [doc] = b.records()
		expect(doc).toMatchObject({
			id: TLDOCUMENT_ID,
			typeName: 'document',
			meta: { 'plan.projectName': '项目', 'plan.requestedAmount': 1000, 'plan.periodStart': '2027-01-01', other: 1 },
		})
		expect(readPlanInfo(doc.meta)).toMatchObject({ projectName: '项目', requestedAmount: 1000 })
	})
})

describe('mergeTemplateRecords', () => {
	it('fills the board’s document record with the template’s plan info: one document, no duplicate', () => {
		const merged = mergeTemplateRecords(createSeedRecords(DEFAULT_PAGE_NAME), exampleTemplate.build(ctx()))
		const docs = documents(merged)
		expect(docs).toHaveLength(1)
		expect(readPlanInfo(docs[0].meta).projectName).toMatch(/社区营造/)
		expect(merged.filter((r) => r.typeName === 'page')).toHaveLength(1)
	})

	it('never overwrites what the board already says', () => {
		const board = [
			DocumentRecordType.create({
				id: TLDOCUMENT_ID,
				meta: { 'plan.projectName': '我们的项目', 'plan.overallGoal': ' ' },
			}),
		]
		const template = exampleTemplate.build(ctx())
		const [doc] = documents(mergeTemplateRecords(board, template))
		expect(doc.meta['plan.projectName']).toBe('我们的项目')
		expect(doc.meta['plan.overallGoal']).toBe(templateDocumentMeta(template)?.['plan.overallGoal'])
	})

	it('keeps the template’s document when the board has none, and changes nothing without template meta', () => {
		const template = exampleTemplate.build(ctx())
		expect(documents(mergeTemplateRecords([], template))).toHaveLength(1)
		const seed = createSeedRecords(DEFAULT_PAGE_NAME)
		expect(mergeTemplateRecords(seed, fullCycleTemplate.build(ctx())).slice(0, 2)).toEqual(seed)
	})

	it('fillDocumentMeta says null when nothing changes', () => {
		expect(fillDocumentMeta({ a: 1 }, null)).toBeNull()
		expect(fillDocumentMeta({ a: 1 }, { a: 2 })).toBeNull()
		expect(fillDocumentMeta({ a: 1 }, { b: '' })).toBeNull()
		expect(fillDocumentMeta({ a: 1, b: null }, { b: 'x' })).toEqual({ a: 1, b: 'x' })
	})
})

describe('noteGrowY', () => {
	it('grows a note only for text longer than fits', () => {
		expect(noteGrowY('短')).toBe(0)
		const long = '长'.repeat(120)
		expect(noteGrowY(long)).toBeGreaterThan(0)
		expect(noteGrowY(long + long)).toBeGreaterThan(noteGrowY(long) + NOTE_SIZE / 2)
	})
})
