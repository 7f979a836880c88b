import { expect, test } from '@playwright/test'

test('home page: create, rename, move to trash and restore a board, in Chinese by default with an English switch', async ({
	page,
}) => {
	await page.addInitScript(() => {
		localStorage.setItem('TLDRAW_USER_DATA_v3', JSON.stringify({ version: 3, user: { id: 'e2e-home', name: '测试' } }))
	})
	await page.goto('/')
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('纽带')
	await expect(page.getByTestId('create-board')).toHaveText('新建白板')

	const title = `首页测试 ${Date.now()}`
	await page.getByTestId('new-board-title').fill(title)
	await page.getByTestId('create-board').click()
	await expect(page).toHaveURL(/\/b\/[A-Za-z0-9_-]+$/)
	const boardId = new URL(page.url()).pathname.split('/').pop() as string
	await expect(page.getByTestId('board-title')).toHaveText(title)
	await expect(page.getByTestId('connection-status')).toHaveText('已连接')

	await page.goto('/')
	const item = page.locator(`[data-board-id="${boardId}"]`)
	await item.getByTestId('rename-board').click()
	await item.getByTestId('rename-input').fill(`${title} 改`)
	await item.getByTestId('rename-input').press('Enter')
	await expect(item).toContainText(`${title} 改`)

	await item.getByTestId('delete-board').click()
	await expect(page.getByTestId('delete-board-dialog')).toContainText(`${title} 改`)
	await page.getByTestId('delete-board-dialog-confirm').click()
	await expect(item).toHaveCount(0)
	await page.getByTestId('tab-trash').click()
	await expect(item).toContainText(`${title} 改`)
	await item.getByTestId('restore-board').click()
	await expect(item).toHaveCount(0)
	await page.getByTestId('tab-boards').click()
	await expect(item).toContainText(`${title} 改`)

	await page.getByTestId('language-switch').click()
	await expect(page.getByTestId('create-board')).toHaveText('New board')
})

test('a board cannot be opened without a link, and says so', async ({ page }) => {
	await page.goto('/b/this-board-does-not-exist')
	await expect(page.getByTestId('refusal-page')).toContainText('链接')
})
