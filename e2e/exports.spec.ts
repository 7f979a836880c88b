import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, type Page, test } from '@playwright/test'
import { build } from 'esbuild'
import JSZip from 'jszip'
import { openBoard, personContext } from './helpers'

async function exampleBoard(baseURL: string) {
	const res = await fetch(`${baseURL}/api/boards`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ title: 'C社区示例导出', template: 'example' }),
	})
	expect(res.status).toBe(201)
	return (await res.json()) as { id: string; url: string }
}

test('the print-ready plan page shows every section of the 项目计划书 in order', async ({ browser, baseURL }) => {
	const board = await exampleBoard(baseURL as string)
	const { page, context } = await personContext(browser, '王社工')
	const token = new URL(board.url, 'http://x').searchParams.get('t') ?? ''
	await page.goto(`/b/${board.id}/plan?t=${encodeURIComponent(token)}`)
	const doc = page.getByTestId('plan-page').locator('article')
	await expect(doc.locator('h2').first()).toBeVisible()
	const headings = await doc.locator('h2').allTextContents()
	const order = ['一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、', '九、', '十、', '十一、', '十二、']
	let last = -1
	for (const prefix of order) {
		const at = headings.findIndex((h) => h.startsWith(prefix))
		expect(at, `section ${prefix}`).toBeGreaterThan(last)
		last = at
	}
	expect(headings.some((h) => h.includes('附件'))).toBe(true)
	await expect(doc).toContainText('青阳课堂')
	// Read as a reviewer: a cover with the date in Chinese, the 匹配表 by need, no software jargon.
	await expect(doc.locator('.nd-plan__form')).toContainText(/日期：\d{4}年\d{1,2}月\d{1,2}日/)
	await expect(
		doc
			.locator('table th')
			.filter({ hasText: /^提供方$/ })
			.first(),
	).toBeVisible()
	// biome-ignore lint/performance/useDomNodeTextContent: table cells must stay apart (textContent runs them together)
	const text = await doc.innerText()
	for (const jargon of ['卡片', '暂无数据', '白板上还没有']) expect(text).not.toContain(jargon)
	expect(text).not.toMatch(/指标数\s*0/)
	await context.close()
})

test('exports download from the board menu, and a bad import is refused with its problems listed', async ({
	browser,
	baseURL,
}) => {
	const board = await exampleBoard(baseURL as string)
	const { page, context } = await personContext(browser, '王社工')
	await openBoard(page, board.url)

	await page.getByTestId('board-menu').click()
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-md').click()])
	const md = fs.readFileSync((await download.path()) as string, 'utf8')
	expect(md).toContain('青阳课堂')
	expect(download.suggestedFilename()).toMatch(/\.md$/)

	// The Word plan: a picture of the 资源识别 and 资源利用 stages, the 资源配置图 in place of the
	// 资源配置 stage (whose links only cross it) and the quadrant chart; the file under 3 MB.
	await page.getByTestId('board-menu').click()
	const [docx] = await Promise.all([
		page.waitForEvent('download', { timeout: 60_000 }),
		page.getByTestId('export-docx').click(),
	])
	const docxBytes = fs.readFileSync((await docx.path()) as string)
	expect(docxBytes.length).toBeLessThan(3 * 1024 * 1024)
	const media = docxBytes.toString('latin1').match(/word\/media\/image\d+\.png/g) ?? []
	expect(new Set(media).size).toBeGreaterThanOrEqual(4)
	const documentXml = await (await JSZip.loadAsync(docxBytes)).file('word/document.xml')?.async('string')
	expect(documentXml).toContain('资源配置图')

	await page.getByTestId('board-menu').click()
	const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()])
	expect(fs.statSync((await xlsx.path()) as string).size).toBeGreaterThan(1000)

	// The print page opens in a new tab with the same content as the Word file, canvas picture included.
	await page.getByTestId('board-menu').click()
	const [printTab] = await Promise.all([context.waitForEvent('page'), page.getByTestId('export-print').click()])
	await expect(printTab.getByTestId('plan-page').locator('h2').first()).toBeVisible()
	await expect(printTab.getByTestId('plan-canvas-picture').first()).toBeVisible()
	expect(await printTab.getByTestId('plan-canvas-picture').count()).toBeGreaterThanOrEqual(2)
	await expect(printTab.getByTestId('plan-allocation-map')).toBeVisible()
	await printTab.close()

	await page.getByTestId('board-menu').click()
	await page.getByTestId('open-import').click()
	await page.getByTestId('import-file').setInputFiles({
		name: 'needs.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from('\uFEFF名称,服务对象,紧迫程度\r\n老年人助餐,老年人,非常紧急\r\n', 'utf8'),
	})
	await page.getByTestId('import-submit').click()
	const problems = page.getByTestId('import-problems')
	await expect(problems).toBeVisible()
	await expect(problems).toContainText('紧迫程度')
	await context.close()
})

/** tldraw's own editor (default shapes only) bundled into `dir`: e2e/tldrawViewer/tldrawViewer.tsx and tldraw's stylesheet. */
async function bundleTldrawViewer(dir: string): Promise<void> {
	await build({
		entryPoints: [path.join('e2e', 'tldrawViewer', 'tldrawViewer.tsx')],
		bundle: true,
		format: 'esm',
		jsx: 'automatic',
		define: { 'process.env.NODE_ENV': '"production"' },
		outfile: path.join(dir, 'viewer.js'),
		logLevel: 'error',
	})
	fs.copyFileSync(path.join('node_modules', '@tldraw', 'tldraw', 'tldraw.css'), path.join(dir, 'tldraw.css'))
	fs.writeFileSync(
		path.join(dir, 'index.html'),
		'<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="tldraw.css"></head>' +
			'<body><div id="root"></div><script type="module" src="viewer.js"></script></body></html>',
	)
}

