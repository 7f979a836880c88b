import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { PLAN_SECTIONS } from '../../shared/export/planSections'
import { fullPlan } from '../../shared/export/planTestBoard'
import { derivePlan } from '../../shared/plan/derivePlan'
import { cardRecord } from '../../shared/plan/planTestRecords'
import type { Plan } from '../../shared/plan/planTypes'
import { createSeedRecords, DEFAULT_PAGE_NAME } from '../../shared/seedRecords'
import { createTemplateContext } from '../../shared/templates/createTemplateContext'
import { exampleTemplate } from '../../shared/templates/exampleTemplate'
import { planToDocx } from '../export/planToDocx'
import { decodePng, encodePng } from '../export/pngCodec'
import { pngSize } from '../export/pngSize'
import { makePng } from './makePng'

function examplePlan(): Plan {
	const records = [
		...createSeedRecords(DEFAULT_PAGE_NAME),
		...exampleTemplate.build(createTemplateContext({ idPrefix: 'ex' })),
	]
	return derivePlan(records, { title: 'C社区整合式合作示例', includePrivate: false, now: Date.UTC(2024, 2, 1) })
}

function emptyPlan(): Plan {
	return derivePlan(createSeedRecords(DEFAULT_PAGE_NAME), { title: '空白板', includePrivate: false, now: 0 })
}

function unescapeXml(text: string): string {
	return text
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&amp;/g, '&')
}

interface DocParagraph {
	style: string | null
	text: string
}

/** The body's paragraphs (in order, tables' cell paragraphs included) with their style and text. */
function paragraphs(xml: string): DocParagraph[] {
	return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
		style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? null,
		text: unescapeXml([...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
	}))
}

/** The rows of the first table after the heading whose text is `headingText`, as cell texts. */
function tableAfter(xml: string, headingText: string, level = 1): string[][] {
	const headingAt = xml.search(new RegExp(`<w:pStyle w:val="Heading${level}"/>[\\s\\S]{0,400}?${headingText}`))
	expect(headingAt).toBeGreaterThan(0)
	const start = xml.indexOf('<w:tbl>', headingAt)
	const end = xml.indexOf('</w:tbl>', start)
	const table = xml.slice(start, end)
	return [...table.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([tr]) =>
		[...tr.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([tc]) =>
			paragraphs(tc)
				.map((p) => p.text)
				.join('\n'),
		),
	)
}

async function openDocx(data: Uint8Array): Promise<{ zip: JSZip; xml: string }> {
	const zip = await JSZip.loadAsync(data)
	const file = zip.file('word/document.xml')
	if (!file) throw new Error('no word/document.xml')
	return { zip, xml: await file.async('string') }
}

/** The column widths (twips) of the first table after the heading `headingText`. */
function widthsAfter(xml: string, headingText: string, level = 1): number[] {
	const headingAt = xml.search(new RegExp(`<w:pStyle w:val="Heading${level}"/>[\\s\\S]{0,400}?${headingText}`))
	expect(headingAt).toBeGreaterThan(0)
	const grid = xml.slice(xml.indexOf('<w:tblGrid>', headingAt), xml.indexOf('</w:tblGrid>', headingAt))
	return [...grid.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))
}

function onPath(command: string): string | null {
	const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' })
	return found.status === 0 ? found.stdout.trim() : null
}

const soffice = onPath('soffice') ?? onPath('libreoffice')

/** Random pixels: a PNG that does not compress (a worst case for the Word file's size). */
function noisyPng(width: number, height: number, seed: number): Uint8Array {
	const data = new Uint8Array(width * height * 4)
	let x = seed
	for (let i = 0; i < data.length; i++) {
		x = (x * 1103515245 + 12345) >>> 0
		data[i] = i % 4 === 3 ? 255 : x >>> 24
	}
	return encodePng({ width, height, data })
}

/** Words a reviewer would send back: software jargon, and 0 written for what nobody reported. */
const JARGON = ['卡片', '白板上', '暂无数据', '连线', '指标数', 'undefined', 'NaN']

