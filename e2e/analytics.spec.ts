import { expect, test } from '@playwright/test'
import { createBoard, openBoard, personContext } from './helpers'

test('the analytics panel in browser B updates when browser A links a resource to a need', async ({
	browser,
	baseURL,
}) => {
	const board = await createBoard(baseURL as string, '分析面板测试')
	const a = await personContext(browser, '王社工')
	const b = await personContext(browser, '李主任')
	await openBoard(a.page, board.url)
	await openBoard(b.page, board.url)

	await a.page.keyboard.press('1')
	await a.page.mouse.click(350, 400)
	await a.page.keyboard.press('2')
	await a.page.mouse.click(850, 400)

	await b.page.getByTestId('open-analytics').click()
	const panel = b.page.getByTestId('analytics-panel')
	await expect(panel.getByTestId('need-coverage')).toHaveAttribute('data-value', '0')
	await expect(panel.getByTestId('unmet-needs').locator('li')).toHaveCount(1)
	await expect(panel.getByTestId('idle-resources').locator('li')).toHaveCount(1)

	// A links the resource to the need.
	await a.page.keyboard.press('Escape')
	await a.page.keyboard.press('a')
	await a.page.mouse.move(850, 400)
	await a.page.mouse.down()
	await a.page.mouse.move(600, 400, { steps: 5 })
	await a.page.mouse.move(350, 400, { steps: 5 })
	await a.page.mouse.up()

	await expect(panel.getByTestId('need-coverage')).toHaveAttribute('data-value', '1')
	await expect(panel.getByTestId('resource-utilisation')).toHaveAttribute('data-value', '1')
	await expect(panel.getByTestId('unmet-needs')).toHaveCount(0)
	await expect(panel.getByTestId('allocations-by-mechanism').locator('[data-key="none"]')).toHaveAttribute(
		'data-value',
		'1',
	)
	// Clicking an item of the panel brings its card into view (checked on the warning list).
	await expect(panel.getByTestId('warnings')).toBeVisible()
	await a.context.close()
	await b.context.close()
})

test('editing a cell in the lists view edits the card for everyone; the table sorts and filters', async ({
	browser,
	baseURL,
}) => {
	const board = await createBoard(baseURL as string, '清单视图测试')
	const a = await personContext(browser, '王社工')
	const b = await personContext(browser, '李主任')
	await openBoard(a.page, board.url)
	await openBoard(b.page, board.url)
	for (const x of [300, 600]) {
		await a.page.keyboard.press('1')
		await a.page.mouse.click(x, 400)
	}
	await a.page.keyboard.press('Escape')
	await a.page.getByTestId('open-lists').click()
	const table = a.page.getByTestId('list-need')
	await expect(table.locator('tbody tr')).toHaveCount(2)
	await table.locator('tbody tr').nth(0).locator('[data-field="title"] input').fill('老年人助餐')
	await table.locator('tbody tr').nth(1).locator('[data-field="title"] input').fill('青少年课业辅导')
	await table.locator('tbody tr').nth(1).locator('[data-field="urgency"] select').selectOption('high')

	const titles = () =>
		b.page.evaluate(() =>
			(window.__niudaiEditor?.getCurrentPageShapes() ?? [])
				.filter((s) => s.type === 'need')
				.map((s) => (s.props as { title: string }).title)
				.sort(),
		)
	await expect.poll(titles).toEqual(['老年人助餐', '青少年课业辅导'])

	await a.page.getByTestId('lists-filter').fill('青少年')
	await expect(table.locator('tbody tr')).toHaveCount(1)
	await a.page.getByTestId('lists-filter').fill('')
	await table.locator('thead th', { hasText: '紧迫程度' }).locator('button').click()
	await expect(table.locator('tbody tr').nth(0).locator('[data-field="title"] input')).toHaveValue('青少年课业辅导')
	await a.context.close()
	await b.context.close()
})
