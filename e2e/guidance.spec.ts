import { expect, type Page, test } from '@playwright/test'
import { personContext } from './helpers'

async function createFromTemplate(baseURL: string, title: string, template: string) {
	const res = await fetch(`${baseURL}/api/boards`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ title, template }),
	})
	expect(res.status).toBe(201)
	return (await res.json()) as { id: string; url: string }
}

/** Page bounds of the lane frames of a kind, and of the cards of a kind. */
async function pageBoxes(page: Page, what: { lane?: string; card?: string }) {
	return page.evaluate((w) => {
		const editor = window.__niudaiEditor
		if (!editor) throw new Error('no editor')
		return editor
			.getCurrentPageShapes()
			.filter((s) => {
				if (w.card) return s.type === w.card
				const meta = (s.meta as { niudai?: { laneKind?: string } }).niudai
				return s.type === 'frame' && meta?.laneKind === w.lane
			})
			.map((s) => {
				const b = editor.getShapePageBounds(s)
				if (!b) throw new Error('no bounds')
				return { id: s.id as string, x: b.x, y: b.y, w: b.w, h: b.h, props: s.props as Record<string, unknown> }
			})
	}, what)
}

const inside = (inner: { x: number; y: number; w: number; h: number }, outer: typeof inner) =>
	inner.x >= outer.x - 0.5 &&
	inner.y >= outer.y - 0.5 &&
	inner.x + inner.w <= outer.x + outer.w + 0.5 &&
	inner.y + inner.h <= outer.y + outer.h + 0.5

/** The screen box of a card (CSS px in the page). */
async function cardScreenBox(page: Page, id: string) {
	return page.evaluate((shapeId) => {
		const editor = window.__niudaiEditor
		const b = editor?.getShapePageBounds(shapeId as never)
		if (!editor || !b) throw new Error('no card')
		const rect = editor.getContainer().getBoundingClientRect()
		const tl = editor.pageToViewport({ x: b.x, y: b.y })
		const z = editor.getZoomLevel()
		return { x: rect.x + tl.x, y: rect.y + tl.y, width: b.w * z, height: b.h * z }
	}, id)
}

const overlap = (
	a: { x: number; y: number; width: number; height: number },
	b: { x: number; y: number; width: number; height: number },
) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

test.use({ viewport: { width: 1366, height: 768 } })
// The example board is big, and the machine running the suite may be busy: give the canvas time.
test.setTimeout(120_000)

/** Opens a board, allowing a slow first load of the canvas. */
async function openBoard(page: Page, url: string): Promise<void> {
	await page.goto(url)
	await expect(page.locator('.tl-canvas')).toBeVisible({ timeout: 60_000 })
	await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected', { timeout: 30_000 })
	await page.waitForFunction(() => Boolean(window.__niudaiEditor))
}

test('the example board opens with all its content fitted in the window, and reopens where the person left it', async ({
	browser,
	baseURL,
}) => {
	const board = await createFromTemplate(baseURL as string, 'C社区示例', 'example')
	const { page, context } = await personContext(browser, '王社工')
	await openBoard(page, board.url)
	const view = await page.evaluate(() => {
		const editor = window.__niudaiEditor
		if (!editor) throw new Error('no editor')
		const content = editor.getCurrentPageBounds()
		const viewport = editor.getViewportPageBounds()
		return {
			zoom: editor.getZoomLevel(),
			contained: Boolean(content && viewport.contains(content)),
			// The content fills the window's width or height, not a corner of it.
			fill: content ? Math.max(content.w / viewport.w, content.h / viewport.h) : 0,
		}
	})
	expect(view.contained).toBe(true)
	expect(view.zoom).toBeLessThan(1)
	expect(view.fill).toBeGreaterThan(0.6)

	// Zoomed in by the person: the next opening on this device shows the same view, not the fitted one.
	const camera = await page.evaluate(() => {
		const editor = window.__niudaiEditor
		editor?.setCamera({ x: -200, y: -300, z: 0.8 })
		return editor?.getCamera()
	})
	await page.waitForTimeout(700) // the view is remembered half a second after it stops moving
	await openBoard(page, board.url)
	await expect
		.poll(() => page.evaluate(() => window.__niudaiEditor?.getCamera()))
		.toMatchObject({ x: camera?.x, y: camera?.y, z: camera?.z })
	await context.close()
})