describe('planToDocx', { timeout: 60_000 }, () => {
	it('writes every section heading of PLAN_SECTIONS, in order, as a Word Heading 1 after the cover and the contents', async () => {
		const plan = examplePlan()
		const { zip, xml } = await openDocx(await planToDocx(plan, { lang: 'zh' }))
		const headings = paragraphs(xml)
			.filter((p) => p.style === 'Heading1')
			.map((p) => p.text)
		expect(headings).toEqual(PLAN_SECTIONS.filter((s) => s.id !== 'cover').map((s) => s.zh))
		// The cover: the plan's name and the form fields, before the contents; the date in Chinese.
		const text = paragraphs(xml).map((p) => p.text)
		const contents = text.indexOf('目录')
		expect(contents).toBeGreaterThan(0)
		for (const label of ['项目名称：', '申报单位：', '执行单位：', '联系人：', '项目周期：', '申请金额：', '日期：']) {
			expect(text.indexOf(label), label).toBeGreaterThan(-1)
			expect(text.indexOf(label)).toBeLessThan(contents)
		}
		expect(text.slice(0, contents)).toContain('C社区整合式合作示例')
		expect(text.slice(0, contents)).toContain('2024年3月1日')
		expect(xml).not.toContain('2024-03-01')
		// A table of contents field of the headings, with page numbers, and Word told to update fields on opening.
		expect(xml).toMatch(/TOC \\h \\o &quot;1-2&quot;/)
		const toc = xml.slice(xml.indexOf('<w:sdt>'), xml.indexOf('</w:sdt>'))
		const entries = paragraphs(toc).filter((p) => p.text !== '')
		expect(entries.length).toBeGreaterThan(PLAN_SECTIONS.length)
		expect(
			entries.every((p) => /\d+$/.test(p.text)),
			entries.map((p) => p.text).join('\n'),
		).toBe(true)
		const settings = (await zip.file('word/settings.xml')?.async('string')) ?? ''
		expect(settings).toMatch(/<w:updateFields( w:val="(true|1)")?\/>/)
	})

	it('numbers the parts of a section (（一）（二）) as Heading 2', async () => {
		const { xml } = await openDocx(await planToDocx(fullPlan(), { lang: 'zh' }))
		const h2 = paragraphs(xml)
			.filter((p) => p.style === 'Heading2')
			.map((p) => p.text)
		expect(h2.slice(0, 3)).toEqual(['（一）项目基本情况', '（二）项目定位', '（三）申报单位简介'])
		expect(h2).toContain('（二）活动调度中心调度流程')
	})

	it('fills the needs table with one row per need, in the plan order, with urgency and source', async () => {
		const plan = examplePlan()
		const { xml } = await openDocx(await planToDocx(plan, { lang: 'zh' }))
		const rows = tableAfter(xml, '（二）需求分析', 2)
		expect(rows[0]).toEqual(['序号', '需求', '类别', '服务对象', '受益人数', '紧迫程度', '来源', '满足方式'])
		expect(rows.slice(1).map((r) => r[1])).toEqual(plan.needs.map((n) => n.title))
		expect(rows.slice(1).every((r) => ['高', '中', '低'].includes(r[5]))).toBe(true)
		expect(rows.slice(1).every((r) => r[6] !== '')).toBe(true)
		// A need without a number of beneficiaries says 未填报, never 0.
		expect(rows.slice(1).every((r) => r[4] === '未填报' || /^[\d,]+ 人$/.test(r[4]))).toBe(true)
		const actors = tableAfter(xml, '（一）参与主体与分工', 2)
		expect(actors.length - 1).toBe(plan.actors.length)
	})

	it('writes the 匹配表 one row per need: 需求｜项目｜资源｜提供方｜机制｜数量, the need merged over its resources', async () => {
		const plan = fullPlan()
		const { xml } = await openDocx(await planToDocx(plan, { lang: 'zh' }))
		const rows = tableAfter(xml, '（一）供需匹配表', 2)
		expect(rows[0]).toEqual(['需求', '项目', '资源', '提供方', '机制', '数量'])
		// Each need starts one row group; its later rows continue the merged need cell.
		const headingAt = xml.search(/<w:pStyle w:val="Heading2"\/>[\s\S]{0,400}?（一）供需匹配表/)
		const table = xml.slice(xml.indexOf('<w:tbl>', headingAt), xml.indexOf('</w:tbl>', headingAt))
		// 青少年周末课业辅导 has three resources: its need and project cells are merged down over them.
		expect((table.match(/<w:vMerge w:val="restart"\/>/g) ?? []).length).toBe(2)
		expect((table.match(/<w:vMerge w:val="continue"\/>/g) ?? []).length).toBe(4)
		const needs = rows
			.slice(1)
			.map((r) => r[0])
			.filter((t) => plan.needs.some((n) => n.title === t))
		expect(needs).toEqual(plan.needs.map((n) => n.title))
		expect(rows[1]).toEqual([
			'青少年周末课业辅导',
			'青阳课堂',
			'政府购买服务资金',
			'街道办事处',
			'行政借力（购买服务）',
			'20,000 元',
		])
		const text = paragraphs(xml).map((p) => p.text)
		expect(text).not.toContain('从')
		expect(text.some((t) => /^(资源|需求|项目)：/.test(t))).toBe(false)
	})

	it('gives figures, dates and names columns wide enough never to break, and formats every cell', async () => {
		const { xml } = await openDocx(await planToDocx(fullPlan(), { lang: 'zh' }))
		// 项目 | 牵头方 | 开始日期 | 结束日期 | 当前阶段: 牵头方 fits "P社工机构", a date fits "2026年12月31日".
		const schedule = widthsAfter(xml, '（一）项目周期与进度', 2)
		expect(schedule).toHaveLength(5)
		expect(schedule[1]).toBeGreaterThanOrEqual(8 * 105 + 160)
		expect(schedule[2]).toBeGreaterThanOrEqual(12 * 105 + 160)
		expect(schedule[3]).toBeGreaterThanOrEqual(14 * 105 + 160)
		// Every column of every table is wider than a few characters.
		const grids = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))
		expect(Math.min(...grids)).toBeGreaterThanOrEqual(4 * 90 + 160)
		// Fixed layout, so Word keeps the widths.
		expect(xml).toContain('<w:tblLayout w:type="fixed"/>')
		const budget = tableAfter(xml, '（一）资金预算', 2)
		expect(budget.find((r) => r[0] === '青阳课堂')).toEqual([
			'青阳课堂',
			'人员',
			'辅导老师补贴',
			'40 次 × 500 元',
			'20,000 元',
			'政府购买',
		])
		const text = paragraphs(xml).map((p) => p.text)
		for (const word of JARGON) expect(text.join('\n')).not.toContain(word)
		// Dates in Chinese everywhere, never ISO.
		expect(text.join('\n')).not.toMatch(/\d{4}-\d{2}-\d{2}/)
		expect(text).toContain('2026年3月7日')
	})

	it('writes 基线 → 目标 → 实际 with 未填报 for what was not reported, never 0, and the 资源撬动比', async () => {
		const { xml } = await openDocx(await planToDocx(fullPlan(), { lang: 'zh' }))
		const indicators = tableAfter(xml, '（二）治理效能', 2)
		expect(indicators[0]).toEqual(['维度', '基线', '目标', '实际'])
		const all = paragraphs(xml).map((p) => p.text)
		expect(all).toContain('未填报')
		const figures = tableAfter(xml, '（一）资源使用效率', 2)
		const row = (label: string) => figures.find((r) => r[0] === label)?.[1]
		expect(row('资源撬动比（政府 : 社会）')).toMatch(/^1\u00a0:\u00a0[\d.]+$/)
		expect(row('直接受益人数')).toBe('200 人次')
		expect(row('间接受益人数')).toBe('360 人次')
		expect(row('志愿服务时长')).toBe('未填报')
		expect(figures.some((r) => r[1] === '0' || r[1] === '0 小时')).toBe(false)
		const risks = tableAfter(xml, '十、风险与应对')
		expect(risks).toEqual([
			['项目', '风险', '应对措施'],
			['青阳课堂', '志愿者流失', '与高校签订合作协议，建立志愿者梯队'],
		])
	})

	it('lists the needs in the priority a vote gave them, with the 优先级 column', async () => {
		const plan = derivePlan(
			[
				...createSeedRecords(DEFAULT_PAGE_NAME),
				cardRecord('need', 'a', { title: '助餐', urgency: 'high', votes: 2 }),
				cardRecord('need', 'b', { title: '课业辅导', urgency: 'low', votes: 6 }),
				cardRecord('need', 'c', { title: '加装电梯', urgency: 'medium', votes: 2 }),
			],
			{ title: '投票后', includePrivate: false, now: 0 },
		)
		const { xml } = await openDocx(await planToDocx(plan, { lang: 'zh' }))
		const rows = tableAfter(xml, '（二）需求分析', 2).slice(1)
		expect(rows.map((r) => [r[1], r[7], r[8]])).toEqual([
			['课业辅导', '6 票', '1'],
			['助餐', '2 票', '2'],
			['加装电梯', '2 票', '2'],
		])
		expect(paragraphs(xml).some((p) => p.text.includes('需求按投票确定的优先级'))).toBe(true)
	})

	it('uses Chinese fonts, A4 pages and page numbers in the footer', async () => {
		const { zip, xml } = await openDocx(await planToDocx(examplePlan(), { lang: 'zh' }))
		const styles = (await zip.file('word/styles.xml')?.async('string')) ?? ''
		expect(styles).toContain('w:eastAsia="SimSun"')
		expect(styles).toContain('w:eastAsia="SimHei"')
		expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>')
		expect(xml).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>')
		const footers = await Promise.all(
			Object.keys(zip.files)
				.filter((f) => /^word\/footer\d+\.xml$/.test(f))
				.map((f) => zip.file(f)?.async('string') ?? ''),
		)
		expect(footers.length).toBeGreaterThan(0)
		for (const footer of footers) {
			expect(footer).toMatch(/PAGE/)
			expect(footer).toContain('第 ')
			expect(footer).toContain(' 页')
		}
	})

	it('says so plainly in every section of an empty board', async () => {
		const { xml } = await openDocx(await planToDocx(emptyPlan(), { lang: 'zh' }))
		const text = paragraphs(xml).map((p) => p.text)
		for (const section of PLAN_SECTIONS.filter((s) => s.id !== 'cover')) {
			const at = text.indexOf(section.zh)
			expect(at, section.zh).toBeGreaterThan(-1)
			expect(text[at + 1], section.zh).toBe(section.empty.zh)
		}
		for (const word of JARGON) expect(text.join('\n')).not.toContain(word)
	})

	it('puts one picture per canvas stage in 附件, each with its caption, scaled to the page', async () => {
		const pictures = [
			{ ref: 'canvas:identification', title: '资源识别', png: makePng(1200, 900) },
			{ ref: 'canvas:allocation', title: '资源配置', png: makePng(1400, 600) },
		]
		const { zip, xml } = await openDocx(await planToDocx(examplePlan(), { lang: 'zh', pictures }))
		const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'))
		expect(media).toHaveLength(2)
		const text = paragraphs(xml).map((p) => p.text)
		expect(text).toContain('附件五：白板画布')
		expect(text).toContain('图1　资源识别')
		expect(text).toContain('图2　资源配置')
		const appendixAt = xml.indexOf('>附件<')
		expect(xml.indexOf('<w:drawing>')).toBeGreaterThan(appendixAt)
		// Landscape A4 minus 2.54 cm margins: 13958 twips = 930.5 px wide, 80% of 9026 twips = 481 px high.
		const extents = [...xml.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((m) => [
			Math.round(Number(m[1]) / 9525),
			Math.round(Number(m[2]) / 9525),
		])
		expect(extents).toEqual([
			[642, 481],
			[931, 399],
		])
	})

	it('keeps pictures at most 300 dpi at their printed size and the Word file under 3 MB', async () => {
		const huge = makePng(9000, 3000)
		const noisy = [1, 2, 3].map((seed) => ({
			ref: `canvas:stage${seed}`,
			title: `阶段${seed}`,
			png: noisyPng(1600, 900, seed),
		}))
		const bytes = await planToDocx(examplePlan(), {
			lang: 'zh',
			pictures: [{ ref: 'canvas:board', title: '白板全貌', png: huge }, ...noisy],
		})
		expect(bytes.length).toBeLessThan(3 * 1024 * 1024)
		const { zip } = await openDocx(bytes)
		const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'))
		expect(media.length).toBeGreaterThanOrEqual(1)
		for (const name of media) {
			const png = new Uint8Array(await (zip.file(name) as JSZip.JSZipObject).async('uint8array'))
			const size = pngSize(png)
			// Printed at most 9.69 in wide (landscape text width): 300 dpi is 2908 px.
			expect(size?.width ?? 0).toBeLessThanOrEqual(2908)
			expect(decodePng(png)).not.toBeNull()
		}
	}, 60_000)

	it('inserts card text literally, never as markup', async () => {
		const plan = examplePlan()
		const sneaky = '<w:p>&amp; **bold** {PAGE}\u0001'
		plan.needs[0] = { ...plan.needs[0], title: sneaky }
		const { xml } = await openDocx(await planToDocx(plan, { lang: 'zh' }))
		expect(xml).toContain('&lt;w:p&gt;&amp;amp; **bold** {PAGE}')
		expect(xml).not.toContain('\u0001')
	})

	it('writes English headings and "Page X" for lang en', async () => {
		const { zip, xml } = await openDocx(await planToDocx(examplePlan(), { lang: 'en' }))
		const headings = paragraphs(xml)
			.filter((p) => p.style === 'Heading1')
			.map((p) => p.text)
		expect(headings).toEqual(PLAN_SECTIONS.filter((s) => s.id !== 'cover').map((s) => s.en))
		const footer = (await zip.file('word/footer1.xml')?.async('string')) ?? ''
		expect(footer).toContain('Page ')
		expect(paragraphs(xml).some((p) => p.text === '1 March 2024')).toBe(true)
	})

	it.skipIf(!soffice)(
		'converts to a non-empty PDF with LibreOffice',
		async () => {
			const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'niudai-docx-'))
			try {
				const input = path.join(dir, 'plan.docx')
				fs.writeFileSync(input, await planToDocx(fullPlan(), { lang: 'zh', canvasPng: makePng(800, 400) }))
				const result = spawnSync(
					soffice ?? 'soffice',
					[
						'--headless',
						'--norestore',
						`-env:UserInstallation=file://${dir}/profile`,
						'--convert-to',
						'pdf',
						'--outdir',
						dir,
						input,
					],
					{ encoding: 'utf8', timeout: 120_000 },
				)
				expect(result.status, result.stderr).toBe(0)
				const pdf = path.join(dir, 'plan.pdf')
				expect(fs.existsSync(pdf)).toBe(true)
				const bytes = fs.readFileSync(pdf)
				expect(bytes.length).toBeGreaterThan(1000)
				expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
			} finally {
				fs.rmSync(dir, { recursive: true, force: true })
			}
		},
		180_000,
	)

	if (!soffice) {
		it('(LibreOffice is not on PATH: the PDF conversion check is skipped)', () => {
			console.info('docx.test: soffice / libreoffice not found on PATH — skipping the docx → PDF conversion check')
		})
	}
})
