import { type Browser, expect, type Locator, type Page, test } from '@playwright/test'
import { createBoard, openBoard, personContext } from './helpers'
import { personWithNetwork } from './personWithNetwork'

/** A laptop person whose sync socket can be cut (the status then grows: 离线 · 1 项更改待同步). */
function laptopWithNetwork(browser: Browser, name: string, viewport = { width: 1366, height: 768 }) {
	return personWithNetwork(browser, name, viewport)
}

async function box(page: Page, selector: string) {
	const b = await page.locator(selector).first().boundingBox()
	if (!b) throw new Error(`${selector} is not laid out`)
	return b
}

/** True when the centre of the element is not covered by anything else (it can be clicked). */
function uncovered(locator: Locator) {
	return locator.evaluate((el) => {
		const r = el.getBoundingClientRect()
		const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)
		return top !== null && (top === el || el.contains(top))
	})
}

test('at 1366×768 the top bar is one line that keeps its height and its tools in place while the status and the timer grow; panels close from under it', async ({
	browser,
	baseURL,
}) => {
	const board = await createBoard(
		baseURL as string,
		'一个名字很长很长的社区议事会白板，用来看标题会不会把工具挤到第二行',
	)
	const host = await laptopWithNetwork(browser, '李主任')
	// A socket routed through Playwright is slow to start on a busy machine.
	await host.page.goto(board.url)
	await expect(host.page.locator('.tl-canvas')).toBeVisible({ timeout: 40_000 })
	await expect(host.page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
	await host.page.waitForFunction(() => Boolean(window.__niudaiEditor))

	const bar = await box(host.page, '.nd-topbar')
	expect(bar.height).toBeLessThanOrEqual(50)
	expect(bar.width).toBeLessThanOrEqual(1366)
	const share = await box(host.page, '[data-testid="open-share"]')
	await expect(host.page.getByTestId('board-title')).toBeVisible()

	// Every panel opens below the bar and closes with its ✕.
	for (const [button, panel] of [
		['open-analytics', '.nd-panel'],
		['open-history', '.nd-panel'],
		['open-lists', '.nd-lists'],
	] as const) {
		await host.page.getByTestId(button).click()
		const opened = host.page.locator(panel).first()
		await expect(opened).toBeVisible()
		expect((await opened.boundingBox())?.y ?? 0).toBeGreaterThanOrEqual(bar.y + bar.height)
		const close = opened.getByRole('button', { name: /关闭|✕/ }).first()
		expect(await uncovered(close)).toBe(true)
		await close.click()
		await expect(host.page.locator(panel)).toHaveCount(0)
	}

	// A running countdown in the 会议 button, then a lost connection with a change waiting.
	await host.page.getByTestId('meeting-open').click()
	await host.page.getByTestId('timer-preset-10').click()
	await host.page.getByTestId('meeting-open').click()
	await expect(host.page.locator('.nd-meeting-menu__clock')).toHaveText(/\d+:\d\d/)
	await host.goOffline()
	await expect(host.page.getByTestId('connection-status')).toHaveAttribute('data-state', /offline|reconnecting/)
	await host.page.evaluate(() => {
		window.__niudaiEditor?.createShape({ type: 'need', x: 100, y: 300, props: { title: '离线时加的' } } as never)
	})
	await expect(host.page.getByTestId('connection-status')).toContainText('项更改待同步')

	const barAfter = await box(host.page, '.nd-topbar')
	expect(barAfter.height).toBe(bar.height)
	const shareAfter = await box(host.page, '[data-testid="open-share"]')
	expect(shareAfter.x).toBe(share.x)
	expect(shareAfter.y).toBe(share.y)

	await host.context.close()
})

test('the language switch is one, in 更多, and it switches tldraw too; tldraw’s style panel shows for drawn shapes only', async ({
	browser,
	baseURL,
}) => {
	const board = await createBoard(baseURL as string, '语言和样式')
	const host = await personContext(browser, '李主任')
	await host.page.setViewportSize({ width: 1366, height: 768 })
	await openBoard(host.page, board.url)

	// tldraw's main menu has no language submenu of its own.
	await host.page.getByTestId('main-menu.button').click()
	await expect(host.page.getByTestId('main-menu-sub.preferences-button')).toBeVisible()
	await expect(host.page.getByTestId('main-menu-sub.help menu language-button')).toHaveCount(0)
	await host.page.keyboard.press('Escape')
	await expect(host.page.getByTestId('language-switch')).toHaveCount(0)
	await host.page.getByTestId('topbar-more').click()
	await host.page.getByTestId('language-switch').click()
	await expect(host.page.getByTestId('open-analytics')).toHaveText('Analytics')
	await expect(host.page.locator('html')).toHaveAttribute('lang', 'en')
	// tldraw speaks English too: its select tool's title.
	await expect(host.page.getByTestId('tools.select')).toHaveAttribute('aria-label', /Select/)
	// The menu stays open on the language just chosen.
	await host.page.getByTestId('language-switch').click()
	await expect(host.page.getByTestId('open-analytics')).toHaveText('分析')
	await expect(host.page.getByTestId('tools.select')).toHaveAttribute('aria-label', /选择/)

	// Nothing selected, or a card, or a lane: no style panel over the board.
	await host.page.evaluate(() => {
		const editor = window.__niudaiEditor
		editor?.createShape({
			id: 'shape:lane',
			type: 'frame',
			x: 0,
			y: 100,
			props: { w: 600, h: 400, name: '需求' },
		} as never)
		editor?.createShape({ id: 'shape:card', type: 'need', x: 40, y: 160, props: { title: '助餐' } } as never)
		editor?.createShape({ id: 'shape:box', type: 'geo', x: 700, y: 160, props: { w: 100, h: 80 } } as never)
	})
	const stylePanel = host.page.locator('.tlui-style-panel')
	await expect(stylePanel).toHaveCount(0)
	await host.page.evaluate(() => {
		window.__niudaiEditor?.select('shape:card' as never)
	})
	await expect(host.page.getByTestId('inspector')).toBeVisible()
	await expect(stylePanel).toHaveCount(0)
	await host.page.evaluate(() => {
		window.__niudaiEditor?.select('shape:lane' as never)
	})
	await expect(stylePanel).toHaveCount(0)
	// A drawn rectangle has styles: the panel shows.
	await host.page.evaluate(() => {
		window.__niudaiEditor?.select('shape:box' as never)
	})
	await expect(stylePanel).toBeVisible()
	await host.context.close()
})

test('at 200 % zoom (683×384 CSS px) the top bar is one compact line and 更多 holds the rest', async ({
	browser,
	baseURL,
}) => {
	const board = await createBoard(baseURL as string, '放大两倍')
	const context = await browser.newContext({ viewport: { width: 683, height: 384 }, deviceScaleFactor: 2 })
	await context.addInitScript(() =>
		localStorage.setItem('TLDRAW_USER_DATA_v3', JSON.stringify({ version: 3, user: { id: 'e2e-zoom', name: '老张' } })),
	)
	const page = await context.newPage()
	await openBoard(page, board.url)
	await expect(page.locator('.nd-topbar')).toHaveAttribute('data-layout', 'compact')
	const bar = await box(page, '.nd-topbar')
	expect(bar.height).toBeLessThanOrEqual(384 * 0.15)
	expect(bar.x + bar.width).toBeLessThanOrEqual(683)
	await expect(page.getByTestId('topbar-more')).toBeInViewport()
	await page.getByTestId('topbar-more').click()
	await expect(page.getByTestId('open-analytics')).toBeVisible()
	await page.getByTestId('open-analytics').click()
	const panel = page.locator('.nd-panel').first()
	await expect(panel).toBeVisible()
	expect((await panel.boundingBox())?.y ?? 0).toBeGreaterThanOrEqual(bar.y + bar.height)
	await context.close()
})
