import { describe, expect, it } from 'vitest'
import { ImportLimitError } from './importLimits'
import { CsvSyntaxError, parseCsv } from './parseCsv'

describe('parseCsv', () => {
	it.each([
		['empty text', '', []],
		['one field', 'a', [['a']]],
		[
			'simple rows, LF',
			'a,b\nc,d\n',
			[
				['a', 'b'],
				['c', 'd'],
			],
		],
		[
			'CRLF and no final break',
			'a,b\r\nc,d',
			[
				['a', 'b'],
				['c', 'd'],
			],
		],
		['lone CR breaks', 'a\rb\r', [['a'], ['b']]],
		[
			'BOM is dropped',
			'\uFEFF名称,服务对象\n老人助餐,老年人\n',
			[
				['名称', '服务对象'],
				['老人助餐', '老年人'],
			],
		],
		['empty fields', ',,\n', [['', '', '']]],
		['trailing comma', 'a,\n', [['a', '']]],
		['blank line kept', 'a\n\nb\n', [['a'], [''], ['b']]],
		['quoted comma', '"a,b",c', [['a,b', 'c']]],
		['doubled quotes', '"say ""hi""",x', [['say "hi"', 'x']]],
		['quoted CRLF inside', '"line 1\r\nline 2",z\r\n', [['line 1\r\nline 2', 'z']]],
		['quoted empty field', '"",a', [['', 'a']]],
		['quote inside an unquoted field is literal', 'ab"c,d', [['ab"c', 'd']]],
		['quoted field at the end without break', 'a,"b"', [['a', 'b']]],
		['formula-looking text stays text', "'=SUM(A1),x", [["'=SUM(A1)", 'x']]],
	])('%s', (_name, input, expected) => {
		expect(parseCsv(input)).toEqual(expected)
	})

	it('refuses an unclosed quote, naming the line it starts on', () => {
		expect(() => parseCsv('a\n"open,b\nc')).toThrow(CsvSyntaxError)
		try {
			parseCsv('a\n"open,b\nc')
		} catch (error) {
			expect((error as CsvSyntaxError).line).toBe(2)
		}
	})

	it('refuses text after a closing quote', () => {
		expect(() => parseCsv('"a"b,c')).toThrow(/after a closing quote/)
	})

	it('stops at the row limit without reading the rest (20 MB of line breaks)', () => {
		const started = performance.now()
		const error = (() => {
			try {
				parseCsv('\n'.repeat(20 * 1024 * 1024), { rows: 1000, columns: 10, cellChars: 100 })
			} catch (e) {
				return e
			}
		})()
		expect(error).toBeInstanceOf(ImportLimitError)
		expect(error).toMatchObject({ kind: 'rows', limit: 1000, row: 1001 })
		expect(performance.now() - started).toBeLessThan(1000)
	})

	it('stops at the field limit of a row and at the length limit of a field, quoted or not', () => {
		const limits = { rows: 10, columns: 3, cellChars: 5 }
		expect(parseCsv('a,b,c\n"12345",x', limits)).toEqual([
			['a', 'b', 'c'],
			['12345', 'x'],
		])
		expect(() => parseCsv('a\nb,c,d,e', limits)).toThrow(expect.objectContaining({ kind: 'columns', row: 2 }))
		expect(() => parseCsv('123456', limits)).toThrow(expect.objectContaining({ kind: 'cellChars', row: 1 }))
		expect(() => parseCsv('x\n"12""3456"', limits)).toThrow(expect.objectContaining({ kind: 'cellChars', row: 2 }))
		expect(() => parseCsv('a\nb\nc\n', { ...limits, rows: 2 })).toThrow(/more than 2 rows \(limit\)/)
	})
})
