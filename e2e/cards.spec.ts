import { expect, type Page, test } from '@playwright/test'
import { openBoard, personContext } from './helpers'

async function createBoardFromTemplate(baseURL: string, title: string, template: string) {
	const res = await fetch(`${baseURL}/api/boards`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ title, template }),
	})
	expect(res.status).toBe(201)
	return (await res.json()) as { id: string; url: string }
}

/** Screen point of the centre of the template lane matching `match` (laneKind, sector …). */
async function laneCenter(page: Page, match: Record<string, string>): Promise<{ x: number; y: number }> {
	return page.evaluate((m) => {
		const editor = window.__niudaiEditor
		if (!editor) throw new Error('no editor')
		const lane = editor.getCurrentPageShapes().find((s) => {
			const meta = (s.meta as { niudai?: Record<string, string> }).niudai
			return s.type === 'frame' && meta && Object.entries(m).every(([k, v]) => meta[k] === v)
		})
		if (!lane) throw new Error(`no lane ${JSON.stringify(m)}`)
		const bounds = editor.getShapePageBounds(lane)
		if (!bounds) throw new Error('no bounds')
		return editor.pageToScreen(bounds.center)
	}, match)
}

async function cardsOf(page: Page, type: string) {
	return page.evaluate(
		(t) =>
			(window.__niudaiEditor?.getCurrentPageShapes() ?? [])
				.filter((s) => s.type === t)
				.map((s) => ({ id: s.id as string, props: s.props as Record<string, unknown> })),
		type,
	)
}

async function shapeCenter(page: Page, id: string) {
	return page.evaluate((shapeId) => {
		const editor = window.__niudaiEditor
		const bounds = editor?.getShapePageBounds(shapeId as never)
		if (!editor || !bounds) throw new Error('no shape')
		return editor.pageToScreen(bounds.center)
	}, id)
}

async function select(page: Page, id: string) {
	await page.evaluate((shapeId) => {
		window.__niudaiEditor?.select(shapeId as never)
	}, id)
}

