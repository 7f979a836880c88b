import { expect, type Page, test } from '@playwright/test'
import { createBoard, personContext, phoneContext, shareLink } from './helpers'

/** Opens a board and waits until it is live, patiently: a busy test machine can take 20 s. */
async function openBoard(page: Page, url: string): Promise<void> {
	await page.goto(url)
	await expect(page.locator('.tl-canvas')).toBeVisible({ timeout: 40_000 })
	await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected', { timeout: 20_000 })
	await page.waitForFunction(() => Boolean(window.__niudaiEditor))
}

/** The page-space rectangle a page's viewport shows. */
function viewport(page: Page) {
	return page.evaluate(() => {
		const b = window.__niudaiEditor?.getViewportPageBounds()
		return b ? { x: b.x, y: b.y, w: b.w, h: b.h } : null
	})
}

async function tapCard(page: Page, title: string): Promise<void> {
	const card = page.locator('.nd-card').filter({ hasText: title })
	await expect(card).toBeVisible()
	const box = await card.boundingBox()
	if (!box) throw new Error(`card ${title} not laid out`)
	await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2)
}

test('on a 390×844 phone: the top bar fits with the board’s name and 更多, 详情 opens the card’s fields in 16 px inputs, 清单 shows every tab and a card per row, an open sheet folds the timer and the follow control into the bar', async ({
	browser,
	baseURL,
}) => {
	// Two browsers and a long walk through the meeting: more time than one page's test.
	test.slow()
	const board = await createBoard(baseURL as string, '幸福里社区楼道议事会（2027年第一次）')
	const host = await personContext(browser, '李主任')
	await host.page.setViewportSize({ width: 1366, height: 768 })
	await openBoard(host.page, board.url)
	await host.page.evaluate(() => {
		window.__niudaiEditor?.createShape({
			id: 'shape:need-meal',
			type: 'need',
			x: 40,
			y: 200,
			props: { title: '老年人助餐', description: '独居老人午餐没有着落' },
		} as never)
		window.__niudaiEditor?.createShape({
			id: 'shape:need-light',
			type: 'need',
			x: 40,
			y: 420,
			props: { title: '楼道照明' },
		} as never)
	})
	const phone = await phoneContext(browser, '王阿姨')
	await openBoard(phone.page, await shareLink(baseURL as string, board, 'editor', '居民'))

	// The top bar: inside the screen, one line, the board's name (cut short), 投票 and 更多.
	const bar = await phone.page.locator('.nd-topbar').boundingBox()
	expect(bar).not.toBeNull()
	expect(bar?.x).toBeGreaterThanOrEqual(0)
	expect((bar?.x ?? 0) + (bar?.width ?? 0)).toBeLessThanOrEqual(390)
	expect(bar?.height).toBeLessThanOrEqual(50)
	await expect(phone.page.getByTestId('topbar-more')).toBeInViewport({ ratio: 1 })
	await expect(phone.page.getByTestId('open-vote')).toBeInViewport({ ratio: 1 })
	const title = phone.page.getByTestId('board-title')
	await expect(title).toBeVisible()
	expect((await title.boundingBox())?.width ?? 0).toBeGreaterThan(40)
	await expect(title).toHaveCSS('text-overflow', 'ellipsis')

	// 详情 under the selected card opens its fields; every field is 16 px (no zoom on focus).
	await phone.page.evaluate(() => {
		window.__niudaiEditor?.zoomToFit()
	})
	await tapCard(phone.page, '老年人助餐')
	await expect
		.poll(() => phone.page.evaluate(() => window.__niudaiEditor?.getSelectedShapeIds()))
		.toEqual(['shape:need-meal'])
	await expect(phone.page.getByTestId('mobile-styles.button')).toBeHidden()
	await phone.page.getByTestId('card-details').tap()
	const sheet = phone.page.getByTestId('card-details-sheet')
	await expect(sheet.locator('[data-field="title"] input')).toHaveValue('老年人助餐')
	await expect(sheet.locator('[data-field="description"] textarea')).toHaveValue('独居老人午餐没有着落')
	const fontSizes = await sheet
		.locator('input, select, textarea')
		.evaluateAll((els) => els.map((el) => Number.parseFloat(getComputedStyle(el).fontSize)))
	expect(fontSizes.length).toBeGreaterThan(5)
	expect(Math.min(...fontSizes)).toBeGreaterThanOrEqual(16)
	// The sheet has the lower screen: tldraw's toolbar steps aside.
	await expect(phone.page.locator('.tlui-layout__bottom')).toBeHidden()
	const edited = sheet.locator('[data-field="title"] input')
	await edited.fill('老年人助餐点')
	await edited.press('Enter')
	await expect
		.poll(() =>
			host.page.evaluate(
				() =>
					(window.__niudaiEditor?.getShape('shape:need-meal' as never)?.props as { title?: string } | undefined)?.title,
			),
		)
		.toBe('老年人助餐点')

	// While the sheet is open, the facilitator starts a countdown and asks everyone to follow:
	// both sit folded in the top bar, not over the sheet.
	await host.page.getByTestId('meeting-open').click()
	await host.page.getByTestId('timer-preset-5').click()
	await host.page.getByTestId('follow-me').click()
	await host.page.getByTestId('meeting-open').click()
	const folded = phone.page.getByTestId('topbar-folded-meeting')
	await expect(folded.getByTestId('meeting-timer')).toBeVisible()
	await expect(folded.getByTestId('follow-banner')).toBeVisible()
	await expect(phone.page.locator('.nd-meeting-overlays [data-testid="meeting-timer"]')).toHaveCount(0)
	const barWithMeeting = await phone.page.locator('.nd-topbar').boundingBox()
	expect((barWithMeeting?.x ?? 0) + (barWithMeeting?.width ?? 0)).toBeLessThanOrEqual(390)
	await expect(phone.page.getByTestId('topbar-more')).toBeInViewport({ ratio: 1 })
	await expect(folded.getByRole('button')).toHaveCount(1)
	await phone.page.getByTestId('card-details-close').tap()
	await expect(sheet).toHaveCount(0)
	// Sheet closed: the timer and the banner are back over the canvas, the toolbar too.
	await expect(phone.page.locator('.nd-meeting-overlays [data-testid="meeting-timer"]')).toBeVisible()
	await expect(phone.page.locator('.tlui-layout__bottom')).toBeVisible()

	// Following: the phone shows all of the facilitator's visible area, and only our one 停止跟随.
	await host.page.evaluate(() => {
		window.__niudaiEditor?.setCamera({ x: -2000, y: -1500, z: 1 })
	})
	await expect
		.poll(async () => {
			const [lead, mine] = await Promise.all([viewport(host.page), viewport(phone.page)])
			if (!lead || !mine) return false
			const slack = 2
			return (
				mine.x <= lead.x + slack &&
				mine.y <= lead.y + slack &&
				mine.x + mine.w >= lead.x + lead.w - slack &&
				mine.y + mine.h >= lead.y + lead.h - slack
			)
		})
		.toBe(true)
	await expect(phone.page.getByTestId('stop-following')).toHaveCount(1)
	await expect(phone.page.getByTestId('helper-buttons.stop-following')).toBeHidden()
	await expect(phone.page.locator('.tl-following-indicator')).toHaveCount(0)
	await host.page.evaluate(() => {
		window.__niudaiEditor?.setCamera({ x: 0, y: 0, z: 1 })
	})
	await phone.page.getByTestId('stop-following').tap()

	// 清单: all five tabs on screen, each card a block of labelled fields within the screen.
	await phone.page.getByTestId('topbar-more').tap()
	await phone.page.getByTestId('open-lists').tap()
	const lists = phone.page.getByTestId('lists-view')
	await expect(lists).toBeVisible()
	for (const tab of ['needs', 'resources', 'projects', 'matches', 'actors']) {
		const box = await lists.getByTestId(`lists-tab-${tab}`).boundingBox()
		expect(box, tab).not.toBeNull()
		expect(box?.x ?? -1).toBeGreaterThanOrEqual(0)
		expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390)
		// One line per tab name (not a character per line).
		expect(box?.height ?? 99).toBeLessThan(48)
	}
	const rows = lists.locator('tbody tr')
	await expect(rows).toHaveCount(2)
	for (const row of await rows.all()) {
		const box = await row.boundingBox()
		expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390)
	}
	await expect(rows.first().locator('[data-field="title"]')).toHaveCSS('display', 'grid')
	const listFonts = await lists
		.locator('input, select, textarea')
		.evaluateAll((els) => els.map((el) => Number.parseFloat(getComputedStyle(el).fontSize)))
	expect(Math.min(...listFonts)).toBeGreaterThanOrEqual(16)

	await phone.context.close()
	await host.context.close()
})
