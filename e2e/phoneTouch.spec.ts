import { expect, type Page, test } from '@playwright/test'
import { createBoard, openBoard, phoneContext } from './helpers'

/** Drags one finger from `from` to `to` (CSS pixels) in small steps, as a swipe on a phone. */
async function swipe(page: Page, from: [number, number], to: [number, number], steps = 12): Promise<void> {
	const cdp = await page.context().newCDPSession(page)
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from[0], y: from[1] }] })
	for (let i = 1; i <= steps; i++) {
		const x = from[0] + ((to[0] - from[0]) * i) / steps
		const y = from[1] + ((to[1] - from[1]) * i) / steps
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] })
	}
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
	await cdp.detach()
}

function camera(page: Page) {
	return page.evaluate(() => {
		const c = window.__niudaiEditor?.getCamera()
		return c ? { x: c.x, y: c.y, z: c.z } : null
	})
}

function selectedIds(page: Page) {
	return page.evaluate(() => (window.__niudaiEditor?.getSelectedShapeIds() ?? []) as string[])
}

/** Twelve need cards in a grid from page (0, 400): a phone's screen full of cards. */
async function addCardGrid(page: Page): Promise<void> {
	await page.evaluate(() => {
		const editor = window.__niudaiEditor
		if (!editor) return
		for (let i = 0; i < 12; i++) {
			editor.createShape({
				id: `shape:grid-${i}`,
				type: 'need',
				x: (i % 3) * 180,
				y: 400 + Math.floor(i / 3) * 120,
				props: { title: `需求 ${i + 1}`, w: 170, h: 110 },
			} as never)
		}
		editor.setCamera({ x: 0, y: 0, z: 1 })
	})
}

test('on a touch phone one finger pans the board: a swipe over empty canvas or over cards moves the view and selects nothing; a tap selects a card', async ({
	browser,
	baseURL,
}) => {
	const board = await createBoard(baseURL as string, '手势')
	const phone = await phoneContext(browser, '王阿姨')
	await openBoard(phone.page, board.url)
	await addCardGrid(phone.page)
	await expect(phone.page.locator('.nd-card')).toHaveCount(12)

	// Empty canvas (page y 150–350 holds nothing): the view moves with the finger.
	const before = await camera(phone.page)
	await swipe(phone.page, [300, 320], [120, 200])
	await expect.poll(async () => (await camera(phone.page))?.x ?? 0).toBeLessThan((before?.x ?? 0) - 150)
	const afterEmpty = await camera(phone.page)
	expect((afterEmpty?.y ?? 0) - (before?.y ?? 0)).toBeLessThan(-80)
	expect(await selectedIds(phone.page)).toEqual([])

	// Over the cards: a swipe that starts on a card still pans, and moves no card.
	const overCards = () =>
		phone.page.evaluate(() => {
			window.__niudaiEditor?.setCamera({ x: 10, y: -300, z: 0.7 })
		})
	await overCards()
	const cardsBefore = await phone.page.evaluate(() =>
		(window.__niudaiEditor?.getCurrentPageShapes() ?? []).map((s) => `${s.id}:${s.x},${s.y}`).sort(),
	)
	await swipe(phone.page, [200, 300], [200, 120])
	await expect.poll(async () => (await camera(phone.page))?.y ?? 0).toBeLessThan(-500)
	expect(await selectedIds(phone.page)).toEqual([])
	const cardsAfter = await phone.page.evaluate(() =>
		(window.__niudaiEditor?.getCurrentPageShapes() ?? []).map((s) => `${s.id}:${s.x},${s.y}`).sort(),
	)
	expect(cardsAfter).toEqual(cardsBefore)

	// A tap on a card selects it.
	await overCards()
	const card = phone.page.locator('.nd-card').filter({ hasText: '需求 5' })
	const box = await card.boundingBox()
	if (!box) throw new Error('card not laid out')
	await phone.page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2)
	await expect.poll(() => selectedIds(phone.page)).toEqual(['shape:grid-4'])

	await phone.context.close()
})