test('an empty lane says what goes in it; clicking there adds that card inside the lane, beside (not under) the inspector; a tool click near an edge stays in the lane', async ({
	browser,
	baseURL,
}) => {
	const board = await createFromTemplate(baseURL as string, '整合式合作', 'full-cycle')
	const { page, context } = await personContext(browser, '王社工')
	await openBoard(page, board.url)
	// Bring the identification stage into view, as a facilitator would.
	await page.evaluate(() => {
		const editor = window.__niudaiEditor
		const stage = editor?.getCurrentPageShapes().find((s) => {
			const lane = (s.meta as { niudai?: { stage?: string; role?: string } }).niudai
			return lane?.role === 'stage' && lane.stage === 'identification'
		})
		if (editor && stage) editor.zoomToBounds(editor.getShapePageBounds(stage) as never, { immediate: true })
	})
	const [needLane] = await pageBoxes(page, { lane: 'need' })
	const hint = page.locator(`[data-testid="lane-hint"][data-lane="${needLane.id}"]`)
	await expect(hint).toContainText('+ 点这里添加需求')
	await expect(hint).toHaveAccessibleName(/^点这里添加需求\s*（需求清单）$/)
	await page.screenshot({ path: test.info().outputPath('lane-hints-1366.png') })
	await hint.click()

	await expect.poll(async () => (await pageBoxes(page, { card: 'need' })).length).toBe(1)
	const [need] = await pageBoxes(page, { card: 'need' })
	expect(inside(need, needLane)).toBe(true)
	// The hint is gone from the lane that now has its card.
	await expect(hint).toHaveCount(0)
	const inspector = page.getByTestId('inspector')
	await expect(inspector).toHaveAttribute('data-kind', 'need')
	await expect
		.poll(async () => {
			const box = await inspector.boundingBox()
			return box ? overlap(await cardScreenBox(page, need.id), box) : true
		})
		.toBe(false)
	await page.screenshot({ path: test.info().outputPath('lane-hint-added-1366.png') })

	// The resource tool clicked near the right edge of the 政府 lane: the card stays in that lane.
	const govLane = (await pageBoxes(page, { lane: 'resource' })).find(
		(l) => l.props.name && String(l.props.name).includes('政府'),
	)
	expect(govLane).toBeTruthy()
	const lane = govLane as NonNullable<typeof govLane>
	// Near its left edge, next to the 需求 lane: tldraw would centre the card on the click, half in each lane.
	await page.evaluate(() => {
		window.__niudaiEditor?.selectNone()
	})
	await expect(inspector).toHaveCount(0)
	const edge = await page.evaluate((p) => window.__niudaiEditor?.pageToScreen(p), {
		x: lane.x + 10,
		y: lane.y + lane.h / 2,
	})
	await page.getByRole('button', { name: '资源 (2)', exact: true }).click()
	await page.mouse.click(edge?.x ?? 0, edge?.y ?? 0)
	await expect.poll(async () => (await pageBoxes(page, { card: 'resource' })).length).toBe(1)
	await expect.poll(async () => inside((await pageBoxes(page, { card: 'resource' }))[0], lane)).toBe(true)
	const [resource] = await pageBoxes(page, { card: 'resource' })
	expect(resource.props.sector).toBe('government')
	await expect
		.poll(async () => {
			const box = await inspector.boundingBox()
			return box ? overlap(await cardScreenBox(page, resource.id), box) : true
		})
		.toBe(false)
	await context.close()
})

test('the card tools are named 需求 (1) … 项目 (4) for mouse and screen reader', async ({ browser, baseURL }) => {
	const board = await createFromTemplate(baseURL as string, '工具名称', 'blank')
	const { page, context } = await personContext(browser, '王社工')
	await openBoard(page, board.url)
	for (const name of ['需求 (1)', '资源 (2)', '主体 (3)', '项目 (4)']) {
		const button = page.getByRole('button', { name, exact: true })
		await expect(button).toBeVisible()
		// The tooltip says the same.
		await button.hover()
		await expect(page.locator('.tlui-tooltip').filter({ hasText: name })).toBeVisible()
	}
	await expect(page.getByText('tool.need')).toHaveCount(0)
	await context.close()
})

test('the Word plan shows 正在生成计划书… while it builds, with the export items disabled, then downloads', async ({
	browser,
	baseURL,
}) => {
	const board = await createFromTemplate(baseURL as string, 'C社区示例', 'full-cycle')
	const { page, context } = await personContext(browser, '王社工')
	await openBoard(page, board.url)
	// Hold the server's answer back until the progress line has been seen.
	let release: () => void = () => {}
	const held = new Promise<void>((r) => (release = r))
	await page.route('**/export?format=docx*', async (route) => {
		await held
		await route.continue()
	})
	await page.getByTestId('board-menu').click()
	await page.getByTestId('export-docx').click()
	const progress = page.getByTestId('long-work')
	await expect(progress).toHaveText('正在生成计划书…')
	await expect(progress).toHaveAttribute('role', 'status')
	await page.getByTestId('board-menu').click()
	await expect(page.getByTestId('export-docx')).toBeDisabled()
	await page.keyboard.press('Escape')
	const download = page.waitForEvent('download', { timeout: 60_000 })
	release()
	expect((await download).suggestedFilename()).toMatch(/\.docx$/)
	await expect(progress).toHaveCount(0)

	// A refused export says so in Chinese, in plain words.
	await page.unroute('**/export?format=docx*')
	await page.route('**/export?format=xlsx*', (route) =>
		route.fulfill({
			status: 503,
			contentType: 'application/json',
			body: '{"error":{"code":"export_timeout","message":"Export timed out"}}',
		}),
	)
	if (!(await page.getByTestId('export-xlsx').isVisible())) await page.getByTestId('board-menu').click()
	await page.getByTestId('export-xlsx').click()
	await expect(progress).toHaveAttribute('data-state', 'failed')
	await expect(progress).toContainText('服务器正忙')
	await expect(progress).not.toContainText('timed out')
	await context.close()
})

