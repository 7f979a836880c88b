import { describe, expect, it } from 'vitest'
import { formatTableCell, parseTableCell } from './tableCell'

describe('table cells', () => {
	it.each([
		[[['a', 'b', 'c']]],
		[
			[
				['a|b', 'c\\d', 'e\nf'],
				['', '', ''],
			],
		],
		[
			[
				['场地', '1000', '捐赠'],
				['物资', '', '企业'],
			],
		],
	])('round-trips %j', (entries) => {
		const cell = formatTableCell(entries)
		const back = parseTableCell(cell)
		expect(back.map((r) => r.map((f) => f))).toEqual(entries.map((r) => r.map((f) => f.trim())))
	})

	it('reads hand-typed cells', () => {
		expect(parseTableCell('场地 | 1000 | 捐赠\r\n\r\n物资|5|企业')).toEqual([
			['场地', '1000', '捐赠'],
			['物资', '5', '企业'],
		])
		expect(parseTableCell('')).toEqual([])
	})
})
