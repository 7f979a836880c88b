import { describe, expect, it } from 'vitest'
import { derivePlan } from '../plan/derivePlan'
import { cardRecord, linkRecords } from '../plan/planTestRecords'
import type { PlainRecord } from '../ydocLayout'
import { csvField, LIST_COLUMNS, listToCsv, neutraliseCell, restoreCell, UTF8_BOM } from './listsToCsv'
import { parseTableCell } from './tableCell'

function planOf(records: PlainRecord[], includePrivate = false) {
	return derivePlan(records, { title: '测试', includePrivate, now: 0 })
}

/** A minimal RFC 4180 reader, to check the writer. */
function readCsv(text: string): string[][] {
	expect(text.startsWith(UTF8_BOM)).toBe(true)
	const rows: string[][] = []
	let row: string[] = []
	let field = ''
	let quoted = false
	const body = text.slice(1)
	for (let i = 0; i < body.length; i++) {
		const ch = body[i]
		if (quoted) {
			if (ch === '"' && body[i + 1] === '"') {
				field += '"'
				i++
			} else if (ch === '"') quoted = false
			else field += ch
		} else if (ch === '"') quoted = true
		else if (ch === ',') {
			row.push(field)
			field = ''
		} else if (ch === '\r' && body[i + 1] === '\n') {
			row.push(field)
			rows.push(row)
			row = []
			field = ''
			i++
		} else field += ch
	}
	expect(field).toBe('')
	return rows
}

