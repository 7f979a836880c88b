import fs from 'node:fs'
import { expect, type Page, test } from '@playwright/test'
import { createBoard, openBoard, personContext, phoneContext, shareLink } from './helpers'

/** The ids of the cards of `type` on the current page. */
function cardIds(page: Page, type: string): Promise<string[]> {
	return page.evaluate(
		(t) => (window.__niudaiEditor?.getCurrentPageShapes() ?? []).filter((s) => s.type === t).map((s) => s.id as string),
		type,
	)
}

function select(page: Page, id: string): Promise<void> {
	return page.evaluate((shapeId) => {
		window.__niudaiEditor?.select(shapeId as never)
	}, id)
}

test('an editor’s new and edited card is attributed to their name and link label: in the facilitator’s inspector (laptop and phone), in the 动态 panel filtered by person and time, and in the CSV; a version and a share link the facilitator makes carry their name', async ({
	browser,
	baseURL,
}) => {
	const board = await createBoard(baseURL as string, '留痕测试')
	const editorUrl = await shareLink(baseURL as string, board, 'editor', '商户代表')
	const host = await personContext(browser, '李明')
	const guest = await personContext(browser, '王芳')
	await openBoard(host.page, board.url)
	await openBoard(guest.page, editorUrl)

	// The editor (link 商户代表) adds a need and names it: one entry, the naming folded into the creation.
	await guest.page.keyboard.press('1')
	await guest.page.mouse.click(500, 300)
	await expect.poll(async () => (await cardIds(guest.page, 'need')).length).toBe(1)
	const [needId] = await cardIds(guest.page, 'need')
	await select(guest.page, needId)
	const guestForm = guest.page.getByTestId('inspector')
	await guestForm.locator('[data-field="title"] input').fill('老人助餐')
	await guestForm.locator('[data-field="title"] input').press('Enter')
	// The editor's own inspector says who made it too.
	await expect(guestForm.getByTestId('shape-created-by')).toContainText('由 王芳（商户代表 · 编辑）创建')

	// The facilitator sets the need's urgency and adds a resource of their own.
	await expect.poll(async () => (await cardIds(host.page, 'need')).length).toBe(1)
	await select(host.page, needId)
	const hostForm = host.page.getByTestId('inspector')
	await expect(hostForm.locator('[data-field="title"] input')).toHaveValue('老人助餐')
	await hostForm.locator('[data-field="urgency"] select').selectOption('high')
	await expect(hostForm.getByTestId('shape-modified-by')).toContainText('李明（创建者 · 主持人）最后修改')
	await host.page.keyboard.press('Escape')
	await host.page.keyboard.press('2')
	await host.page.mouse.click(850, 450)
	await expect.poll(async () => (await cardIds(host.page, 'resource')).length).toBe(1)

	// Then the editor sets its number of beneficiaries: an edit entry of their own.
	await expect(guestForm.locator('[data-field="urgency"] select')).toHaveValue('high')
	await guestForm.locator('[data-field="beneficiaries"] input').fill('40')
	await guestForm.locator('[data-field="beneficiaries"] input').press('Enter')

	// The facilitator selects the editor's card again: 由 王芳（商户代表 · 编辑）创建 · 王芳… 最后修改.
	await select(host.page, needId)
	await expect(hostForm.getByTestId('shape-created-by')).toContainText('由 王芳（商户代表 · 编辑）创建')
	await expect(hostForm.getByTestId('shape-modified-by')).toContainText('王芳（商户代表 · 编辑）最后修改')

	// A version saved from 历史版本 is logged under the name the browser sends with the call.
	await host.page.getByTestId('open-history').click()
	await host.page.getByTestId('version-name').fill('第一次讨论后')
	await host.page.getByTestId('save-version').click()
	await expect(host.page.getByTestId('versions-status')).toContainText('已保存')
	await host.page.getByTestId('open-history').click()
	// So is a share link made in 分享 (whose call carries nothing else with the name).
	await host.page.getByTestId('open-share').click()
	const share = host.page.getByTestId('share-dialog')
	await share.getByTestId('share-role').selectOption('viewer')
	await share.getByTestId('share-label').fill('居民代表')
	await share.getByTestId('share-create').click()
	await expect(share.getByTestId('share-qr')).toBeVisible()
	await share.getByTestId('share-close').click()

	// 动态 is in 更多 for the facilitator only.
	await guest.page.getByTestId('topbar-more').click()
	await expect(guest.page.getByTestId('topbar-more-sheet')).toBeVisible()
	await expect(guest.page.getByTestId('open-activity')).toHaveCount(0)
	await host.page.getByTestId('topbar-more').click()
	await host.page.getByTestId('open-activity').click()
	const panel = host.page.getByTestId('activity-panel')
	await expect(panel).toContainText('显示名由本人填写，链接标签由服务器记录')
	const entries = panel.getByTestId('activity-entry')
	const created = entries.filter({ hasText: '创建了需求「老人助餐」' })
	await expect(created).toContainText('王芳（商户代表 · 编辑）')
	await expect(entries.filter({ hasText: /修改了需求「老人助餐」的 .*受益人数/ })).toContainText(
		'王芳（商户代表 · 编辑）',
	)
	await expect(entries.filter({ hasText: /修改了需求「老人助餐」的 紧迫程度/ })).toContainText(
		'李明（创建者 · 主持人）',
	)
	await expect(entries.filter({ hasText: '创建了资源' })).toContainText('李明（创建者 · 主持人）')
	await expect(entries.filter({ hasText: '保存了版本「第一次讨论后」' })).toContainText('李明（创建者 · 主持人）')
	await expect(entries.filter({ hasText: '创建了分享链接「居民代表」' })).toContainText('李明（创建者 · 主持人）')

	// Only the link 商户代表's entries, then only the facilitator's.
	await panel.getByTestId('activity-person').selectOption('商户代表')
	await expect(entries.filter({ hasText: '李明' })).toHaveCount(0)
	await expect(entries.filter({ hasText: '创建了需求「老人助餐」' })).toHaveCount(1)
	await panel.getByTestId('activity-person').selectOption('李明')
	await expect(entries.filter({ hasText: '王芳' })).toHaveCount(0)
	await expect(entries.filter({ hasText: '创建了资源' })).toHaveCount(1)

	// Time: the last 7 days keep them; chosen dates long past show none.
	await panel.getByTestId('activity-range-week').click()
	await expect(entries.filter({ hasText: '创建了资源' })).toHaveCount(1)
	await panel.getByTestId('activity-range-custom').click()
	await panel.getByTestId('activity-from').fill('2020-01-01')
	await panel.getByTestId('activity-to').fill('2020-01-31')
	await expect(panel.getByTestId('activity-empty')).toBeVisible()
	await panel.getByTestId('activity-range-all').click()

	// The CSV has the same filter: back to the editor's entries, and every row is theirs.
	await panel.getByTestId('activity-person').selectOption('王芳')
	await expect(entries.filter({ hasText: '李明' })).toHaveCount(0)
	const [download] = await Promise.all([
		host.page.waitForEvent('download'),
		panel.getByTestId('activity-export').click(),
	])
	expect(download.suggestedFilename()).toMatch(/\.csv$/)
	const csv = fs.readFileSync((await download.path()) as string, 'utf8')
	const rows = csv.trim().split(/\r?\n/).slice(1)
	expect(rows.length).toBeGreaterThanOrEqual(2)
	for (const row of rows) {
		expect(row).toContain('王芳')
		expect(row).toContain('商户代表')
	}
	expect(csv).toContain('老人助餐')
	expect(csv).not.toContain('李明')

	// An entry takes the canvas to its card.
	await select(host.page, (await cardIds(host.page, 'resource'))[0])
	await created.getByRole('button').click()
	await expect
		.poll(() => host.page.evaluate(() => window.__niudaiEditor?.getSelectedShapeIds() ?? []))
		.toEqual([needId])

	// The open list follows the board by itself: the facilitator deletes their resource, its
	// deletion appears, and its creation no longer leads anywhere.
	await panel.getByTestId('activity-person').selectOption('')
	const resourceId = (await cardIds(host.page, 'resource'))[0]
	await host.page.evaluate((id) => {
		window.__niudaiEditor?.deleteShapes([id as never])
	}, resourceId)
	await expect(entries.filter({ hasText: '删除了资源' })).toContainText('李明（创建者 · 主持人）')
	await expect(entries.filter({ hasText: '创建了资源' }).getByRole('button')).toHaveCount(0)

	// Without the network, the inspector line says quietly that the history needs the server.
	await host.context.setOffline(true)
	await host.page.evaluate(() => {
		window.__niudaiEditor?.selectNone()
	})
	await select(host.page, needId)
	await expect(hostForm.getByTestId('shape-attribution')).toHaveText('离线时无法查看修改记录')
	await host.context.setOffline(false)
	await expect(hostForm.getByTestId('shape-created-by')).toContainText('由 王芳（商户代表 · 编辑）创建')

	// On a phone the facilitator's 详情 sheet has the same line.
	const phone = await phoneContext(browser, '李明')
	await openBoard(phone.page, board.url)
	await select(phone.page, needId)
	await phone.page.getByTestId('card-details').tap()
	await expect(phone.page.getByTestId('card-details-sheet').getByTestId('shape-created-by')).toContainText(
		'由 王芳（商户代表 · 编辑）创建',
	)

	await phone.context.close()
	await host.context.close()
	await guest.context.close()
})
