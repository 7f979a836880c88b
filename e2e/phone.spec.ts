import { expect, type Page, test } from '@playwright/test'
import { createBoard, openBoard, personContext, phoneContext } from './helpers'

/** The page-space centre of a page's viewport. */
function viewCentre(page: Page) {
	return page.evaluate(() => {
		const b = window.__niudaiEditor?.getViewportPageBounds()
		return b ? { x: b.center.x, y: b.center.y } : null
	})
}

function needTitles(page: Page) {
	return page.evaluate(() =>
		(window.__niudaiEditor?.getCurrentPageShapes() ?? [])
			.filter((s) => s.type === 'need')
			.map((s) => (s.props as { title: string }).title)
			.sort(),
	)
}

test('on a 390×844 touch phone a participant joins by the shared link, reads a card, adds a need, votes and follows the facilitator', async ({
	browser,
	baseURL,
}) => {
	// Two browsers and a long walk through the meeting: more time than one page's test.
	test.slow()
	const board = await createBoard(baseURL as string, '楼道议事会')
	const host = await personContext(browser, '李主任')
	await openBoard(host.page, board.url)
	await host.page.evaluate(() => {
		window.__niudaiEditor?.createShape({
			id: 'shape:need-meal',
			type: 'need',
			x: 40,
			y: 140,
			props: { title: '老年人助餐', description: '独居老人午餐没有着落' },
		} as never)
	})

	// The facilitator makes an editor link in the share dialog: the URL its QR code shows.
	await host.page.getByTestId('open-share').click()
	const dialog = host.page.getByTestId('share-dialog')
	await dialog.getByTestId('share-role').selectOption('editor')
	await dialog.getByTestId('share-label').fill('居民（手机）')
	await dialog.getByTestId('share-create').click()
	await expect(dialog.getByTestId('share-qr')).toBeVisible()
	const phoneUrl = await dialog.getByTestId('share-url').inputValue()
	await dialog.getByTestId('share-close').click()

	const phone = await phoneContext(browser, '王阿姨')
	await openBoard(phone.page, phoneUrl)

	// The phone layout: the top bar fits the screen; the rest of the tools are in 更多.
	await expect
		.poll(async () => {
			const bar = await phone.page.locator('.nd-topbar').boundingBox()
			return bar !== null && bar.x >= 0 && bar.x + bar.width <= 390
		})
		.toBe(true)
	await expect(phone.page.getByTestId('open-analytics')).toHaveCount(0)
	await phone.page.getByTestId('topbar-more').tap()
	await expect(phone.page.getByTestId('open-analytics')).toBeVisible()
	await phone.page.getByTestId('topbar-more').tap()
	await expect(phone.page.getByTestId('topbar-more-sheet')).toHaveCount(0)

	// Reads the card: its title on the canvas, and every field in the details sheet.
	const card = phone.page.locator('.nd-card').filter({ hasText: '老年人助餐' })
	await expect(card).toBeVisible()
	// A tap on the card (the canvas takes the touch; the card's DOM is drawn under it).
	const cardBox = await card.boundingBox()
	if (!cardBox) throw new Error('card not laid out')
	await phone.page.touchscreen.tap(cardBox.x + cardBox.width / 2, cardBox.y + cardBox.height / 2)
	await expect
		.poll(() => phone.page.evaluate(() => window.__niudaiEditor?.getSelectedShapeIds() ?? []))
		.toEqual(['shape:need-meal'])
	// 详情 under the selected card opens its fields in a sheet.
	await phone.page.getByTestId('card-details').tap()
	const inspector = phone.page.getByTestId('inspector')
	await expect(inspector.locator('[data-field="title"] input')).toHaveValue('老年人助餐')
	await expect(inspector.locator('[data-field="description"] textarea')).toHaveValue('独居老人午餐没有着落')
	await phone.page.getByTestId('card-details-close').tap()

	// Adds a need with the toolbar and names it in the details sheet.
	await phone.page.getByTestId('tools.need').tap()
	await phone.page.locator('.tl-canvas').tap({ position: { x: 200, y: 560 } })
	await expect.poll(async () => (await needTitles(phone.page)).length).toBe(2)
	await phone.page.getByTestId('card-details').tap()
	const title = phone.page.getByTestId('inspector').locator('[data-field="title"] input')
	await title.fill('楼道照明')
	await title.press('Enter')
	await expect.poll(() => needTitles(host.page)).toEqual(['楼道照明', '老年人助餐'])
	await phone.page.getByTestId('card-details-close').tap()

	// Votes: the facilitator starts a vote; the panel opens on the phone as a bottom sheet.
	await host.page.getByTestId('open-vote').click()
	await host.page.getByTestId('vote-panel').getByTestId('vote-start').click()
	const sheet = phone.page.getByTestId('vote-panel')
	await expect(sheet).toHaveAttribute('data-status', 'open')
	// A bottom sheet (measured once it has settled): it reaches the bottom and leaves the canvas visible.
	await expect
		.poll(async () => {
			const box = await sheet.boundingBox()
			return box !== null && Math.round(box.y + box.height) === 844 && box.height < 844 * 0.75
		})
		.toBe(true)
	const row = (t: string) => sheet.getByTestId('vote-need').filter({ hasText: t })
	await row('楼道照明').getByTestId('vote-add').tap()
	await row('楼道照明').getByTestId('vote-add').tap()
	// The last dot goes straight onto the card on the canvas ("+●"), not through the list.
	// The sheet covers the lower part of the screen: the person first pans the card into the part above it.
	await phone.page.evaluate(() => {
		const editor = window.__niudaiEditor
		const bounds = editor?.getShapePageBounds('shape:need-meal' as never)
		if (editor && bounds) editor.setCamera({ x: 30 - bounds.x, y: 130 - bounds.y, z: 1 })
	})
	const cardDot = phone.page.locator('.nd-card').filter({ hasText: '老年人助餐' }).getByTestId('card-dot-add')
	await cardDot.tap()
	await expect(row('老年人助餐')).toHaveAttribute('data-mine', '1')
	await expect(sheet.getByTestId('vote-remaining')).toHaveAttribute('data-count', '0')
	await expect(cardDot).toBeDisabled()
	await host.page.getByTestId('vote-panel').getByTestId('vote-end').click()
	await host.page.getByTestId('vote-end-confirm-confirm').click()
	await expect(sheet).toHaveAttribute('data-status', 'closed')
	await expect(sheet.getByTestId('vote-rank-row').first()).toContainText('楼道照明')
	await expect(phone.page.getByTestId('vote-badge').first()).toBeVisible()
	await phone.page.getByTestId('open-vote').tap()
	await expect(sheet).toHaveCount(0)

	// Follows: the facilitator asks everyone to follow; the phone's view goes where theirs goes.
	await host.page.getByTestId('meeting-open').click()
	await host.page.getByTestId('follow-me').click()
	const banner = phone.page.getByTestId('follow-banner')
	await expect(banner).toHaveAttribute('data-mode', 'following')
	await host.page.evaluate(() => {
		window.__niudaiEditor?.setCamera({ x: -3000, y: -2000, z: 1 })
	})
	await expect
		.poll(async () => {
			const [a, b] = await Promise.all([viewCentre(host.page), viewCentre(phone.page)])
			return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : Number.POSITIVE_INFINITY
		})
		.toBeLessThan(5)
	const centre = await viewCentre(phone.page)
	expect(centre?.x).toBeGreaterThan(2500)
	await banner.getByTestId('stop-following').tap()
	await expect(banner).toHaveAttribute('data-mode', 'stopped')

	await phone.context.close()
	await host.context.close()
})
