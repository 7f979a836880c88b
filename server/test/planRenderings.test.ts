import JSZip from 'jszip'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { PlanDocumentView } from '../../client/plan/PlanDocumentView'
import { blocksToMarkdown } from '../../shared/export/blocksToMarkdown'
import { planDocument } from '../../shared/export/planDocument'
import { fullPlan } from '../../shared/export/planTestBoard'
import { derivePlan } from '../../shared/plan/derivePlan'
import type { Plan } from '../../shared/plan/planTypes'
import { createSeedRecords, DEFAULT_PAGE_NAME } from '../../shared/seedRecords'
import { createTemplateContext } from '../../shared/templates/createTemplateContext'
import { exampleTemplate } from '../../shared/templates/exampleTemplate'
import { planToDocx } from '../export/planToDocx'
import { makePng } from './makePng'

/**
 * One plan document, three renderings: the Word file, the Markdown and the print page
 * must say the same thing. Each rendering is reduced to its text — in document order,
 * without markup, whitespace or the table of contents (Word's is a field of page
 * numbers, the print page's a list of links, Markdown has none) — and compared.
 */

function decodeEntities(text: string): string {
	return text
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#x27;|&apos;/g, "'")
		.replace(/&amp;/g, '&')
}

const squash = (text: string) => text.replace(/\s+/g, '')

/** The text of a Word file's body: every w:t in order, the contents (its title and the TOC field) left out. */
async function docxText(bytes: Uint8Array): Promise<string> {
	const zip = await JSZip.loadAsync(bytes)
	let xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
	// The contents: the paragraph titling it, then the TOC field in its structured document tag.
	xml = xml.replace(/<w:p>(?:(?!<w:p>)[\s\S])*?<\/w:p>\s*<w:sdt>[\s\S]*?<\/w:sdt>/, '')
	return squash(decodeEntities([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')))
}

/** The text of the Markdown: markup, escapes and table syntax taken away. */
function markdownText(md: string): string {
	const lines = md.split('\n').flatMap((line) => {
		if (/^\|\s*:?-{3}/.test(line)) return []
		let l = line
		if (l.startsWith('| '))
			l = l
				.slice(2, -2)
				.split(/(?<!\\) \| /)
				.join('')
		l = l
			.replace(/^#+ /, '')
			.replace(/^- /, '')
			.replace(/<br>/g, '')
			.replace(/(?<!\\)\*+/g, '')
			.replace(/\\(.)/g, '$1')
		return [decodeEntities(l)]
	})
	return squash(lines.join(''))
}

/** The text of the print page's HTML: tags taken away, the contents' nav left out. */
function htmlText(html: string): string {
	const withoutToc = html.replace(/<nav class="nd-plan__toc"[\s\S]*?<\/nav>/, '')
	return squash(decodeEntities(withoutToc.replace(/<[^>]+>/g, '')))
}

async function renderings(plan: Plan, lang: 'zh' | 'en') {
	const pictures = [{ ref: 'canvas:identification', title: lang === 'zh' ? '资源识别' : 'Identification' }]
	const doc = planDocument(plan, { lang, pictures })
	const png = makePng(400, 200)
	const docx = await docxText(await planToDocx(plan, { lang, pictures: pictures.map((p) => ({ ...p, png })) }))
	const md = markdownText(blocksToMarkdown(doc))
	const html = htmlText(
		renderToStaticMarkup(
			createElement(PlanDocumentView, {
				doc,
				picture: (ref: string, alt: string) => createElement('img', { src: ref, alt }),
			}),
		),
	)
	return { docx, md, html }
}

/** Where two texts first differ, with some context, for a readable failure. */
function firstDifference(a: string, b: string): string {
	let i = 0
	while (i < a.length && i < b.length && a[i] === b[i]) i++
	return i === a.length && i === b.length
		? ''
		: `at ${i}: …${a.slice(Math.max(0, i - 30), i + 40)}… vs …${b.slice(Math.max(0, i - 30), i + 40)}…`
}

function examplePlan(): Plan {
	const records = [
		...createSeedRecords(DEFAULT_PAGE_NAME),
		...exampleTemplate.build(createTemplateContext({ idPrefix: 'ex' })),
	]
	return derivePlan(records, { title: 'C社区示例', includePrivate: false, now: Date.UTC(2026, 11, 6) })
}

describe('the Word file, the Markdown and the print page carry the same text', { timeout: 60_000 }, () => {
	for (const lang of ['zh', 'en'] as const) {
		it(`a fully filled board (${lang})`, async () => {
			const { docx, md, html } = await renderings(fullPlan({ includePrivate: true }), lang)
			expect(docx.length).toBeGreaterThan(3000)
			expect(firstDifference(docx, md), 'Word vs Markdown').toBe('')
			expect(firstDifference(docx, html), 'Word vs print page').toBe('')
			// The same words, not just the same length: a few that matter.
			const words =
				lang === 'zh'
					? ['青阳课堂', '未填报', '2026年3月7日', '资源识别']
					: ['青阳课堂', 'not reported', '7 March 2026']
			for (const text of words) {
				expect(docx).toContain(squash(text))
			}
		})
	}

	it('the example board', async () => {
		const { docx, md, html } = await renderings(examplePlan(), 'zh')
		expect(firstDifference(docx, md), 'Word vs Markdown').toBe('')
		expect(firstDifference(docx, html), 'Word vs print page').toBe('')
	})

	it('an empty board', async () => {
		const plan = derivePlan(createSeedRecords(DEFAULT_PAGE_NAME), { title: '空白板', includePrivate: false, now: 0 })
		const { docx, md, html } = await renderings(plan, 'zh')
		expect(firstDifference(docx, md)).toBe('')
		expect(firstDifference(docx, html)).toBe('')
	})
})
