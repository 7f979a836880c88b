import fs from 'node:fs'
import { expect, test } from '@playwright/test'
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

	// The Word plan: one picture per canvas stage (and the chart), the file under 3 MB.
	await page.getByTestId('board-menu').click()
	const [docx] = await Promise.all([
		page.waitForEvent('download', { timeout: 60_000 }),
		page.getByTestId('export-docx').click(),
	])
	const docxBytes = fs.readFileSync((await docx.path()) as string)
	expect(docxBytes.length).toBeLessThan(3 * 1024 * 1024)
	const media = docxBytes.toString('latin1').match(/word\/media\/image\d+\.png/g) ?? []
	expect(new Set(media).size).toBeGreaterThanOrEqual(3)

	await page.getByTestId('board-menu').click()
	const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()])
	expect(fs.statSync((await xlsx.path()) as string).size).toBeGreaterThan(1000)

	// The print page opens in a new tab with the same content as the Word file, canvas picture included.
	await page.getByTestId('board-menu').click()
	const [printTab] = await Promise.all([context.waitForEvent('page'), page.getByTestId('export-print').click()])
	await expect(printTab.getByTestId('plan-page').locator('h2').first()).toBeVisible()
	await expect(printTab.getByTestId('plan-canvas-picture').first()).toBeVisible()
	expect(await printTab.getByTestId('plan-canvas-picture').count()).toBeGreaterThanOrEqual(3)
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