test('keyboard only: add a need and a resource, name them, and link them with 连接到… (no drag)', async ({
	browser,
	baseURL,
}) => {
	const board = await createFromTemplate(baseURL as string, '键盘', 'blank')
	const { page, context } = await personContext(browser, '王社工')
	await openBoard(page, board.url)

	// A need: the tool's button reached from the keyboard, Enter adds the card and puts the focus in its title.
	await page.getByRole('button', { name: '需求 (1)', exact: true }).focus()
	await page.keyboard.press('Enter')
	await expect.poll(async () => (await pageBoxes(page, { card: 'need' })).length).toBe(1)
	await expect(page.locator('[data-testid="inspector"] [data-field="title"] input')).toBeFocused()
	await page.keyboard.type('老人助餐')

	// A resource, the same way.
	await page.getByRole('button', { name: '资源 (2)', exact: true }).focus()
	await page.keyboard.press('Enter')
	await expect.poll(async () => (await pageBoxes(page, { card: 'resource' })).length).toBe(1)
	await expect(page.locator('[data-testid="inspector"] [data-field="title"] input')).toBeFocused()
	await page.keyboard.type('社区食堂')
	const [need] = await pageBoxes(page, { card: 'need' })
	const [resource] = await pageBoxes(page, { card: 'resource' })
	expect(need.props.title).toBe('老人助餐')
	expect(resource.props.title).toBe('社区食堂')
	// The two cards were not dropped on top of each other under the inspector.
	const box = await page.getByTestId('inspector').boundingBox()
	expect(box && overlap(await cardScreenBox(page, resource.id), box)).toBe(false)

	// 连接到…: Shift+Tab from the title field back to the header's button, then search and choose.
	const connect = page.getByTestId('connect-to')
	await connect.focus()
	await page.keyboard.press('Enter')
	await expect(page.getByTestId('connect-search')).toBeFocused()
	await page.keyboard.type('助餐')
	await expect(page.getByTestId('connect-option')).toHaveCount(1)
	await page.keyboard.press('Tab')
	await expect(page.getByTestId('connect-option')).toBeFocused()
	await page.keyboard.press('Enter')

	const link = await page.evaluate(() => {
		const editor = window.__niudaiEditor
		const arrow = editor?.getCurrentPageShapes().find((s) => s.type === 'arrow')
		if (!editor || !arrow) return null
		const bindings = editor.getBindingsFromShape(arrow, 'arrow') as { toId: string; props: { terminal: string } }[]
		return {
			link: (arrow.meta as { link?: { type?: string } }).link,
			from: bindings.find((b) => b.props.terminal === 'start')?.toId,
			to: bindings.find((b) => b.props.terminal === 'end')?.toId,
			selected: editor.getSelectedShapeIds(),
		}
	})
	expect(link?.link?.type).toBe('allocation')
	expect(link?.from).toBe(resource.id)
	expect(link?.to).toBe(need.id)
	// The link's form is open for the new arrow, its first field focused.
	await expect(page.getByTestId('link-inspector')).toBeVisible()
	await expect(page.locator('[data-testid="link-inspector"] :is(select, input)').first()).toBeFocused()
	await page.screenshot({ path: test.info().outputPath('keyboard-link-1366.png') })
	await context.close()
})

test('on a 390×844 phone a template board opens fitted and an empty lane hint adds its card inside the lane', async ({
	browser,
	baseURL,
}) => {
	const board = await createFromTemplate(baseURL as string, '整合式合作', 'full-cycle')
	const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })
	await context.addInitScript(() =>
		localStorage.setItem(
			'TLDRAW_USER_DATA_v3',
			JSON.stringify({ version: 3, user: { id: 'e2e-phone', name: '商户' } }),
		),
	)
	const page = await context.newPage()
	await openBoard(page, board.url)
	const contained = await page.evaluate(() => {
		const editor = window.__niudaiEditor
		const content = editor?.getCurrentPageBounds()
		return Boolean(editor && content && editor.getViewportPageBounds().contains(content))
	})
	expect(contained).toBe(true)
	await page.screenshot({ path: test.info().outputPath('phone-fitted-390.png') })
	// Zoomed to a lane, its hint is big enough to tap.
	const [needLane] = await pageBoxes(page, { lane: 'need' })
	await page.evaluate((b) => {
		window.__niudaiEditor?.zoomToBounds(b as never, { immediate: true })
	}, needLane)
	const hint = page.locator(`[data-testid="lane-hint"][data-lane="${needLane.id}"]`)
	await hint.tap()
	await expect.poll(async () => (await pageBoxes(page, { card: 'need' })).length).toBe(1)
	expect(inside((await pageBoxes(page, { card: 'need' }))[0], needLane)).toBe(true)
	await page.screenshot({ path: test.info().outputPath('phone-lane-added-390.png') })
	await context.close()
})
