import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { PLAN_SECTIONS } from '../../shared/export/planSections'
import { derivePlan } from '../../shared/plan/derivePlan'
import { cardRecord } from '../../shared/plan/planTestRecords'
import type { Plan } from '../../shared/plan/planTypes'
import { createSeedRecords, DEFAULT_PAGE_NAME } from '../../shared/seedRecords'
import { createTemplateContext } from '../../shared/templates/createTemplateContext'
import { exampleTemplate } from '../../shared/templates/exampleTemplate'
import { planToDocx } from '../export/planToDocx'
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

/** The rows of the first table after the paragraph whose text is `headingText`, as cell texts. */
function tableAfter(xml: string, headingText: string): string[][] {
	const headingAt = xml.search(new RegExp(`<w:pStyle w:val="Heading1"/>[\\s\\S]{0,400}?${headingText}`))
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

function onPath(command: string): string | null {
	const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' })
	return found.status === 0 ? found.stdout.trim() : null
}

const soffice = onPath('soffice') ?? onPath('libreoffice')

describe('planToDocx', () => {
	it('writes every section heading of PLAN_SECTIONS, in order, as a Word Heading 1 after the cover', async () => {
		const plan = examplePlan()
		const { xml } = await openDocx(await planToDocx(plan, { lang: 'zh' }))
		const headings = paragraphs(xml)
			.filter((p) => p.style === 'Heading1')
			.map((p) => p.text)
		expect(headings).toEqual(PLAN_SECTIONS.filter((s) => s.id !== 'cover').map((s) => s.zh))
		// The cover: the plan's name and the form fields, before the contents.
		const text = paragraphs(xml).map((p) => p.text)
		const contents = text.indexOf('目录')
		expect(contents).toBeGreaterThan(0)
		for (const label of ['项目名称：', '申报单位：', '执行单位：', '日期：']) {
			expect(text.indexOf(label)).toBeGreaterThan(-1)
			expect(text.indexOf(label)).toBeLessThan(contents)
		}
		expect(text.slice(0, contents)).toContain('C社区整合式合作示例')
		expect(text.slice(0, contents)).toContain('2024-03-01')
		// A table of contents field that lists the headings.
		expect(xml).toMatch(/TOC \\h \\o &quot;1-2&quot;/)
	})

	it('fills the needs table with one row per need, in the plan order, with urgency, source and priority', async () => {
		const plan = examplePlan()
		const { xml } = await openDocx(await planToDocx(plan, { lang: 'zh' }))
		const rows = tableAfter(xml, '二、背景与需求分析')
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
		expect(rows.slice(1).map((r) => r[1])).toEqual(plan.needs.map((n) => n.title))
		expect(rows.slice(1).map((r) => r[8])).toEqual(
			plan.needs.map((n) => (n.priority === null ? '' : String(n.priority))),
		)
		expect(rows.slice(1).every((r) => ['高', '中', '低'].includes(r[5]))).toBe(true)
		expect(rows.slice(1).every((r) => r[6] !== '')).toBe(true)
		// Actors with their roles, and the match table grouped by mechanism.
		const actors = tableAfter(xml, '七、组织架构与多方分工')
		expect(actors.length - 1).toBe(plan.actors.length)
		const text = paragraphs(xml).map((p) => p.text)
		for (const group of ['行政借力', '社会机制', '市场机制']) {
			expect(text.some((t) => t.startsWith(`${group}（`))).toBe(true)
		}
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
		const rows = tableAfter(xml, '二、背景与需求分析').slice(1)
		expect(rows.map((r) => [r[1], r[7], r[8]])).toEqual([
			['课业辅导', '6', '1'],
			['助餐', '2', '2'],
			['加装电梯', '2', '2'],
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
	})

	it('puts the canvas picture in 附件, scaled to the page width (or height)', async () => {
		const png = makePng(4000, 1000)
		expect(pngSize(png)).toEqual({ width: 4000, height: 1000 })
		const { zip, xml } = await openDocx(await planToDocx(examplePlan(), { lang: 'zh', canvasPng: png }))
		const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'))
		expect(media).toHaveLength(1)
		const appendixAt = xml.indexOf('>附件<')
		const drawingAt = xml.indexOf('<w:drawing>')
		expect(drawingAt).toBeGreaterThan(appendixAt)
		// Landscape A4 minus 2.54 cm margins: 13958 twips = 930.5 px wide; 4:1 keeps the ratio.
		const [, cx, cy] = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(xml) ?? []
		expect(Math.round(Number(cx) / 9525)).toBe(931)
		expect(Math.round(Number(cy) / 9525)).toBe(233)
		// A tall picture is scaled to fit the page's height instead (85% of 9026 twips = 511 px).
		const tall = await openDocx(await planToDocx(examplePlan(), { lang: 'zh', canvasPng: makePng(1000, 2000) }))
		const [, tw, th] = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(tall.xml) ?? []
		expect(Math.round(Number(th) / 9525)).toBe(511)
		expect(Math.round(Number(tw) / 9525)).toBe(256)
	})

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
	})

	it.skipIf(!soffice)(
		'converts to a non-empty PDF with LibreOffice',
		async () => {
			const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'niudai-docx-'))
			try {
				const input = path.join(dir, 'plan.docx')
				fs.writeFileSync(input, await planToDocx(examplePlan(), { lang: 'zh', canvasPng: makePng(800, 400) }))
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
