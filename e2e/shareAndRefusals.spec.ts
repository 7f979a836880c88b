import { expect, test } from '@playwright/test'
import { createBoard, openBoard, personContext, shareLink } from './helpers'

test('分享: 停用 asks first, never takes the last facilitator link, and roles read plainly', async ({
	browser,
	baseURL,
}, testInfo) => {
	const board = await createBoard(baseURL as string, '分享测试')
	const host = await personContext(browser, '主持人')
	await host.page.setViewportSize({ width: 1366, height: 768 })
	await openBoard(host.page, board.url)
	await host.page.getByTestId('open-share').click()
	const dialog = host.page.getByTestId('share-dialog')
	const rowOf = (label: string) => dialog.getByTestId('share-links').locator('tr', { hasText: label })

	// The creator's link is the only facilitator link: its 停用 is disabled, and says why.
	const creator = rowOf('创建者')
	await expect(creator).toContainText('（你正在用）')
	await expect(creator.getByTestId('share-revoke')).toHaveText('停用')
	await expect(creator.getByTestId('share-revoke')).toBeDisabled()
	await expect(creator.getByTestId('share-guard')).toContainText('唯一有效的主持人链接')

	// A 参会 link: its role reads "参会 · 可以投票，不能编辑", the new link has no nested brackets.
	await expect(dialog.getByTestId('share-role').locator('option[value="participant"]')).toHaveText(
		'参会 · 可以投票，不能编辑',
	)
	await dialog.getByTestId('share-role').selectOption('participant')
	await dialog.getByTestId('share-label').fill('商户')
	await dialog.getByTestId('share-create').click()
	await expect(dialog.getByTestId('share-created')).toContainText('新链接 · 参会 · 商户')
	await expect(dialog.getByTestId('share-created').locator('p').first()).toHaveText('新链接 · 参会 · 商户')
	// The page was opened at localhost: phones cannot reach the QR code's address, and it says so.
	await expect(dialog.getByTestId('share-unreachable')).toContainText('手机扫码打不开')
	await host.page.screenshot({ path: testInfo.outputPath('share-1366.png') })

	// 停用 asks first; cancelling keeps the link.
	await rowOf('商户').getByTestId('share-revoke').click()
	const confirm = host.page.getByTestId('share-confirm')
	await expect(confirm).toContainText('停用这个链接？')
	await expect(confirm).toContainText('“商户”（参会）')
	await expect(host.page.getByTestId('share-confirm-cancel')).toBeFocused()
	await host.page.screenshot({ path: testInfo.outputPath('share-confirm-1366.png') })
	await host.page.keyboard.press('Escape')
	await expect(confirm).toHaveCount(0)
	await expect(rowOf('商户')).toContainText('有效')
	await rowOf('商户').getByTestId('share-revoke').click()
	await host.page.getByTestId('share-confirm-confirm').click()
	await expect(rowOf('商户')).toContainText('已停用')
	await expect(rowOf('商户').getByTestId('share-revoke')).toHaveCount(0)

	// With a second facilitator link the creator's may go — the confirmation warns it is your own.
	await dialog.getByTestId('share-role').selectOption('facilitator')
	await dialog.getByTestId('share-label').fill('副主持')
	await dialog.getByTestId('share-create').click()
	await expect(creator.getByTestId('share-revoke')).toBeEnabled()
	await expect(creator.getByTestId('share-guard')).toHaveCount(0)
	await creator.getByTestId('share-revoke').click()
	await expect(confirm).toContainText('这是你自己正在用的链接')
	await host.page.getByTestId('share-confirm-cancel').click()

	// The server holds the rule too: the last facilitator link cannot be deactivated over REST.
	const token = new URL(board.url, baseURL).searchParams.get('t') as string
	const auth = { authorization: `Bearer ${token}` }
	const { links } = (await (await fetch(`${baseURL}/api/boards/${board.id}/links`, { headers: auth })).json()) as {
		links: { id: string; label: string }[]
	}
	const second = links.find((l) => l.label === '副主持')?.id as string
	const mine = links.find((l) => l.label === '创建者')?.id as string
	expect(
		(await fetch(`${baseURL}/api/boards/${board.id}/links/${second}`, { method: 'DELETE', headers: auth })).status,
	).toBe(204)
	const refused = await fetch(`${baseURL}/api/boards/${board.id}/links/${mine}`, { method: 'DELETE', headers: auth })
	expect(refused.status).toBe(409)
	expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('last_facilitator_link')
	await host.context.close()
})

test('a refused change shows a Chinese refusal page with 重新进入, which clears the copy and opens the board again', async ({
	browser,
	baseURL,
}, testInfo) => {
	const res = await fetch(`${baseURL}/api/boards`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ title: '拒绝测试', template: 'full-cycle' }),
	})
	const board = (await res.json()) as { id: string; url: string }
	const guest = await personContext(browser, '社工')
	await guest.page.setViewportSize({ width: 1366, height: 768 })
	await openBoard(guest.page, await shareLink(baseURL as string, board, 'editor', '社工'))

	// An editor's browser moves a locked template frame (only the facilitator may): the server refuses it (4422).
	const frame = await guest.page.evaluate(() => {
		const editor = window.__niudaiEditor
		const f = editor?.getCurrentPageShapes().find((s) => s.type === 'frame' && s.isLocked)
		if (!editor || !f) return null
		editor.run(() => editor.updateShape({ id: f.id, type: 'frame', x: f.x + 300 }), { ignoreShapeLock: true })
		return { id: f.id as string, x: f.x }
	})
	expect(frame).not.toBeNull()
	const page = guest.page.getByTestId('refusal-page')
	await expect(page).toHaveAttribute('data-kind', 'writeRefused')
	await expect(page).toContainText('服务器没有接受这台设备上的一项更改')
	await expect(page).toContainText('重新进入')
	// No raw server English on screen.
	expect(await page.innerText()).not.toMatch(/forbidden|refused|write|locked/i)
	await guest.page.screenshot({ path: testInfo.outputPath('refusal-1366.png') })

	// 重新进入: the device's copy (with the refused move) is cleared and the board opens again as the server has it.
	await guest.page.getByTestId('refusal-reenter').click()
	await expect(guest.page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
	await guest.page.waitForFunction(() => Boolean(window.__niudaiEditor?.getCurrentPageShapes().length))
	const x = await guest.page.evaluate(
		(id) => window.__niudaiEditor?.getShape(id as never)?.x,
		(frame as { id: string }).id,
	)
	expect(x).toBe((frame as { x: number }).x)
	await guest.context.close()
})
