import { describe, expect, it } from 'vitest'
import { ACTOR_KINDS, URGENCIES } from '../domain/enums'
import {
	enumLookup,
	type NumberRule,
	parseDateCell,
	parseEnumCell,
	parseNumberCell,
	splitListCell,
} from './parseCellValue'

describe('parseNumberCell', () => {
	it.each([
		['', null],
		['  ', null],
		['0', 0],
		['42', 42],
		['700000', 700000],
		['700,000', 700000],
		['1,234,567.5', 1234567.5],
		['700，000', 700000],
		['７００', 700],
		[' 12.5 ', 12.5],
		['.5', 0.5],
		['70万', 700000],
		['1.5亿', 150000000],
		['3千', 3000],
		['-0', 0],
		['1e3', null],
	])('%j → %j', (cell, expected) => {
		const result = parseNumberCell(cell)
		if (expected === null && cell.trim() !== '') {
			expect(result.ok).toBe(false)
			return
		}
		expect(result).toEqual({ ok: true, value: expected })
	})

	it.each<[string, RegExp, NumberRule?]>([
		['abc', /不是数字/],
		['50 人', /不是数字/],
		['70,00', /不是数字/],
		['1,2,3', /不是数字/],
		['万', /不是数字/],
		['1.5', /整数/, { integer: true }],
		['-1', /不能小于 0/, { min: 0 }],
		['6', /不能大于 5/, { max: 5 }],
	])('refuses %j', (cell, message, rule = {}) => {
		const result = parseNumberCell(cell, rule)
		expect(result.ok).toBe(false)
		if (!result.ok) {
			expect(result.message.zh).toMatch(message)
			expect(result.message.en).toMatch(/\S/)
		}
	})
})

describe('parseEnumCell', () => {
	const urgency = enumLookup(URGENCIES, { high: ['1'] })
	it.each([
		['高', 'high'],
		['High', 'high'],
		['HIGH', 'high'],
		[' high ', 'high'],
		['中', 'medium'],
		['low', 'low'],
		['1', 'high'],
		['', null],
	])('urgency %j → %j', (cell, value) => {
		expect(parseEnumCell(cell, URGENCIES, urgency)).toEqual({ ok: true, value })
	})

	it('refuses an unknown word, listing the labels', () => {
		const result = parseEnumCell('很急', URGENCIES, urgency)
		expect(result.ok).toBe(false)
		if (!result.ok) {
			expect(result.message.zh).toBe('“很急”不是有效的值，应为：高 / 中 / 低')
			expect(result.message.en).toContain('High / Medium / Low')
		}
	})

	it.each([
		['企业/商户', 'enterprise'],
		['企业', 'enterprise'],
		['商户', 'enterprise'],
		['Merchant', 'enterprise'],
		['检察院', 'court'],
		['enterprise', 'enterprise'],
	])('a part of a label written with "/" is accepted: %j → %j', (cell, value) => {
		expect(parseEnumCell(cell, ACTOR_KINDS)).toEqual({ ok: true, value })
	})
})

describe('parseDateCell', () => {
	it.each([
		['', ''],
		['2024-03-01', '2024-03-01'],
		['2024/3/1', '2024-03-01'],
		['2024.3.1', '2024-03-01'],
		['2024年3月1日', '2024-03-01'],
	])('%j → %j', (cell, value) => {
		expect(parseDateCell(cell)).toEqual({ ok: true, value })
	})

	it.each(['2024-02-30', 'March 1', '2024-13-01'])('refuses %j', (cell) => {
		expect(parseDateCell(cell).ok).toBe(false)
	})
})

describe('splitListCell', () => {
	it('splits on Chinese and Latin separators and drops blanks', () => {
		expect(splitListCell('P社工机构、 C社区两委,YM交投；；志愿队\n学校')).toEqual([
			'P社工机构',
			'C社区两委',
			'YM交投',
			'志愿队',
			'学校',
		])
		expect(splitListCell('  ')).toEqual([])
		expect(splitListCell('区法院/检察院')).toEqual(['区法院/检察院'])
	})
})
