import { describe, expect, it } from 'vitest'
import { derivePlan } from '../plan/derivePlan'
import { cardRecord, linkRecords } from '../plan/planTestRecords'
import type { PlainRecord } from '../ydocLayout'
import { mdCell, mdInline, mdParagraph, mdTable } from './markdownText'
import { fullPlan } from './planTestBoard'
import { PLAN_SECTIONS, planSection, planToMarkdown } from './planToMarkdown'

function md(records: PlainRecord[], opts: { lang?: 'zh' | 'en'; includePrivate?: boolean } = {}): string {
	const plan = derivePlan(records, { title: '幸福社区', includePrivate: opts.includePrivate ?? false, now: 0 })
	return planToMarkdown(plan, { lang: opts.lang })
}

/** The text of a section, from its heading to the next `## `. */
function section(text: string, title: string): string {
	const start = text.indexOf(`## ${title}\n`)
	expect(start, title).toBeGreaterThanOrEqual(0)
	const end = text.indexOf('\n## ', start + 3)
	return text.slice(start, end === -1 ? undefined : end)
}

/** The rows of the first table in `text`, as trimmed cells (header first, separator left out). */
function firstTable(text: string): string[][] {
	const block = text.split('\n\n').find((b) => b.startsWith('| ')) ?? ''
	const lines = block.split('\n').filter((l) => l.startsWith('| '))
	return lines
		.filter((l) => !/^\|\s*:?-{3}/.test(l))
		.map((l) =>
			l
				.slice(2, -2)
				.split(/(?<!\\) \| /)
				.map((c) => c.trim()),
		)
}

/** Words a reviewer would send back: software jargon, and 0 written for what nobody reported. */
const JARGON = ['卡片', '白板上', '暂无数据', '连线', '指标数', 'undefined', 'null', 'NaN']

