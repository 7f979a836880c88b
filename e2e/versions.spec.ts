import { expect, type Page, test } from '@playwright/test'
import { createBoard, drawRectangle, openBoard, personContext, shapes } from './helpers'

/** The shapes as comparable data (id, type, rounded position), sorted by id. */
async function layout(page: Page): Promise<string> {
	const list = await shapes(page)
	return JSON.stringify(
		list
			.map((s) => ({ id: s.id, type: s.type, x: Math.round(s.x), y: Math.round(s.y) }))
			.sort((a, b) => a.id.localeCompare(b.id)),
	)
}

test('save a named version, change the board, restore it from the history panel: both browsers show the version again; the pre-restore version is listed and previews read-only', async ({
	browser,
	baseURL,
}) => {
	const board = await createBoard(baseURL as string, '版本测试')
	const token = new URL(board.url, baseURL).searchParams.get('t') as string
	const linkRes = await fetch(`${baseURL}/api/boards/${board.id}/links`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
		body: JSON.stringify({ role: 'editor', label: '居委会' }),
	})
	expect(linkRes.status).toBe(201)
	const editorUrl = ((await linkRes.json()) as { url: string }).url

	const host = await personContext(browser, '王主持')
	const guest = await personContext(browser, '李编辑')
	await openBoard(host.page, board.url)
	await openBoard(guest.page, editorUrl)

	// Two need cards.
	await host.page.keyboard.press('1')
	await host.page.mouse.click(500, 300)
	await host.page.keyboard.press('1')
	await host.page.mouse.click(850, 450)
	await expect.poll(async () => (await shapes(guest.page)).length).toBe(2)
	const original = await layout(host.page)
	await expect.poll(() => layout(guest.page)).toBe(original)

	// The guest has the history open while the facilitator saves: the list refreshes by itself.
	await guest.page.getByTestId('open-history').click()
	await expect(guest.page.getByTestId('history-panel').getByTestId('versions-empty')).toBeVisible()

	// The facilitator saves "3月议事会后" from the history panel.
	await host.page.getByTestId('open-history').click()
	const panel = host.page.getByTestId('history-panel')
	await expect(panel.getByTestId('versions-empty')).toBeVisible()
	await panel.getByTestId('version-name').fill('3月议事会后')
	await panel.getByTestId('save-version').click()
	await expect(panel.getByTestId('versions-status')).toContainText('已保存「3月议事会后」')
	const saved = panel.locator('[data-testid="version-item"][data-kind="manual"]')
	await expect(saved).toHaveCount(1)
	await expect(saved).toContainText('3月议事会后')
	await expect(saved).toContainText('王主持')
	await expect(saved).toContainText('2 个图形')

	// The guest (an editor) sees the list but no save or restore.
	const guestPanel = guest.page.getByTestId('history-panel')
	await expect(guestPanel.getByTestId('version-item')).toHaveCount(1)
	await expect(guestPanel.getByTestId('save-version')).toHaveCount(0)
	await expect(guestPanel.getByTestId('restore-version')).toHaveCount(0)
	await expect(guestPanel.getByTestId('preview-version')).toHaveCount(1)
	await guest.page.getByTestId('open-history').click()

	// Change the board: the guest deletes a card, the host moves the other and draws a rectangle.
	const [first, second] = await shapes(host.page)
	await guest.page.evaluate((id) => {
		const editor = window.__niudaiEditor
		editor?.select(id as never)
		editor?.deleteShapes([id as never])
	}, second.id)
	await host.page.evaluate((id) => {
		const editor = window.__niudaiEditor
		editor?.updateShape({ id: id as never, type: 'need', x: 1200, y: 600 } as never)
	}, first.id)
	await drawRectangle(host.page, [600, 600], [700, 680])
	await expect.poll(async () => (await shapes(guest.page)).length).toBe(2)
	await expect.poll(() => layout(guest.page)).not.toBe(original)
	const changed = await layout(host.page)
	await expect.poll(() => layout(guest.page)).toBe(changed)
	await host.page.screenshot({ path: '/tmp/versions-panel.png' })

	// Restore, with a confirmation step.
	await saved.getByTestId('restore-version').click()
	await expect(saved).toContainText('所有参与者都会看到')
	await saved.getByTestId('confirm-restore').click()
	await expect(panel.getByTestId('versions-status')).toContainText('已恢复「3月议事会后」')

	// Both browsers show the original shapes again.
	await expect.poll(() => layout(host.page)).toBe(original)
	await expect.poll(() => layout(guest.page)).toBe(original)

	// The list keeps the board as it was before the restore.
	const before = panel.locator('[data-testid="version-item"][data-kind="restore"]')
	await expect(before).toHaveCount(1)
	await expect(before).toContainText('恢复「3月议事会后」之前的版本')
	await expect(panel.getByTestId('version-item').first()).toHaveAttribute('data-kind', 'restore')
	await host.page.screenshot({ path: '/tmp/versions-panel-restored.png' })

	// The pre-restore version previews read-only, with the changed shapes, and leads back to the live board.
	await before.getByTestId('preview-version').click()
	await expect(host.page).toHaveURL(/\/b\/[^/]+\/v\/[^/]+$/)
	await expect(host.page.getByTestId('version-preview-banner')).toHaveText(
		'正在预览：恢复「3月议事会后」之前的版本（只读）',
	)
	await expect(host.page.locator('.tl-canvas')).toBeVisible()
	await expect.poll(() => layout(host.page)).toBe(changed)
	expect(await host.page.evaluate(() => window.__niudaiEditor?.getIsReadonly())).toBe(true)
	await expect(host.page.locator('.nd-card')).toHaveCount(1)
	await host.page.waitForTimeout(300)
	await host.page.screenshot({ path: '/tmp/versions-preview.png' })
	// Nothing the preview does reaches the live board.
	await host.page.keyboard.press('Delete')
	await host.page.getByTestId('version-preview-back').click()
	await expect(host.page.getByTestId('board')).toBeVisible()
	await expect(host.page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
	await expect.poll(() => layout(host.page)).toBe(original)
	await expect.poll(() => layout(guest.page)).toBe(original)

	// Changed their mind: the facilitator restores the pre-restore version from its preview page.
	await host.page.getByTestId('open-history').click()
	await panel.locator('[data-testid="version-item"][data-kind="restore"]').getByTestId('preview-version').click()
	await host.page.getByTestId('version-preview-restore').click()
	await host.page.getByTestId('version-preview-restore-yes').click()
	await expect(host.page.getByTestId('board')).toBeVisible()
	await expect.poll(() => layout(host.page)).toBe(changed)
	await expect.poll(() => layout(guest.page)).toBe(changed)

	await host.context.close()
	await guest.context.close()
})

