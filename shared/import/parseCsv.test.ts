import { describe, expect, it } from 'vitest'
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
})