describe('planToMarkdown', () => {
	it('has the outline of PRODUCT.md, in order, after the cover', () => {
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
		for (const s of PLAN_SECTIONS.filter((x) => x.id !== 'cover')) {
			const at = text.indexOf(`## ${s.zh}\n`)
			expect(at, s.zh).toBeGreaterThan(last)
			last = at
		}
	})

	it('an empty board says so plainly in every section, without jargon', () => {
		const text = md([])
		expect(text.startsWith('# 幸福社区\n\n**项目计划书**\n')).toBe(true)
		for (const s of PLAN_SECTIONS) {
			if (s.id === 'cover') continue
			expect(section(text, s.zh)).toContain(s.empty.zh)
		}
		for (const word of JARGON) expect(text).not.toContain(word)
	})

	it('English headings and empty notes with lang=en', () => {
		const text = md([], { lang: 'en' })
		for (const s of PLAN_SECTIONS.filter((x) => x.id !== 'cover')) expect(text).toContain(`## ${s.en}\n`)
		expect(text).toContain(planSection('goals').empty.en)
	})

	it('writes the cover from the 计划书信息 with a Chinese date, the phone only with private fields', () => {
		const pub = planToMarkdown(fullPlan())
		expect(pub.startsWith('# 邻里纽带·C社区营造计划\n')).toBe(true)
		for (const line of [
			'- **项目名称**：邻里纽带·C社区营造计划',
			'- **申报单位**：P社工机构',
			'- **执行单位**：P社工机构',
			'- **联系人**：王社工',
			'- **项目周期**：2026年3月1日至2026年12月31日',
			'- **申请金额**：20,000 元',
			'- **日期**：2026年12月6日',
		]) {
			expect(pub).toContain(line)
		}
		expect(pub).not.toContain('联系电话')
		expect(pub).not.toContain('0531')
		const priv = planToMarkdown(fullPlan({ includePrivate: true }), { contactPhone: '0531-7654321' })
		expect(priv).toContain('- **联系电话**：0531-7654321')
		expect(planToMarkdown(fullPlan(), { contactPhone: '0531-7654321' })).not.toContain('0531-7654321')
	})

	it('names a single need source without counting it twice', () => {
		const records = [
			cardRecord('need', '看护', { title: '青少年周末看护', source: 'visit' }),
			cardRecord('need', '理发', { title: '老年人理发', source: 'visit' }),
		]
		const text = section(md(records), '二、背景与需求分析')
		expect(text).toContain('通过走访共识别需求 2 项')
		expect(text).not.toMatch(/走访 2 项共识别/)
	})

	it('fills 概要, 背景, 目标 and 实施 from the plan content', () => {
		const text = planToMarkdown(fullPlan())
		expect(section(text, '一、项目概要')).toContain('以社区营造为方向')
		expect(section(text, '一、项目概要')).toContain('2021年获评4A级')
		expect(section(text, '二、背景与需求分析')).toContain('### （一）社区概况')
		expect(section(text, '二、背景与需求分析')).toContain('社区常住人口约 20,000 人')
		// Only one need gives a number: the plan says so instead of a total that looks complete.
		expect(section(text, '二、背景与需求分析')).toContain('其中 1 项填报了受益人数（合计 120 人），其余 2 项未填报')
		const goals = section(text, '四、项目目标')
		expect(goals).toContain('整合政府、市场、社会资源')
		expect(goals).toContain('参与青少年人次由 60 人次提升至 120 人次')
		const schedule = section(text, '六、实施内容与进度安排')
		expect(schedule).toContain('| 2026年3月7日 | 青阳课堂 | 开班仪式 | 新时代文明实践站 | P社工机构 | 青少年 40 人 |')
		expect(schedule).not.toContain('尚未填写活动安排')
		expect(md([cardRecord('project', 'p', { title: '项目' })])).toContain('尚未填写活动安排')
	})

	it('writes the 调度流程表: who published, applied, coordinated and carried out each project, with its dated trail', () => {
		const rows = firstTable(section(planToMarkdown(fullPlan()), '七、组织架构与多方分工').split('### （二）')[1])
		expect(rows[0]).toEqual(['项目', '发布方', '申请方', '统筹方', '执行方', '流程记录'])
		expect(rows.find((r) => r[0] === '青阳课堂')).toEqual([
			'青阳课堂',
			'街道办事处',
			'C社区两委',
			'P社工机构',
			'P社工机构',
			'发布 2026年2月10日 街道办事处<br>申请 2026年2月20日 C社区两委',
		])
	})

	it('writes the 匹配表 one row per need: 需求｜项目｜资源｜提供方｜机制｜数量, no 从/到, no kind prefixes', () => {
		const text = section(planToMarkdown(fullPlan()), '八、资源配置与供需匹配方案')
		const rows = firstTable(text)
		expect(rows[0]).toEqual(['需求', '项目', '资源', '提供方', '机制', '数量'])
		// 青少年周末课业辅导: its own volunteers, and the resources of 青阳课堂 that serves it.
		const needs = rows.slice(1).map((r) => r[0])
		expect(needs.filter((n) => n !== '')).toEqual(['青少年周末课业辅导', '老年人理发', '独居老人陪伴'])
		expect(rows[1]).toEqual([
			'青少年周末课业辅导',
			'青阳课堂',
			'政府购买服务资金',
			'街道办事处',
			'行政借力<br>（购买服务）',
			'20,000 元',
		])
		expect(rows.slice(1).some((r) => r[4] === '社会机制<br>（志愿手段）' && r[5] === '20 人')).toBe(true)
		expect(rows.at(-1)).toEqual(['独居老人陪伴', '尚未匹配', '', '', '', ''])
		expect(text).not.toMatch(/\| 从 \||\| 到 \||\| (资源|需求|项目)：/)
	})

	it('keeps cash and values in kind apart in 九, by category and by source with 自筹 and 配套', () => {
		const text = section(planToMarkdown(fullPlan()), '九、项目预算')
		expect(text).toContain('| 青阳课堂 | 人员 | 辅导老师补贴 | 40 次 × 500 元 | 20,000 元 | 政府购买 |')
		expect(text).toContain('| 青阳课堂 | 志愿服务时长 | 大学生志愿服务 | 400 小时 × 25 元/小时 | 10,000 元 | 自筹 |')
		expect(text).toContain('| 青阳课堂 | 物资 | 图书 | 300 册 × 30 元 | 9,000 元 | 社会捐赠 |')
		expect(text).toContain('| 企业配套 | 3,000 元 | 0 元 | 3,000 元 |')
		expect(text).toContain('项目周期（2026年3月1日至2026年12月31日）内项目预算合计 42,000 元')
	})

	it('writes risks as a table and indicators 基线 → 目标 → 实际 with 未填报, never 0, and the 资源撬动比', () => {
		const text = planToMarkdown(fullPlan())
		expect(firstTable(section(text, '十、风险与应对'))).toEqual([
			['项目', '风险', '应对措施'],
			['青阳课堂', '志愿者流失', '与高校签订合作协议，建立志愿者梯队'],
		])
		const evaluation = section(text, '十一、评估指标')
		expect(evaluation).toContain('| 青阳课堂 | 参与青少年人次 | 60 人次 | 120 人次 | 未填报 |')
		expect(evaluation).toContain('| 青阳课堂 | 家长满意度 | 未设定 | 90 % | 92 % |')
		expect(evaluation).toContain('| 资源撬动比（政府 : 社会） | 1\u00a0:\u00a0')
		expect(evaluation).toContain('| 直接受益人数 | 200 人次 |')
		expect(evaluation).toContain('| 间接受益人数 | 360 人次 |')
		expect(evaluation).toContain('| 志愿服务时长 | 未填报 |')
		expect(evaluation).not.toMatch(/\| 0 (小时|人次|元)? ?\|/)
		for (const word of JARGON) expect(text).not.toContain(word)
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
		const rows = firstTable(text)
		expect(rows[0]).toEqual([
			'序号',
			'需求',
			'类别',
			'服务对象',
			'受益人数',
			'紧迫程度',
			'来源',
			'票数',
			'优先级',
			'满足方式',
		])
		expect(rows.slice(1).map((c) => [c[1], c[7], c[8]])).toEqual([
			['课业辅导', '6 票', '1'],
			['助餐', '2 票', '2'],
			['加装电梯', '2 票', '2'],
			['微心愿', '0 票', '4'],
		])
	})

	it('says the needs are ordered by urgency, without 票数, when nobody voted', () => {
		const text = section(md([cardRecord('need', 'a', { title: '助餐' })]), '二、背景与需求分析')
		expect(text).toContain('需求按紧迫程度排列如下')
		expect(text).not.toContain('投票')
		expect(text).toMatch(/\| 1 \| 助餐 \|.*\| 未填报 \|.*\| 尚未匹配 \|/)
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