test('the history panel on a phone is a bottom sheet; a viewer can preview but not restore', async ({
	browser,
	baseURL,
}) => {
	const board = await createBoard(baseURL as string, '手机版本')
	const token = new URL(board.url, baseURL).searchParams.get('t') as string
	const saveRes = await fetch(`${baseURL}/api/boards/${board.id}/versions`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
		body: JSON.stringify({ name: '开会前', author: '王主持' }),
	})
	expect(saveRes.status).toBe(201)
	const linkRes = await fetch(`${baseURL}/api/boards/${board.id}/links`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
		body: JSON.stringify({ role: 'viewer' }),
	})
	const viewerUrl = ((await linkRes.json()) as { url: string }).url
	const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })
	await phone.addInitScript(() => {
		localStorage.setItem('TLDRAW_USER_DATA_v3', JSON.stringify({ version: 3, user: { id: 'e2e-phone', name: '居民' } }))
	})
	const page = await phone.newPage()
	await openBoard(page, viewerUrl)
	// On a phone the history button lives in the top bar's 更多 sheet, which closes when the panel opens.
	await page.getByTestId('topbar-more').tap()
	await page.getByTestId('open-history').tap()
	await expect(page.getByTestId('topbar-more-sheet')).toHaveCount(0)
	const panel = page.getByTestId('history-panel')
	await expect(panel.getByTestId('version-item')).toContainText('开会前')
	await expect(panel.getByTestId('restore-version')).toHaveCount(0)
	await expect(panel).toContainText('只有主持人可以保存和恢复版本')
	const box = await panel.boundingBox()
	expect(box && Math.round(box.y + box.height)).toBe(844)
	expect(box && Math.round(box.width)).toBe(390)
	await page.screenshot({ path: '/tmp/versions-phone.png' })
	await panel.getByTestId('preview-version').click()
	await expect(page.getByTestId('version-preview-banner')).toContainText('开会前')
	await expect(page.getByTestId('version-preview-restore')).toHaveCount(0)
	await phone.close()
})
