import { expect, type Page, test } from '@playwright/test'
import { createBoard, openBoard, personContext, phoneContext, shareLink } from './helpers'
import { personWithNetwork } from './personWithNetwork'

const NEED = { id: 'shape:need-meal', title: '老年人助餐' }
const RESOURCE = { id: 'shape:res-hall', title: '社区活动室' }

/** Two cards made by the facilitator, the view fitted to them. */
async function addCards(page: Page): Promise<void> {
	await page.evaluate(
		({ need, resource }) => {
			const editor = window.__niudaiEditor
			if (!editor) return
			editor.createShape({ id: need.id, type: 'need', x: 0, y: 0, props: { title: need.title } } as never)
			editor.createShape({ id: resource.id, type: 'resource', x: 400, y: 0, props: { title: resource.title } } as never)
			editor.zoomToFit()
			editor.resetZoom()
		},
		{ need: NEED, resource: RESOURCE },
	)
}

/** Selects one shape (as a click on it would) and waits for the 评论 button. */
async function select(page: Page, id: string): Promise<void> {
	await page.evaluate((shapeId) => {
		const editor = window.__niudaiEditor
		editor?.select(shapeId as never)
		const bounds = editor?.getShapePageBounds(shapeId as never)
		if (bounds) editor?.centerOnPoint(bounds.center)
	}, id)
	await expect(page.getByTestId('comment-open-selection')).toBeVisible()
}

const badgeOn = (page: Page, card: { title: string }) =>
	page.locator('.nd-card', { hasText: card.title }).getByTestId('comment-badge')

test('comments: a participant’s thread on a card appears live with its badge; a reply, resolve, a pin, a deleted card', async ({
	browser,
	baseURL,
}, testInfo) => {
	const base = baseURL as string
	const board = await createBoard(base, '评论测试')
	const host = await personContext(browser, '主持人')
	await host.page.setViewportSize({ width: 1366, height: 768 })
	await openBoard(host.page, board.url)
	await addCards(host.page)
	const guest = await personContext(browser, '王阿姨')
	await openBoard(guest.page, await shareLink(base, board, 'participant', '居民A'))
	await expect(guest.page.getByTestId('read-only-badge')).toHaveText('参会')

	// The participant comments on the need card, mentioning the facilitator through the autocomplete.
	await select(guest.page, NEED.id)
	await guest.page.getByTestId('comment-open-selection').click()
	await expect(guest.page.getByTestId('comment-place')).toHaveText('需求「老年人助餐」')
	const input = guest.page.getByTestId('comment-new-input')
	await input.fill('请补充人数 ')
	await input.pressSequentially('@主')
	await expect(guest.page.getByTestId('mention-list')).toContainText('@主持人')
	await input.press('Enter')
	await expect(input).toHaveValue('请补充人数 @主持人 ')
	await guest.page.getByTestId('comment-new-send').click()
	await expect(guest.page.getByTestId('comment-body')).toHaveText('请补充人数 @主持人')
	await expect(guest.page.locator('.nd-comment__mention')).toHaveText('@主持人')

	// The facilitator is told they were mentioned (the comment is news, not history).
	const notice = host.page.getByTestId('mention-notice')
	await expect(notice).toContainText('王阿姨 在评论中提到了你')
	await expect(notice).toContainText('请补充人数 @主持人')
	await expect(guest.page.getByTestId('mention-notice')).toHaveCount(0)
	await host.page.screenshot({ path: testInfo.outputPath('mention-notice-1366.png') })
	await notice.getByTestId('mention-notice-dismiss').click()
	await expect(notice).toHaveCount(0)

	// Live on the facilitator's board: the card's badge, and the thread in the 评论 panel.
	await expect(badgeOn(host.page, NEED)).toHaveAttribute('data-count', '1')
	await host.page.getByTestId('open-comments').click()
	const row = host.page.getByTestId('comments-row')
	await expect(row).toHaveCount(1)
	await expect(row.getByTestId('comments-row-place')).toHaveText('需求「老年人助餐」')
	await host.page.screenshot({ path: testInfo.outputPath('panel-1366.png') })
	await row.click()
	// The canvas went to the card and selected it; the thread opens.
	await expect.poll(() => host.page.evaluate(() => window.__niudaiEditor?.getSelectedShapeIds())).toEqual([NEED.id])
	await host.page.getByTestId('comment-reply-input').fill('好的，明天补上')
	await host.page.getByTestId('comment-reply-send').click()
	await expect(guest.page.getByTestId('comment-body')).toHaveText(['请补充人数 @主持人', '好的，明天补上'])
	await expect(badgeOn(guest.page, NEED)).toHaveAttribute('data-count', '2')
	await host.page.screenshot({ path: testInfo.outputPath('thread-1366.png') })

	// Resolving moves it out of the open filter, for everyone; its badge goes.
	await host.page.getByTestId('thread-resolve').click()
	await expect(guest.page.getByTestId('thread-resolved')).toContainText('主持人 已解决')
	await expect(badgeOn(guest.page, NEED)).toHaveCount(0)
	await guest.page.getByTestId('comment-sheet-back').click()
	await expect(guest.page.getByTestId('comments-empty')).toBeVisible()
	await guest.page.getByTestId('comments-status-resolved').click()
	await expect(guest.page.getByTestId('comments-row')).toHaveCount(1)
	await guest.page.getByTestId('comments-panel-close').click()

	// A thread pinned to a point of the canvas: C, then a click.
	await host.page.getByTestId('comment-sheet-close').click()
	await host.page.evaluate(() => {
		window.__niudaiEditor?.selectNone()
	})
	await host.page.locator('.tl-canvas').focus()
	await host.page.keyboard.press('c')
	await expect(host.page.getByTestId('comment-pin-layer')).toBeVisible()
	await host.page.mouse.click(700, 560)
	await host.page.getByTestId('comment-new-input').fill('这里可以放一个停车棚')
	await host.page.getByTestId('comment-new-send').click()
	await expect(host.page.getByTestId('comment-place')).toHaveText('画布上的一点')
	const pin = guest.page.getByTestId('comment-pin')
	await expect(pin).toHaveCount(1)
	await pin.click()
	await expect(guest.page.getByTestId('comment-body')).toHaveText('这里可以放一个停车棚')
	await guest.page.getByTestId('comment-sheet-close').click()

	// A thread on a card that is then deleted stays readable in the panel as （卡片已删除）.
	// Choosing a card while the sheet is open shows that card's threads.
	await host.page.evaluate((id) => {
		window.__niudaiEditor?.select(id as never)
	}, RESOURCE.id)
	await expect(host.page.getByTestId('comment-place')).toHaveText('资源「社区活动室」')
	await host.page.getByTestId('comment-new-input').fill('活动室周末开放吗？')
	await host.page.getByTestId('comment-new-send').click()
	await expect(badgeOn(guest.page, RESOURCE)).toHaveAttribute('data-count', '1')
	await host.page.evaluate((id) => {
		window.__niudaiEditor?.deleteShape(id as never)
	}, RESOURCE.id)
	await guest.page.getByTestId('open-comments').click()
	await guest.page.getByTestId('comments-filter-place').selectOption('deleted')
	const gone = guest.page.getByTestId('comments-row')
	await expect(gone).toHaveCount(1)
	await expect(gone.getByTestId('comments-row-place')).toHaveText('（卡片已删除）')
	await gone.click()
	await expect(guest.page.getByTestId('comment-place')).toHaveText('（卡片已删除）')
	await expect(guest.page.getByTestId('comment-body')).toHaveText('活动室周末开放吗？')
	await expect(guest.page.getByTestId('comment-new-input')).toHaveCount(0)
	await host.context.close()
	await guest.context.close()
})