describe('listToCsv', () => {
	it('writes a BOM, CRLF line ends and the Chinese headers', () => {
		const csv = listToCsv(planOf([]), 'needs')
		expect(csv).toBe(`${UTF8_BOM}名称,类别,服务对象,受益人数,紧迫程度,来源,提出人,网格/位置,状态,票数,优先级,说明\r\n`)
		expect(listToCsv(planOf([]), 'needs', 'en').split('\r\n')[0]).toBe(
			`${UTF8_BOM}Name,Category,Target group,Beneficiaries,Urgency,Source,Raised by,Grid / location,Status,Votes,Priority,Description`,
		)
	})

	it('writes enum values as their labels and numbers as numbers', () => {
		const rows = readCsv(
			listToCsv(
				planOf([
					cardRecord('need', 'n', { title: '助餐', urgency: 'high', category: 'wish', beneficiaries: 1e15, votes: 3 }),
				]),
				'needs',
			),
		)
		expect(rows[1]).toEqual(['助餐', '微心愿', '', '1000000000000000', '高', '走访', '', '', '待认领', '3', '1', ''])
		const en = readCsv(listToCsv(planOf([cardRecord('need', 'n', { title: 'x', urgency: 'high' })]), 'needs', 'en'))
		expect(en[1][4]).toBe('High')
	})

	it('writes each need’s 优先级 (rank by votes, ties shared) in vote order; empty when nobody voted', () => {
		const voted = readCsv(
			listToCsv(
				planOf([
					cardRecord('need', 'a', { title: '助餐', votes: 2 }),
					cardRecord('need', 'b', { title: '课业辅导', votes: 6 }),
					cardRecord('need', 'c', { title: '加装电梯', votes: 2 }),
				]),
				'needs',
			),
		)
		const col = voted[0].indexOf('优先级')
		expect(col).toBe(voted[0].indexOf('票数') + 1)
		expect(voted.slice(1).map((r) => [r[0], r[col - 1], r[col]])).toEqual([
			['课业辅导', '6', '1'],
			['加装电梯', '2', '2'],
			['助餐', '2', '2'],
		])
		const none = readCsv(listToCsv(planOf([cardRecord('need', 'a', { title: '助餐' })]), 'needs'))
		expect(none[1][col]).toBe('')
	})

	it('quotes commas, quotes and line breaks (RFC 4180)', () => {
		const title = '他说："你好"，a,b'
		const description = '第一行\r\n第二行\n第三行'
		const rows = readCsv(listToCsv(planOf([cardRecord('need', 'n', { title, description })]), 'needs'))
		expect(rows[1][0]).toBe(title)
		expect(rows[1][11]).toBe(description)
		expect(csvField('a,b')).toBe('"a,b"')
		expect(csvField('say "hi"')).toBe('"say ""hi"""')
		expect(csvField('plain 中文')).toBe('plain 中文')
	})

	it.each(['=HYPERLINK("http://evil")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx'])(
		'neutralises a cell starting like a formula: %j',
		(text) => {
			const rows = readCsv(listToCsv(planOf([cardRecord('need', 'n', { title: text, description: text })]), 'needs'))
			expect(rows[1][11]).toBe(`'${text}`)
			expect(restoreCell(rows[1][11])).toBe(text)
			// Titles are trimmed by the plan; whatever remains is still neutralised when it starts like a formula.
			if (text.trim() === text) expect(rows[1][0]).toBe(`'${text}`)
		},
	)

	it('leaves ordinary text and numbers alone', () => {
		expect(neutraliseCell('社区=家')).toBe('社区=家')
		expect(restoreCell("'普通")).toBe("'普通")
		expect(csvField(-5)).toBe('-5')
	})

	it('adds 联系方式 only when the plan includes private fields', () => {
		const records = [cardRecord('resource', 'r', { title: '场地', contact: '13800000000' })]
		const pub = readCsv(listToCsv(planOf(records), 'resources'))
		expect(pub[0]).not.toContain('联系方式')
		expect(pub.flat()).not.toContain('13800000000')
		const priv = readCsv(listToCsv(planOf(records, true), 'resources'))
		expect(priv[0].at(-1)).toBe('联系方式')
		expect(priv[1].at(-1)).toBe('13800000000')
		expect(pub[0]).toEqual(LIST_COLUMNS.resources.filter((c) => !c.private).map((c) => c.zh))
	})

	it('writes the 匹配表 with each end in its kind’s column', () => {
		const need = cardRecord('need', 'n', { title: '助餐' })
		const resource = cardRecord('resource', 'r', { title: '食堂' })
		const project = cardRecord('project', 'p', { title: '饭堂' })
		const actor = cardRecord('actor', 'a', { title: '企业' })
		const rows = readCsv(
			listToCsv(
				planOf([
					need,
					resource,
					project,
					actor,
					...linkRecords('l1', resource, need, {
						meta: { mechanism: 'market', strategy: 'purchase', quantity: 20, unit: '份', note: '每周' },
					}),
					...linkRecords('l2', project, need),
					...linkRecords('l3', actor, resource),
				]),
				'matches',
			),
		)
		expect(rows).toEqual([
			['主体', '资源', '项目', '需求', '类型', '机制', '配置策略', '数量', '单位', '备注'],
			['', '食堂', '', '助餐', '资源配置', '市场机制', '采购', '20', '份', '每周'],
			['', '', '饭堂', '助餐', '服务', '', '', '', '', ''],
			['企业', '食堂', '', '', '提供', '', '', '', '', ''],
		])
	})

	it('writes a project’s tables one entry per line, readable back', () => {
		const project = cardRecord('project', 'p', {
			title: '饭堂',
			partners: ['甲', '乙'],
			budget: [
				{
					category: 'other',
					item: '场地|租金',
					quantity: null,
					unit: '',
					unitPrice: null,
					amount: 1000,
					source: 'donation',
					form: 'cash',
				},
			],
			indicators: [{ name: '满意度', dimension: 'effectiveness', target: 90, actual: null, unit: '%', baseline: null }],
			activities: [{ date: '2024-03-01', content: '启动\n会', owner: '甲', place: '', participants: '' }],
		})
		const rows = readCsv(listToCsv(planOf([project]), 'projects'))
		const cell = (zh: string) => rows[1][rows[0].indexOf(zh)]
		expect(cell('合作方')).toBe('甲、乙')
		expect(parseTableCell(cell('预算'))).toEqual([['场地|租金', '1000', '社会捐赠', '其他', '', '', '', '资金']])
		expect(parseTableCell(cell('评估指标'))).toEqual([['满意度', '治理效能', '90', '', '%', '']])
		expect(parseTableCell(cell('活动安排'))).toEqual([['2024-03-01', '启动\n会', '甲', '', '']])
	})

	it('writes actors with their roles', () => {
		const rows = readCsv(
			listToCsv(
				planOf([cardRecord('actor', 'a', { title: '街道', roles: ['publisher', 'funder'], actorKind: 'subdistrict' })]),
				'actors',
			),
		)
		expect(rows[0]).toEqual(['名称', '属性', '主体类型', '调度角色', '影响力', '关注度', '说明'])
		expect(rows[1]).toEqual(['街道', '社会', '街道', '发布方、出资方', '3', '3', ''])
	})
})
