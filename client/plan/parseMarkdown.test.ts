import { describe, expect, it } from 'vitest'
import { inlineRuns, parseMarkdown, splitRow } from './parseMarkdown'

describe('parseMarkdown', () => {
	it('reads headings, paragraphs, lists, tables, quotes and rules', () => {
		const md = [
			'# 项目计划书',
			'',
			'## 一、项目概要',
			'第一段',
			'接着第一段',
			'',
			'- 甲',
			'- 乙',
			'',
			'| 名称 | 数量 |',
			'| --- | --- |',
			'| 图书 | 100 |',
			'| a \\| b | 甲<br>乙 |',
			'',
			'> （暂无数据）',
			'',
			'---',
		].join('\n')
		expect(parseMarkdown(md)).toEqual([
			{ type: 'heading', level: 1, text: '项目计划书' },
			{ type: 'heading', level: 2, text: '一、项目概要' },
			{ type: 'paragraph', text: '第一段\n接着第一段' },
			{ type: 'list', items: ['甲', '乙'] },
			{
				type: 'table',
				header: ['名称', '数量'],
				rows: [
					['图书', '100'],
					['a | b', '甲\n乙'],
				],
			},
			{ type: 'quote', text: '（暂无数据）' },
			{ type: 'rule' },
		])
	})

	it('keeps markup in card text as plain text', () => {
		const [block] = parseMarkdown('<script>alert(1)</script> \\*not bold\\*')
		expect(block).toEqual({ type: 'paragraph', text: '<script>alert(1)</script> *not bold*' })
	})

	it('splits table rows on unescaped pipes only', () => {
		expect(splitRow('| a | b \\| c | d |')).toEqual(['a', 'b | c', 'd'])
	})

	it('marks bold runs and keeps escaped asterisks literal', () => {
		const [block] = parseMarkdown('- **项目名称**：C社区 \\*\\*不是粗体\\*\\*')
		expect(block.type).toBe('list')
		const item = (block as { items: string[] }).items[0]
		expect(inlineRuns(item)).toEqual([
			{ text: '项目名称', bold: true },
			{ text: '：C社区 **不是粗体**', bold: false },
		])
	})
})