test('comments on a 390×844 touch phone: the bottom sheet adds a comment the facilitator sees', async ({
	browser,
	baseURL,
}, testInfo) => {
	const base = baseURL as string
	const board = await createBoard(base, '手机评论')
	const host = await personContext(browser, '主持人')
	await openBoard(host.page, board.url)
	await addCards(host.page)
	const phone = await phoneContext(browser, '李师傅')
	await openBoard(phone.page, await shareLink(base, board, 'participant', '居民B'))
	await select(phone.page, NEED.id)
	// Beside the card's 详情 button.
	await expect(phone.page.getByTestId('card-details')).toBeVisible()
	await phone.page.getByTestId('comment-open-selection').tap()
	const sheet = phone.page.getByTestId('comment-sheet')
	await expect(sheet).toBeVisible()
	const box = await sheet.boundingBox()
	expect(box?.x).toBe(0)
	expect(Math.round((box?.y ?? 0) + (box?.height ?? 0))).toBe(844)
	const input = phone.page.getByTestId('comment-new-input')
	expect(await input.evaluate((el) => getComputedStyle(el).fontSize)).toBe('16px')
	await input.fill('电梯的事情也要讨论')
	await phone.page.getByTestId('comment-new-send').tap()
	await expect(phone.page.getByTestId('comment-body')).toHaveText('电梯的事情也要讨论')
	await phone.page.screenshot({ path: testInfo.outputPath('thread-390.png') })
	await expect(badgeOn(host.page, NEED)).toHaveAttribute('data-count', '1')
	// The panel is a bottom sheet too.
	await phone.page.getByTestId('comment-sheet-back').tap()
	await expect(phone.page.getByTestId('comments-row')).toHaveCount(1)
	await phone.page.screenshot({ path: testInfo.outputPath('panel-390.png') })
	await host.context.close()
	await phone.context.close()
})

