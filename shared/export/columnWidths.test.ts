import { describe, expect, it } from 'vitest'
import { columnWidths, displayWidth } from './columnWidths'
import { column } from './planBlocks'

const OPTS = { width: 8306, charWidth: 105, margins: 160 }

describe('columnWidths', () => {
	it('counts CJK characters as two half-width ones, and the space between CJK and Latin', () => {
		expect(displayWidth('P社工机构')).toBe(10)
		expect(displayWidth('1,160,000 元')).toBe(12)
		expect(displayWidth('2026年12月31日')).toBe(17)
		expect(displayWidth('一\n二三')).toBe(4)
	})

	it('makes figure and date columns as wide as their widest cell, and fills the width', () => {
		const { widths, squeezed } = columnWidths(
			[
				column('项目', 'text', { minChars: 8 }),
				column('牵头方', 'text'),
				column('金额', 'money'),
				column('开始日期', 'date'),
			],
			[
				['青阳课堂', 'P社工机构', '1,160,000 元', '2026年12月31日'],
				['爱心义剪', '', '3,000 元', '2026年3月1日'],
			],
			OPTS,
		)
		expect(squeezed).toBe(false)
		expect(widths[2]).toBeGreaterThanOrEqual(12 * 105 + 160)
		expect(widths[3]).toBeGreaterThanOrEqual(17 * 105 + 160)
		// The 牵头方 column holds "P社工机构" on one line: never one character wide.
		expect(widths[1]).toBeGreaterThanOrEqual(9 * 105 + 160)
		expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(OPTS.width)
		expect(widths.reduce((a, b) => a + b, 0)).toBeGreaterThan(OPTS.width - 10)
	})

	it('shares the width left among text columns by weight, and says when even the minimums do not fit', () => {
		const text = '字'.repeat(100)
		const { widths } = columnWidths(
			[column('a', 'text', { weight: 1 }), column('b', 'text', { weight: 3 })],
			[[text, text]],
			OPTS,
		)
		expect(widths[1]).toBeGreaterThan(widths[0] * 2)
		const many = Array.from({ length: 12 }, (_, i) => column(`列${i}`, 'text', { minChars: 10 }))
		const tight = columnWidths(many, [], OPTS)
		expect(tight.squeezed).toBe(true)
		expect(tight.widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(OPTS.width)
	})
})