test('map a need and a resource in the full-cycle template, link them and set the mechanism; a second browser sees it all', async ({
	browser,
	baseURL,
}) => {
	const board = await createBoardFromTemplate(baseURL as string, '整合式合作测试', 'full-cycle')
	const a = await personContext(browser, '王社工')
	const b = await personContext(browser, '李主任')
	await openBoard(a.page, board.url)
	await openBoard(b.page, board.url)
	// Bring the identification stage into view.
	await a.page.evaluate(() => {
		const editor = window.__niudaiEditor
		const stage = editor?.getCurrentPageShapes().find((s) => {
			const lane = (s.meta as { niudai?: { stage?: string; role?: string } }).niudai
			return lane?.role === 'stage' && lane.stage === 'identification'
		})
		if (editor && stage) editor.zoomToBounds(editor.getShapePageBounds(stage) as never, { immediate: true })
	})

	// A need in the 需求清单 lane, a resource in the 政府 resource lane.
	await a.page.keyboard.press('1')
	const needLane = await laneCenter(a.page, { laneKind: 'need' })
	await a.page.mouse.click(needLane.x, needLane.y)
	await expect.poll(async () => (await cardsOf(a.page, 'need')).length).toBe(1)
	await a.page.keyboard.press('2')
	const govLane = await laneCenter(a.page, { laneKind: 'resource', sector: 'government' })
	await a.page.mouse.click(govLane.x, govLane.y)
	await expect.poll(async () => (await cardsOf(a.page, 'resource')).length).toBe(1)
	const [need] = await cardsOf(a.page, 'need')
	const [resource] = await cardsOf(a.page, 'resource')
	expect(resource.props.sector).toBe('government')

	// Name them in the inspector.
	await select(a.page, need.id)
	await a.page.getByTestId('inspector').locator('[data-field="title"] input').fill('老年人理发难')
	await select(a.page, resource.id)
	await a.page.getByTestId('inspector').locator('[data-field="title"] input').fill('美发协会志愿者')
	await a.page.getByTestId('inspector').locator('[data-field="quantity"] input').fill('20')

	// Link the resource to the need with the arrow tool.
	await a.page.keyboard.press('Escape')
	const from = await shapeCenter(a.page, resource.id)
	const to = await shapeCenter(a.page, need.id)
	await a.page.keyboard.press('a')
	await a.page.mouse.move(from.x, from.y)
	await a.page.mouse.down()
	await a.page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 })
	await a.page.mouse.move(to.x, to.y, { steps: 5 })
	await a.page.mouse.up()
	const arrows = () =>
		a.page.evaluate(() =>
			(window.__niudaiEditor?.getCurrentPageShapes() ?? [])
				.filter((s) => s.type === 'arrow')
				.map((s) => ({ id: s.id as string, link: (s.meta as { link?: { type: string } }).link ?? null })),
		)
	await expect.poll(async () => (await arrows())[0]?.link?.type).toBe('allocation')
	const [arrow] = await arrows()

	// Set the mechanism and quantity in the link inspector.
	await select(a.page, arrow.id)
	const linkForm = a.page.getByTestId('link-inspector')
	await linkForm.locator('[data-field="mechanism"] select').selectOption('social')
	await linkForm.locator('[data-field="quantity"] input').fill('20')
	await linkForm.locator('[data-field="unit"] input').fill('人')

	// B sees the card fields and the link label.
	await expect.poll(async () => (await cardsOf(b.page, 'need')).map((c) => c.props.title)).toEqual(['老年人理发难'])
	await expect
		.poll(async () => (await cardsOf(b.page, 'resource')).map((c) => [c.props.title, c.props.sector, c.props.quantity]))
		.toEqual([['美发协会志愿者', 'government', 20]])
	type ArrowView = { mechanism: string | undefined; quantity: number | null | undefined; text: string }
	const arrowInB = (): Promise<ArrowView> =>
		b.page.evaluate((id: string): ArrowView => {
			const shape = window.__niudaiEditor?.getShape(id as never) as unknown as
				| { meta: { link?: { mechanism: string; quantity: number | null } }; props: { richText: unknown } }
				| undefined
			const text = JSON.stringify(shape?.props.richText ?? {}).match(/"text":"([^"]*)"/)?.[1] ?? ''
			return { mechanism: shape?.meta.link?.mechanism, quantity: shape?.meta.link?.quantity, text }
		}, arrow.id)
	await expect.poll(arrowInB).toEqual({ mechanism: 'social', quantity: 20, text: '社会机制 · 20 人' })
	// And on B's canvas.
	await b.page.evaluate((id: string): void => {
		const editor = window.__niudaiEditor
		const bounds = editor?.getShapePageBounds(id as never)
		if (!editor || !bounds) return
		editor.zoomToBounds(
			{ x: bounds.x - 300, y: bounds.y - 300, w: bounds.w + 600, h: bounds.h + 600 },
			{ immediate: true },
		)
	}, arrow.id)
	await expect(b.page.locator('.tl-rich-text', { hasText: '社会机制 · 20 人' }).first()).toBeVisible()
	await expect(b.page.locator('.nd-card', { hasText: '老年人理发难' })).toBeVisible()
	await b.page.screenshot({ path: test.info().outputPath('second-browser.png') })

	// Deleting the need leaves no link data behind.
	await a.page.keyboard.press('Escape')
	const needAt = await shapeCenter(a.page, need.id)
	await a.page.mouse.click(needAt.x, needAt.y)
	await a.page.keyboard.press('Delete')
	await expect.poll(async () => (await cardsOf(a.page, 'need')).length).toBe(0)
	await expect.poll(async () => (await arrows())[0]?.link ?? null).toBeNull()
	await expect.poll(async () => (await arrowInB()).mechanism).toBeUndefined()

	await a.context.close()
	await b.context.close()
})

test('two browsers editing two different fields of one card at once both keep their edit', async ({
	browser,
	baseURL,
}) => {
	const board = await createBoardFromTemplate(baseURL as string, '卡片并发编辑', 'blank')
	const a = await personContext(browser, 'A')
	const b = await personContext(browser, 'B')
	await openBoard(a.page, board.url)
	await openBoard(b.page, board.url)
	await a.page.keyboard.press('1')
	await a.page.mouse.click(500, 350)
	await expect.poll(async () => (await cardsOf(b.page, 'need')).length).toBe(1)
	const [need] = await cardsOf(a.page, 'need')
	await select(a.page, need.id)
	await select(b.page, need.id)
	await Promise.all([
		a.page.getByTestId('inspector').locator('[data-field="targetGroup"] input').fill('老年人'),
		b.page.getByTestId('inspector').locator('[data-field="urgency"] select').selectOption('high'),
	])
	for (const page of [a.page, b.page]) {
		await expect
			.poll(async () => (await cardsOf(page, 'need')).map((c) => [c.props.targetGroup, c.props.urgency]))
			.toEqual([['老年人', 'high']])
	}
	await a.context.close()
	await b.context.close()
})
