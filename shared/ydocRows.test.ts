import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { getYRecords, type PlainRecord, readRecord, writeRecord, writeRecordChanges } from './ydocLayout'

const risk = (risk: string, response = '') => ({ risk, response })

function project(risks: { risk: string; response: string }[], title = '青阳课堂'): PlainRecord {
	return {
		id: 'shape:p',
		typeName: 'shape',
		type: 'project',
		x: 0,
		y: 0,
		rotation: 0,
		parentId: 'page:page',
		index: 'a1',
		isLocked: false,
		opacity: 1,
		props: { title, partners: ['P机构'], risks, budget: [] },
		meta: {},
	}
}

function read(doc: Y.Doc): PlainRecord {
	const rec = readRecord(getYRecords(doc).get('shape:p'))
	if (!rec) throw new Error('no record')
	return rec
}

/** Two replicas of one board, synced, then edited apart and merged both ways. */
function concurrently(start: PlainRecord, a: (r: PlainRecord) => PlainRecord, b: (r: PlainRecord) => PlainRecord) {
	const docA = new Y.Doc()
	docA.transact(() => writeRecord(getYRecords(docA), start))
	const docB = new Y.Doc()
	Y.applyUpdate(docB, Y.encodeStateAsUpdate(docA))
	for (const [doc, edit] of [
		[docA, a],
		[docB, b],
	] as const) {
		const from = read(doc)
		doc.transact(() => writeRecordChanges(getYRecords(doc), from, edit(from)))
	}
	const fromA = Y.encodeStateAsUpdate(docA, Y.encodeStateVector(docB))
	const fromB = Y.encodeStateAsUpdate(docB, Y.encodeStateVector(docA))
	Y.applyUpdate(docA, fromB)
	Y.applyUpdate(docB, fromA)
	expect(read(docA)).toEqual(read(docB))
	return (read(docA).props as { risks: { risk: string; response: string }[] }).risks
}

const withRisks = (r: PlainRecord, f: (risks: { risk: string; response: string }[]) => unknown[]) => ({
	...r,
	props: { ...(r.props as object), risks: f((r.props as { risks: { risk: string; response: string }[] }).risks) },
})

describe('table props merge row by row', () => {
	const start = project([risk('下雨', '改室内'), risk('人少', '多宣传'), risk('超支', '找配套')])

	it('two people editing different rows of one table at once both keep their edit', () => {
		const risks = concurrently(
			start,
			(r) => withRisks(r, (rs) => rs.map((x, i) => (i === 0 ? { ...x, response: '改到社区活动室' } : x))),
			(r) => withRisks(r, (rs) => rs.map((x, i) => (i === 2 ? { ...x, response: '向商户申请配套' } : x))),
		)
		expect(risks).toEqual([risk('下雨', '改到社区活动室'), risk('人少', '多宣传'), risk('超支', '向商户申请配套')])
	})

	it('two people editing different cells of one row both keep their edit', () => {
		const risks = concurrently(
			start,
			(r) => withRisks(r, (rs) => rs.map((x, i) => (i === 1 ? { ...x, risk: '报名人数不足' } : x))),
			(r) => withRisks(r, (rs) => rs.map((x, i) => (i === 1 ? { ...x, response: '网格员上门邀请' } : x))),
		)
		expect(risks[1]).toEqual(risk('报名人数不足', '网格员上门邀请'))
	})

	it('a row added by one and a row edited by the other are both there', () => {
		const risks = concurrently(
			start,
			(r) => withRisks(r, (rs) => [...rs, risk('志愿者不足', '联系高校')]),
			(r) => withRisks(r, (rs) => rs.map((x, i) => (i === 0 ? { ...x, response: '备好雨棚' } : x))),
		)
		expect(risks).toEqual([
			risk('下雨', '备好雨棚'),
			risk('人少', '多宣传'),
			risk('超支', '找配套'),
			risk('志愿者不足', '联系高校'),
		])
	})

	it('a row deleted by one and another row edited by the other: the deletion and the edit both hold', () => {
		const risks = concurrently(
			start,
			(r) => withRisks(r, (rs) => rs.filter((_, i) => i !== 1)),
			(r) => withRisks(r, (rs) => rs.map((x, i) => (i === 2 ? { ...x, response: '申请街道经费' } : x))),
		)
		expect(risks).toEqual([risk('下雨', '改室内'), risk('超支', '申请街道经费')])
	})

	it('a row inserted in the middle lands where it was put', () => {
		const risks = concurrently(
			start,
			(r) => withRisks(r, (rs) => [rs[0], risk('场地冲突', '提前预约'), ...rs.slice(1)]),
			(r) => r,
		)
		expect(risks.map((x) => x.risk)).toEqual(['下雨', '场地冲突', '人少', '超支'])
	})

	it('reads back the same plain record, and an older board’s plain-array table becomes rows on its first write', () => {
		const doc = new Y.Doc()
		const records = getYRecords(doc)
		doc.transact(() => writeRecord(records, start))
		expect(read(doc)).toEqual(start)
		const props = records.get('shape:p')?.get('props') as Y.Map<unknown>
		expect(props.get('risks')).toBeInstanceOf(Y.Array)
		// Other arrays (names) stay plain values.
		expect(props.get('partners')).toEqual(['P机构'])

		// An older board: the table held as one JSON value.
		doc.transact(() => props.set('risks', [risk('旧')]))
		expect((read(doc).props as { risks: unknown }).risks).toEqual([risk('旧')])
		const from = read(doc)
		doc.transact(() =>
			writeRecordChanges(
				records,
				from,
				withRisks(from, (rs) => [...rs, risk('新')]),
			),
		)
		expect(props.get('risks')).toBeInstanceOf(Y.Array)
		expect((read(doc).props as { risks: unknown }).risks).toEqual([risk('旧'), risk('新')])
	})

	it('writing the table the doc already holds changes nothing', () => {
		const doc = new Y.Doc()
		doc.transact(() => writeRecord(getYRecords(doc), start))
		const before = Y.encodeStateVector(doc)
		doc.transact(() => writeRecord(getYRecords(doc), start))
		doc.transact(() => writeRecordChanges(getYRecords(doc), start, { ...start }))
		expect(Y.encodeStateVector(doc)).toEqual(before)
	})
})
