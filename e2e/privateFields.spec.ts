import { expect, type Page, test } from '@playwright/test'
import { createBoard, openBoard, personContext, shapes, shareLink } from './helpers'

/** The contact (联系方式) of a card as the page's store holds it. */
function contactOf(page: Page, id: string): Promise<string | undefined> {
	return page.evaluate(
		(shapeId) =>
			(window.__niudaiEditor?.getShape(shapeId as never)?.props as { contact?: string } | undefined)?.contact,
		id,
	)
}

function select(page: Page, id: string): Promise<void> {
	return page.evaluate((shapeId) => {
		window.__niudaiEditor?.select(shapeId as never)
	}, id)
}

test('联系方式 reach editors live through the private document and never reach a viewer’s browser', async ({
	browser,
	baseURL,
}) => {
	const board = await createBoard(baseURL as string, '联系方式测试')
	const editorUrl = await shareLink(baseURL as string, board, 'editor', '社工')
	const viewerUrl = await shareLink(baseURL as string, board, 'viewer', '商户群')
	const host = await personContext(browser, '主持人')
	const colleague = await personContext(browser, '社工')
	const guest = await personContext(browser, '商户')
	// Everything the viewer's page receives on any socket, and which sockets it opens.
	const viewerFrames: string[] = []
	const viewerSockets: string[] = []
	guest.page.on('websocket', (ws) => {
		viewerSockets.push(ws.url())
		ws.on('framereceived', (f) => viewerFrames.push(Buffer.from(f.payload).toString('latin1')))
	})
	const colleagueSockets: string[] = []
	colleague.page.on('websocket', (ws) => colleagueSockets.push(ws.url()))

	await openBoard(host.page, board.url)
	await openBoard(colleague.page, editorUrl)
	await openBoard(guest.page, viewerUrl)

	// The facilitator adds a resource card and types its contact in the inspector.
	await host.page.keyboard.press('2')
	await host.page.mouse.click(500, 400)
	await expect.poll(async () => (await shapes(host.page)).length).toBe(1)
	const [card] = await shapes(host.page)
	await select(host.page, card.id)
	const inspector = host.page.getByTestId('inspector')
	await inspector.locator('[data-field="title"] input').fill('社区食堂')
	await expect(inspector.locator('[data-field="contact"]')).toContainText('🔒')
	await inspector.locator('[data-field="contact"] input').fill('13912340000')

	// The other editor sees it live, and edits it; the facilitator sees that.
	await expect.poll(() => contactOf(colleague.page, card.id)).toBe('13912340000')
	await select(colleague.page, card.id)
	await expect(colleague.page.getByTestId('inspector').locator('[data-field="contact"] input')).toHaveValue(
		'13912340000',
	)
	await colleague.page.getByTestId('inspector').locator('[data-field="contact"] input').fill('021-66667777')
	await expect.poll(() => contactOf(host.page, card.id)).toBe('021-66667777')
	expect(colleagueSockets.some((u) => new URL(u).pathname.endsWith('/private'))).toBe(true)

	// The viewer sees the card and its title, the contact empty and marked private.
	await expect
		.poll(() =>
			guest.page.evaluate(
				(id) => (window.__niudaiEditor?.getShape(id as never)?.props as { title?: string } | undefined)?.title,
				card.id,
			),
		)
		.toBe('社区食堂')
	expect(await contactOf(guest.page, card.id)).toBe('')
	await select(guest.page, card.id)
	const guestContact = guest.page.getByTestId('inspector').locator('[data-field="contact"]')
	await expect(guestContact).toContainText('🔒')
	await expect(guestContact.locator('input')).toHaveValue('')
	// … and its browser never received either number, nor opened the private document.
	await guest.page.reload()
	await expect(guest.page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
	await expect.poll(async () => (await shapes(guest.page)).length).toBe(1)
	const received = viewerFrames.join('')
	expect(received.length).toBeGreaterThan(0)
	for (const secret of ['13912340000', '021-66667777']) expect(received).not.toContain(secret)
	expect(viewerSockets.length).toBeGreaterThan(0)
	expect(viewerSockets.some((u) => new URL(u).pathname.endsWith('/private'))).toBe(false)

	await host.context.close()
	await colleague.context.close()
	await guest.context.close()
})
