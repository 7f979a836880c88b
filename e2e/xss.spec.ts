import { expect, test } from '@playwright/test'
import { createBoard, openBoard, personContext, shapes } from './helpers'

const PAYLOADS = [
	'<img src=x onerror="window.__xss=1">',
	'"><script>window.__xss=2</script>',
	'javascript:window.__xss=3',
]

test('script in card fields and board titles stays inert text in the browser', async ({ browser, baseURL }) => {
	const board = await createBoard(baseURL as string, PAYLOADS[0])
	const a = await personContext(browser, PAYLOADS[1])
	const b = await personContext(browser, 'B')
	await openBoard(a.page, board.url)
	await openBoard(b.page, board.url)
	await a.page.keyboard.press('1')
	await a.page.mouse.click(400, 350)
	await expect.poll(async () => (await shapes(a.page)).length).toBe(1)
	const [card] = await shapes(a.page)
	await a.page.evaluate(
		([id, payloads]) => {
			window.__niudaiEditor?.updateShape({
				id: id as never,
				type: 'need',
				props: { title: payloads[0], targetGroup: payloads[1], description: payloads[2] },
			} as never)
		},
		[card.id, PAYLOADS] as const,
	)
	// B renders it, in the card, the inspector, the lists and the analytics panel.
	await expect(b.page.locator('.nd-card', { hasText: PAYLOADS[0] })).toBeVisible()
	await b.page.evaluate((id) => {
		window.__niudaiEditor?.select(id as never)
	}, card.id)
	await expect(b.page.getByTestId('inspector').locator('[data-field="title"] input')).toHaveValue(PAYLOADS[0])
	await b.page.getByTestId('open-lists').click()
	await expect(b.page.getByTestId('list-need')).toBeVisible()
	await b.page.getByTestId('open-analytics').click()
	await expect(b.page.getByTestId('unmet-needs')).toContainText(PAYLOADS[0])
	await expect(b.page.getByTestId('board-title')).toHaveText(PAYLOADS[0])
	for (const page of [a.page, b.page]) {
		expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined()
		expect(await page.locator('img[src="x"]').count()).toBe(0)
	}
	await a.context.close()
	await b.context.close()
})