/** Opens tldraw's own editor at /__tldraw/, served from `dir`; nothing is loaded from outside. */
async function openTldrawViewer(page: Page, dir: string): Promise<void> {
	await page.route(/^(?!http:\/\/localhost)/, (route) => route.abort())
	await page.route('**/__tldraw/**', (route) => {
		const file = new URL(route.request().url()).pathname.replace('/__tldraw/', '')
		return route.fulfill({ path: path.join(dir, file || 'index.html') })
	})
	await page.goto('/__tldraw/index.html')
	await page.waitForFunction(() => typeof window.openTldr === 'function')
}

/** Loads a .tldr file's text into the viewer as tldraw's "open file" does: 'ok', or why tldraw refused it. */
function loadTldr(page: Page, file: string): Promise<string> {
	return page.evaluate((json) => window.openTldr?.(json) ?? 'no editor', file)
}

test('the board file reopens in Niudai, and the .tldr file opens in tldraw’s own editor with its cards and links', async ({
	browser,
	baseURL,
}, testInfo) => {
	test.setTimeout(180_000)
	const viewerDir = fs.mkdtempSync(path.join(os.tmpdir(), 'niudai-tldraw-viewer-'))
	try {
		await bundleTldrawViewer(viewerDir)
		const board = await exampleBoard(baseURL as string)
		const { page, context } = await personContext(browser, '王社工')
		// The example board's first load can pass the default 10 s on a busy machine.
		await page.goto(board.url)
		await expect(page.locator('.tl-canvas')).toBeVisible({ timeout: 60_000 })
		await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected', { timeout: 30_000 })

		await page.getByTestId('board-menu').click()
		await expect(page.getByTestId('export-json')).toHaveText('纽带白板文件（.json，可重新导入）')
		await expect(page.getByTestId('export-tldr')).toHaveText('tldraw 文件（.tldr，可在 tldraw.com 打开）')
		const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()])
		expect(json.suggestedFilename()).toBe('C社区示例导出.niudai.json')
		const boardFile = fs.readFileSync((await json.path()) as string, 'utf8')
		expect(JSON.parse(boardFile)).toMatchObject({ niudai: 1, title: 'C社区示例导出' })

		await page.getByTestId('board-menu').click()
		const [tldr] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-tldr').click()])
		expect(tldr.suggestedFilename()).toBe('C社区示例导出.tldr')
		const tldrFile = fs.readFileSync((await tldr.path()) as string, 'utf8')

		// The board file opens again in Niudai from the home page, named after the file, cards and all.
		await page.goto('/')
		await page.getByTestId('import-board-file').setInputFiles({
			name: json.suggestedFilename(),
			mimeType: 'application/json',
			buffer: Buffer.from(boardFile, 'utf8'),
		})
		await page.waitForURL(/\/b\/[A-Za-z0-9_-]+\?t=/, { timeout: 30_000 })
		await expect(page.locator('.tl-canvas')).toBeVisible({ timeout: 60_000 })
		await expect(page.getByTestId('board-title')).toHaveText('C社区示例导出', { timeout: 30_000 })
		await page.waitForFunction(() => Boolean(window.__niudaiEditor))
		const needs = await page.evaluate(
			() => window.__niudaiEditor?.getCurrentPageShapes().filter((s) => s.type === 'need').length,
		)
		expect(needs).toBe(13)
		await context.close()

		const viewer = await browser.newPage()
		await openTldrawViewer(viewer, viewerDir)
		// The board file (Niudai's own shapes, as the .tldr export was before) is what tldraw refuses; the .tldr opens.
		const { schema, records } = JSON.parse(boardFile) as { schema: unknown; records: unknown[] }
		const asTldr = JSON.stringify({ tldrawFileFormatVersion: 1, schema, records })
		expect(await loadTldr(viewer, asTldr)).toMatch(/^invalidRecords .*got "need"/)
		expect(await loadTldr(viewer, tldrFile)).toBe('ok')
		const opened = await viewer.evaluate(() => {
			const editor = window.tldrawEditor
			if (!editor) return null
			const shapes = editor.getCurrentPageShapes()
			return {
				geo: shapes.filter((s) => s.type === 'geo').length,
				arrows: shapes.filter((s) => s.type === 'arrow').length,
				boundArrows: shapes.filter((s) => s.type === 'arrow' && editor.getBindingsFromShape(s, 'arrow').length === 2)
					.length,
				frames: shapes.filter((s) => s.type === 'frame').length,
			}
		})
		expect(opened).toEqual({ geo: 82, arrows: 96, boundArrows: 96, frames: 20 })
		await viewer.screenshot({ path: testInfo.outputPath('tldraw-whole-board.png') })
		// Close up on one need and the links around it: its kind, title and facts are drawn as text.
		await viewer.evaluate(() => {
			const editor = window.tldrawEditor
			const need = editor?.getCurrentPageShapes().find((s) => s.type === 'geo' && s.x < 400 && s.y < 300)
			if (editor && need)
				editor.zoomToBounds(editor.getShapePageBounds(need) ?? editor.getViewportPageBounds(), {
					targetZoom: 1.5,
					immediate: true,
				})
		})
		const needCard = viewer.locator('.tl-shape').filter({ hasText: '需求 · 老年人眼健康' })
		await expect(needCard).toBeVisible()
		await expect(needCard).toContainText('受益人数：300 人')
		await viewer.screenshot({ path: testInfo.outputPath('tldraw-need-card.png') })
		await viewer.close()
	} finally {
		fs.rmSync(viewerDir, { recursive: true, force: true })
	}
})
