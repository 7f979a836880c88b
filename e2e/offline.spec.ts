import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { createBoard, openBoard, personContext, shapes } from './helpers'
import { personWithNetwork } from './personWithNetwork'

const badge = (page: Page) => page.getByTestId('connection-status')

/** Places a card of the given kind (toolbar key 1–4) with a click on the canvas. */
async function placeCard(page: Page, key: '1' | '2' | '3' | '4', at: [number, number]): Promise<void> {
	await page.locator('.tl-canvas').click({ position: { x: 5, y: 200 } })
	await page.keyboard.press(key)
	await page.mouse.click(at[0], at[1])
	await page.keyboard.press('Escape')
}

const types = async (page: Page) => (await shapes(page)).map((s) => s.type).sort()

test.describe('offline and weak networks', () => {
	test('an offline edit merges after reconnect with an edit made meanwhile by another browser', async ({
		browser,
		baseURL,
	}) => {
		const board = await createBoard(baseURL as string, '离线合并测试')
		const a = await personWithNetwork(browser, '王社工')
		const b = await personContext(browser, '李主任')
		await openBoard(a.page, board.url)
		await openBoard(b.page, board.url)
		await expect(badge(a.page)).toHaveAttribute('data-pending', '0')

		// A loses the network: the badge says so.
		await a.goOffline()
		await expect(badge(a.page)).toHaveAttribute('data-state', 'offline')

		// A adds a need card offline: one change waits.
		await placeCard(a.page, '1', [420, 320])
		await expect.poll(() => types(a.page)).toEqual(['need'])
		await expect(badge(a.page)).toHaveAttribute('data-pending', '1')
		await expect(badge(a.page)).toHaveText('离线 · 1 项更改待同步')
		await a.page.locator('.nd-topbar').screenshot({ path: test.info().outputPath('badge-offline-pending.png') })

		// Meanwhile B adds a resource card; A cannot see it, B cannot see A's.
		await placeCard(b.page, '2', [760, 420])
		await expect.poll(() => types(b.page)).toEqual(['resource'])
		await b.page.waitForTimeout(1500)
		expect(await types(a.page)).toEqual(['need'])
		expect(await types(b.page)).toEqual(['resource'])

		// A comes back: both browsers hold both cards, and nothing waits any more.
		await a.goOnline()
		await expect(badge(a.page)).toHaveAttribute('data-state', 'connected', { timeout: 15_000 })
		await expect.poll(() => types(a.page)).toEqual(['need', 'resource'])
		await expect.poll(() => types(b.page)).toEqual(['need', 'resource'])
		await expect(badge(a.page)).toHaveAttribute('data-pending', '0', { timeout: 15_000 })
		await expect(badge(a.page)).toHaveText('已连接')
		// The same card ids on both sides.
		const ids = async (page: Page) => (await shapes(page)).map((s) => s.id).sort()
		expect(await ids(a.page)).toEqual(await ids(b.page))
		await a.context.close()
		await b.context.close()
	})

	test('reloading with the network cut still shows the board and takes edits, which reach the others later', async ({
		browser,
		baseURL,
	}) => {
		const board = await createBoard(baseURL as string, '离线重新加载')
		const a = await personWithNetwork(browser, '王社工')
		const b = await personContext(browser, '李主任')
		await openBoard(a.page, board.url)
		await openBoard(b.page, board.url)
		await placeCard(a.page, '1', [420, 320])
		await expect.poll(() => types(b.page)).toEqual(['need'])
		await expect(badge(a.page)).toHaveAttribute('data-pending', '0')

		// The service worker precached the build: the app shell and its code (localhost is a secure context).
		await a.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
		await expect
			.poll(() =>
				a.page.evaluate(async () => {
					const name = (await caches.keys()).find((n) => n.startsWith('workbox-precache-'))
					const urls = name ? (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname) : []
					return urls.includes('/index.html') && urls.some((u) => u.startsWith('/assets/') && u.endsWith('.js'))
				}),
			)
			.toBe(true)

		// Offline, reload: the page, the board summary and the board itself come from this device.
		await a.goOffline()
		const failedApi: string[] = []
		a.page.on('requestfailed', (r) => {
			if (r.url().includes('/api/')) failedApi.push(r.url())
		})
		// The service worker's own request for the page fails too (setOffline covers it): the shell comes from its cache.
		const failedInWorker: string[] = []
		a.context.on('requestfailed', (r) => {
			if (r.serviceWorker()) failedInWorker.push(r.url())
		})
		const reloaded = await a.page.reload()
		expect(reloaded?.fromServiceWorker()).toBe(true)
		expect(failedInWorker.some((u) => u.includes(`/b/${board.id}`))).toBe(true)
		await expect(a.page.locator('.tl-canvas')).toBeVisible()
		await a.page.waitForFunction(() => Boolean(window.__niudaiEditor))
		await expect.poll(() => types(a.page)).toEqual(['need'])
		await expect(a.page.getByTestId('board-title')).toHaveText('离线重新加载')
		await expect(badge(a.page)).toHaveAttribute('data-state', 'offline')
		expect(failedApi.some((u) => u.includes(`/api/boards/${board.id}`))).toBe(true)

		// An edit offline after the reload.
		await placeCard(a.page, '3', [700, 420])
		await expect.poll(() => types(a.page)).toEqual(['actor', 'need'])
		await expect(badge(a.page)).toHaveAttribute('data-pending', '1')
		await b.page.waitForTimeout(1000)
		expect(await types(b.page)).toEqual(['need'])

		// Back online: B sees it, A has nothing waiting.
		await a.goOnline()
		await expect.poll(() => types(b.page), { timeout: 15_000 }).toEqual(['actor', 'need'])
		await expect(badge(a.page)).toHaveAttribute('data-pending', '0', { timeout: 15_000 })
		await expect(badge(a.page)).toHaveAttribute('data-state', 'connected')
		await a.context.close()
		await b.context.close()
	})
})