test('a comment written offline shows at once as waiting and reaches the facilitator on reconnect', async ({
	browser,
	baseURL,
}) => {
	const base = baseURL as string
	const board = await createBoard(base, '离线评论')
	const host = await personContext(browser, '主持人')
	await openBoard(host.page, board.url)
	await addCards(host.page)
	const guest = await personWithNetwork(browser, '王阿姨')
	await openBoard(guest.page, await shareLink(base, board, 'participant', '居民A'))
	await select(guest.page, NEED.id)

	await guest.goOffline()
	await expect(guest.page.getByTestId('connection-status')).toHaveAttribute('data-state', 'offline')
	await guest.page.getByTestId('comment-open-selection').click()
	await guest.page.getByTestId('comment-new-input').fill('离线时写的意见')
	await guest.page.getByTestId('comment-new-send').click()
	const mine = guest.page.getByTestId('comment')
	await expect(mine).toHaveAttribute('data-waiting', 'true')
	await expect(mine.getByTestId('comment-waiting')).toHaveText('等待同步')
	await expect(badgeOn(guest.page, NEED)).toHaveAttribute('data-count', '1')
	expect(await badgeOn(host.page, NEED).count()).toBe(0)

	await guest.goOnline()
	await expect(guest.page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected', {
		timeout: 15_000,
	})
	await expect(badgeOn(host.page, NEED)).toHaveAttribute('data-count', '1', { timeout: 15_000 })
	await host.page.getByTestId('open-comments').click()
	await expect(host.page.getByTestId('comments-row')).toContainText('离线时写的意见')
	await expect(mine).toHaveAttribute('data-waiting', 'false', { timeout: 15_000 })
	await host.context.close()
	await guest.context.close()
})

test('a viewer reads comments and writes them only while the facilitator allows it in 分享; a link’s count shows on its arrow', async ({
	browser,
	baseURL,
}) => {
	const base = baseURL as string
	const board = await createBoard(base, '只读评论')
	const host = await personContext(browser, '主持人')
	await openBoard(host.page, board.url)
	await addCards(host.page)
	await host.page.evaluate(() => {
		window.__niudaiEditor?.createShape({
			id: 'shape:arrow-1',
			type: 'arrow',
			x: 250,
			y: 200,
			props: { start: { x: 0, y: 0 }, end: { x: 140, y: 0 } },
		} as never)
	})
	const viewer = await personContext(browser, '赵先生')
	await openBoard(viewer.page, await shareLink(base, board, 'viewer', '旁听'))

	// Not allowed yet: the thread reads, with no box to write in.
	await select(viewer.page, 'shape:arrow-1')
	await viewer.page.getByTestId('comment-open-selection').click()
	await expect(viewer.page.getByTestId('comment-place')).toHaveText('连线「未命名」')
	await expect(viewer.page.getByTestId('comment-read-only')).toBeVisible()
	await expect(viewer.page.getByTestId('comment-new-input')).toHaveCount(0)

	// The facilitator allows it: the box appears live.
	await host.page.getByTestId('open-share').click()
	await host.page.getByTestId('viewer-comments-toggle').check()
	await expect(viewer.page.getByTestId('comment-new-input')).toBeVisible()
	await viewer.page.getByTestId('comment-new-input').fill('这条连线的数量对吗？')
	await viewer.page.getByTestId('comment-new-send').click()
	await expect(host.page.getByTestId('link-comment-badge')).toHaveAttribute('data-count', '1')

	// And takes it back.
	await host.page.getByTestId('viewer-comments-toggle').uncheck()
	await expect(viewer.page.getByTestId('comment-new-input')).toHaveCount(0)
	await expect(viewer.page.getByTestId('comment-reply-input')).toHaveCount(0)
	await expect(viewer.page.getByTestId('comment-body')).toHaveText('这条连线的数量对吗？')

	// Without a mouse: C, then Enter pins a thread at the middle of the view.
	await host.page.getByTestId('share-close').click()
	await host.page.evaluate(() => {
		window.__niudaiEditor?.selectNone()
	})
	await host.page.locator('.tl-canvas').focus()
	await host.page.keyboard.press('c')
	await expect(host.page.getByTestId('comment-pin-layer')).toBeVisible()
	await host.page.keyboard.press('Enter')
	await expect(host.page.getByTestId('comment-place')).toHaveText('画布上的一点')
	await host.page.keyboard.type('中间的空地')
	await host.page.keyboard.press('Control+Enter')
	await expect(viewer.page.getByTestId('comment-pin')).toHaveCount(1)
	await host.context.close()
	await viewer.context.close()
})
