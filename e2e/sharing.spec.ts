import { expect, test } from '@playwright/test'
import { createBoard, openBoard, personContext, shapes } from './helpers'

test('a viewer link: the second browser sees changes live but cannot edit; deactivating it tells them', async ({
	browser,
	baseURL,
}) => {
	const board = await createBoard(baseURL as string, '只读链接测试')
	const host = await personContext(browser, '主持人')
	const guest = await personContext(browser, '居民')
	await openBoard(host.page, board.url)

	// The facilitator makes a viewer link in the share dialog.
	await host.page.getByTestId('open-share').click()
	const dialog = host.page.getByTestId('share-dialog')
	await dialog.getByTestId('share-role').selectOption('viewer')
	await dialog.getByTestId('share-label').fill('居民代表')
	await dialog.getByTestId('share-create').click()
	await expect(dialog.getByTestId('share-qr')).toBeVisible()
	const viewerUrl = await dialog.getByTestId('share-url').inputValue()
	expect(viewerUrl).toContain('?t=')
	await dialog.getByTestId('share-close').click()

	// The guest opens it: read-only, but live.
	await openBoard(guest.page, viewerUrl)
	await expect(guest.page.getByTestId('read-only-badge')).toBeVisible()
	await host.page.keyboard.press('1')
	await host.page.mouse.click(400, 350)
	await expect.poll(async () => (await shapes(guest.page)).length).toBe(1)

	// The guest cannot draw, nor edit the card.
	await guest.page.locator('.tl-canvas').click({ position: { x: 5, y: 200 } })
	await guest.page.keyboard.press('r')
	await guest.page.mouse.move(700, 300)
	await guest.page.mouse.down()
	await guest.page.mouse.move(800, 400, { steps: 5 })
	await guest.page.mouse.up()
	await guest.page.keyboard.press('2')
	await guest.page.mouse.click(900, 500)
	const [card] = await shapes(guest.page)
	await guest.page.evaluate((id) => {
		window.__niudaiEditor?.select(id as never)
	}, card.id)
	await expect(guest.page.getByTestId('inspector').locator('[data-field="title"] input')).toBeDisabled()
	// Even a write forced through the editor API never reaches the host: the server drops it.
	await guest.page.evaluate((id) => {
		const editor = window.__niudaiEditor
		if (!editor) return
		editor.updateInstanceState({ isReadonly: false })
		editor.updateShape({ id: id as never, type: 'need', props: { title: '被篡改' } } as never)
	}, card.id)
	await host.page.waitForTimeout(500)
	const hostTitles = await host.page.evaluate(() =>
		(window.__niudaiEditor?.getCurrentPageShapes() ?? []).map((s) => (s.props as { title?: string }).title ?? ''),
	)
	expect(hostTitles).toEqual([''])
	expect((await shapes(host.page)).length).toBe(1)

	// The facilitator deactivates (停用) the link after confirming; the guest is told in plain words.
	await host.page.getByTestId('open-share').click()
	const row = host.page.getByTestId('share-links').locator('tr', { hasText: '居民代表' })
	await row.getByTestId('share-revoke').click()
	await host.page.getByTestId('share-confirm-confirm').click()
	await expect(guest.page.getByTestId('refusal-page')).toContainText('停用', { timeout: 5000 })
	await host.context.close()
	await guest.context.close()
})
