import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { createBoard, openBoard, personContext, phoneContext } from './helpers'

/** The IndexedDB databases of the page's origin. */
const databases = (page: Page) =>
	page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? '').filter(Boolean))

/** What this browser remembers of a board in localStorage (token list, summary, pending list). */
const remembered = (page: Page, boardId: string) =>
	page.evaluate((id) => {
		const boards = JSON.parse(localStorage.getItem('niudai.boards') ?? '{}') as Record<string, unknown>
		return {
			token: id in boards,
			summary: localStorage.getItem(`niudai.offline.board.${id}`) !== null,
			pending: localStorage.getItem(`niudai.offline.pending.${id}`) !== null,
		}
	}, boardId)

test.describe('在此设备上退出 (sign out on this device)', () => {
	test('asks first, then forgets the board’s link, its local copy and its home-page entry', async ({
		browser,
		baseURL,
	}) => {
		const board = await createBoard(baseURL as string, '投影电脑上的白板')
		const other = await createBoard(baseURL as string, '另一块白板')
		const { page, context } = await personContext(browser, '主持人')
		await openBoard(page, other.url)
		await openBoard(page, board.url)
		await expect.poll(() => databases(page)).toContain(`niudai-board-${board.id}`)
		expect(await remembered(page, board.id)).toMatchObject({ token: true, summary: true })

		// Cancelled: nothing happens. The question is our own dialog (WeChat suppresses window.confirm).
		await page.getByTestId('board-menu').click()
		await page.getByTestId('sign-out-device').click()
		const dialog = page.getByTestId('sign-out-dialog')
		await expect(dialog).toContainText('投影电脑上的白板')
		await expect(dialog).toContainText('在此设备上退出')
		await expect(page.getByTestId('sign-out-dialog-cancel')).toBeFocused()
		await page.keyboard.press('Escape')
		await expect(dialog).toBeHidden()
		await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
		expect(new URL(page.url()).pathname).toBe(`/b/${board.id}`)
		expect(await remembered(page, board.id)).toMatchObject({ token: true })

		// Confirmed: home page, without the board; nothing of it left on this device.
		await page.getByTestId('board-menu').click()
		await page.getByTestId('sign-out-device').click()
		await page.getByTestId('sign-out-dialog-confirm').click()
		await expect(page).toHaveURL(`${baseURL}/`)
		await expect(page.getByTestId('board-list')).toContainText('另一块白板')
		await expect(page.getByTestId('board-list')).not.toContainText('投影电脑上的白板')
		expect(await remembered(page, board.id)).toEqual({ token: false, summary: false, pending: false })
		// Every IndexedDB copy of the board (the document, and the private fields' for editors) is gone.
		await expect.poll(async () => (await databases(page)).filter((name) => name.includes(board.id))).toEqual([])
		expect(await databases(page)).toContain(`niudai-board-${other.id}`)

		// The board does not open again on this device without its link.
		await page.goto(`/b/${board.id}`)
		await expect(page.getByTestId('refusal-page')).toContainText('链接')
		await context.close()
	})

	test('is in the 更多 sheet on a phone', async ({ browser, baseURL }) => {
		const board = await createBoard(baseURL as string, '手机上的白板')
		const { context, page } = await phoneContext(browser, '居民')
		await openBoard(page, board.url)
		await page.getByTestId('topbar-more').click()
		await page.getByTestId('topbar-more-sheet').getByTestId('board-menu').click()
		await page.getByTestId('sign-out-device').click()
		await page.getByTestId('sign-out-dialog-confirm').click()
		await expect(page).toHaveURL(`${baseURL}/`)
		expect(await remembered(page, board.id)).toEqual({ token: false, summary: false, pending: false })
		await context.close()
	})
})

test('a socket turned away for too many devices on one link says so, and the message goes once connected', async ({
	browser,
	baseURL,
}) => {
	const board = await createBoard(baseURL as string, '人很多的会')
	const { page, context } = await personContext(browser, '参会者')
	// The server's answer to a link with too many open sockets (4430), four times, then the real server.
	let refusals = 4
	await context.routeWebSocket(/\/sync\//, (ws) => {
		if (refusals > 0) {
			refusals--
			void ws.close({ code: 4430, reason: 'link full: too many open connections with this link' })
			return
		}
		return ws.connectToServer()
	})
	await page.goto(board.url)
	const notice = page.getByTestId('connection-refused')
	await expect(notice).toContainText('用这个链接同时打开的设备太多')
	await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
	await expect(notice).toHaveCount(0)
	await context.close()
})
