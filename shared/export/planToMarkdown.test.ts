import { describe, expect, it } from 'vitest'
import { derivePlan } from '../plan/derivePlan'
import { cardRecord, linkRecords } from '../plan/planTestRecords'
import { createTemplateContext } from '../templates/createTemplateContext'
import { exampleTemplate } from '../templates/exampleTemplate'
import type { PlainRecord } from '../ydocLayout'
import { mdCell, mdInline, mdParagraph, mdTable } from './markdownText'
import { PLAN_SECTIONS, planSection, planToMarkdown } from './planToMarkdown'

function md(records: PlainRecord[], opts: { lang?: 'zh' | 'en'; includePrivate?: boolean } = {}): string {
	const plan = derivePlan(records, { title: '幸福社区', includePrivate: opts.includePrivate ?? false, now: 0 })
	return planToMarkdown(plan, { lang: opts.lang })
}

/** The text of a section, from its heading to the next `## `. */
function section(text: string, title: string): string {
	const start = text.indexOf(`## ${title}\n`)
	expect(start).toBeGreaterThanOrEqual(0)
	const end = text.indexOf('\n## ', start + 3)
	return text.slice(start, end === -1 ? undefined : end)
}

describe('planToMarkdown', () => {
	it('has the outline of PRODUCT.md, in order', () => {
		expect(PLAN_SECTIONS.map((s) => s.zh)).toEqual([
			'封面',
			'一、项目概要',
			'二、背景与需求分析',
			'三、资源评估',
			'四、项目目标',
			'五、服务对象与受益人数',
			'六、实施内容与进度安排',
			'七、组织架构与多方分工',
			'八、资源配置与供需匹配方案',
			'九、项目预算',
			'十、风险与应对',
			'十一、评估指标',
			'十二、可持续性与居民参与',
			'附件',
		])
		const text = md([])
		let last = -1
		for (const s of PLAN_SECTIONS) {
			const at = text.indexOf(`## ${s.zh}\n`)
			expect(at).toBeGreaterThan(last)
			last = at
		}
	})

	it('an empty board says so plainly in every section', () => {
		const text = md([])
		expect(text.startsWith('# 幸福社区 项目计划书\n')).toBe(true)
		for (const s of PLAN_SECTIONS) {
			if (s.id === 'cover') continue
			expect(section(text, s.zh)).toContain(s.empty.zh)
		}
		expect(section(text, '四、项目目标')).toContain('（暂无数据：白板上还没有项目卡片）')
	})

	it('English headings and empty notes with lang=en', () => {
		const text = md([], { lang: 'en' })
		for (const s of PLAN_SECTIONS) expect(text).toContain(`## ${s.en}\n`)
		expect(text).toContain(planSection('goals').empty.en)
	})

	it('fills the sections from the example board', () => {
		const records = exampleTemplate.build(createTemplateContext({ idPrefix: 'x' })) as unknown as PlainRecord[]
		const text = md(records)
		expect(section(text, '封面')).toContain('P社工机构')
		expect(section(text, '二、背景与需求分析')).toContain('| 青少年周末课业辅导 |')
		expect(section(text, '三、资源评估')).toContain('### 政府资源')
		expect(section(text, '三、资源评估')).toContain('政府购买服务资金')
		expect(section(text, '八、资源配置与供需匹配方案')).toContain('#### 行政借力')
		expect(section(text, '九、项目预算')).toContain('1,160,000')
		expect(section(text, '十一、评估指标')).toContain('孵化社区社会组织')
		expect(section(text, '附件')).toContain('### 附件一：需求清单')
		for (const s of PLAN_SECTIONS) {
			if (s.id === 'risks') continue // the example has no risks written
			expect(section(text, s.zh)).not.toContain(s.empty.zh)
		}
	})

	it('lists the needs by the priority a vote gave them, with 票数 and 优先级', () => {
		const text = section(
			md([
				cardRecord('need', 'a', { title: '助餐', urgency: 'high', votes: 2 }),
				cardRecord('need', 'b', { title: '课业辅导', urgency: 'low', votes: 6 }),
				cardRecord('need', 'c', { title: '加装电梯', urgency: 'medium', votes: 2 }),
				cardRecord('need', 'd', { title: '微心愿', urgency: 'high' }),
			]),
			'二、背景与需求分析',
		)
		expect(text).toContain('需求按投票确定的优先级（票数）和紧迫程度排列如下')
		expect(text).toContain('| 序号 | 需求 | 类别 | 服务对象 | 受益人数 | 紧迫程度 | 来源 | 票数 | 优先级 | 满足方式 |')
		const rows = text.split('\n').filter((l) => /^\| \d/.test(l))
		const cells = rows.map((l) =>
			l
				.split('|')
				.slice(1, -1)
				.map((c) => c.trim()),
		)
		expect(cells.map((c) => [c[1], c[7], c[8]])).toEqual([
			['课业辅导', '6', '1'],
			['助餐', '2', '2'],
			['加装电梯', '2', '2'],
			['微心愿', '0', '4'],
		])
	})

	it('says the needs are ordered by urgency, with an empty 优先级, when nobody voted', () => {
		const text = section(md([cardRecord('need', 'a', { title: '助餐' })]), '二、背景与需求分析')
		expect(text).toContain('需求按紧迫程度排列如下')
		expect(text).not.toContain('投票')
		expect(text).toMatch(/\| 1 \| 助餐 \|.*\| 0 \|\s+\| 尚未满足 \|/)
		const en = section(
			md([cardRecord('need', 'a', { title: 'x', votes: 1 })], { lang: 'en' }),
			'2. Background and needs analysis',
		)
		expect(en).toContain('| Votes | Priority | Met by |')
	})

	it('renders card text as text: Markdown and HTML escaped, | escaped in cells', () => {
		const evil = '<script>alert(1)</script> **粗** [链接](http://x) a|b `code`'
		const need = cardRecord('need', 'n', { title: evil, description: '# 标题\n- 列表' })
		const resource = cardRecord('resource', 'r', { title: '资源|1' })
		const text = md([
			need,
			resource,
			...linkRecords('l', resource, need, { meta: { quantity: 1, note: '<img src=x>' } }),
		])
		expect(text).not.toContain('<script>')
		expect(text).not.toContain('<img')
		expect(text).toContain('&lt;script>')
		expect(text).toContain('\\*\\*粗\\*\\*')
		expect(text).toContain('\\[链接\\]')
		expect(text).toContain('a\\|b')
		expect(text).toContain('资源\\|1')
		// Every table row still has as many cells as its header.
		for (const block of text.split('\n\n')) {
			const lines = block.split('\n').filter((l) => l.startsWith('| '))
			if (lines.length === 0) continue
			const cells = (l: string) => l.replace(/\\\|/g, '').split('|').length
			for (const l of lines) expect(cells(l)).toBe(cells(lines[0]))
		}
	})

	it('shows the applicant’s contact on the cover only with private fields', () => {
		const records = [
			cardRecord('actor', 'a', { title: 'P社工机构', actorKind: 'socialWorkOrg', contact: '0531-1234567' }),
			cardRecord('project', 'p', { title: '项目', leadActor: 'P社工机构' }),
		]
		expect(md(records)).not.toContain('联系方式')
		expect(md(records)).not.toContain('0531')
		expect(section(md(records, { includePrivate: true }), '封面')).toContain('**联系方式**：0531-1234567')
	})
})

describe('markdown text', () => {
	it.each([
		['# 标题', '\\# 标题'],
		['1. 第一', '1\\. 第一'],
		['- 项', '\\- 项'],
		['a_b*c', 'a\\_b\\*c'],
		['a & b', 'a & b'],
		['&lt;b&gt;', '&amp;lt;b&amp;gt;'],
		['> 引用', '\\> 引用'],
		['行1\n行2', '行1 行2'],
	])('mdInline(%j) = %j', (input, expected) => {
		expect(mdInline(input)).toBe(expected)
	})

	it('keeps line breaks in paragraphs and cells', () => {
		expect(mdParagraph('一\n> 二')).toBe('一  \n\\> 二')
		expect(mdCell('一\n二|三')).toBe('一<br>二\\|三')
	})

	it('builds a table', () => {
		expect(
			mdTable(
				['甲', '乙'],
				[
					['1', 2],
					['', 'x|y'],
				],
			),
		).toBe('| 甲 | 乙 |\n| --- | --- |\n| 1 | 2 |\n|   | x\\|y |')
	})
})
