import { type Browser, expect, type Page, test } from '@playwright/test'

/*
 * The board's preview: a phone sees the board's cards before tldraw has loaded, drawn where
 * the canvas then draws them, and the canvas replaces it. The canvas's code (the BoardPage
 * chunk) is held back until the preview has been checked, so the order is certain.
 */

// The example board is big and the machine may be busy: give the canvas time.
test.setTimeout(180_000)

const SHOTS = process.env.PREVIEW_SHOTS_DIR

async function createExample(baseURL: string): Promise<{ id: string; url: string }> {
	const res = await fetch(`${baseURL}/api/boards`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ title: 'C社区示例（预览）', template: 'example' }),
	})
	expect(res.status).toBe(201)
	return (await res.json()) as { id: string; url: string }
}

/** A named person in Chinese at `viewport`, whose page holds the canvas's code until `release()`. */
async function heldBackCanvas(browser: Browser, viewport: { width: number; height: number }, phone: boolean) {
	const context = await browser.newContext({
		viewport,
		hasTouch: phone,
		isMobile: phone,
		locale: 'zh-CN',
		// The service worker would fetch the build out of sight of page.route.
		serviceWorkers: 'block',
	})
	await context.addInitScript(() => {
		localStorage.setItem(
			'TLDRAW_USER_DATA_v3',
			JSON.stringify({ version: 3, user: { id: 'e2e-preview', name: '王社工' } }),
		)
	})
	const page = await context.newPage()
	const requests: string[] = []
	page.on('request', (r) => requests.push(new URL(r.url()).pathname))
	let release = () => {}
	const released = new Promise<void>((resolve) => {
		release = resolve
	})
	await page.route(/\/assets\/BoardPage-[^/]*\.js$/, async (route) => {
		await released
		await route.continue()
	})
	return { context, page, release, requests }
}

/** Screen boxes of some preview cards, by shape id. */
function previewBoxes(page: Page) {
	return page.locator('.nd-preview-card').evaluateAll((els) =>
		els.slice(0, 12).map((el) => {
			const r = el.getBoundingClientRect()
			return { id: el.getAttribute('data-shape-id') ?? '', x: r.x, y: r.y, w: r.width, h: r.height }
		}),
	)
}

for (const { name, viewport, phone } of [
	{ name: 'phone', viewport: { width: 390, height: 844 }, phone: true },
	{ name: 'laptop', viewport: { width: 1366, height: 768 }, phone: false },
]) {
	test(`${name}: the board's cards show before the canvas, where the canvas then draws them, and the canvas replaces them`, async ({
		browser,
		baseURL,
	}) => {
		const board = await createExample(baseURL as string)
		const { context, page, release, requests } = await heldBackCanvas(browser, viewport, phone)
		try {
			await page.goto(board.url)
			const preview = page.getByTestId('board-preview')
			await expect(preview).toBeVisible()
			await expect(preview).toHaveAttribute('aria-busy', 'true')
			await expect(preview.getByRole('status')).toHaveText('正在加载画布…')
			// Every card of the example, with its kind's word and its title; no canvas yet.
			await expect(page.locator('.nd-preview-card')).toHaveCount(82)
			await expect(page.locator('.nd-preview-card', { hasText: '老年人眼健康' })).toHaveCount(1)
			await expect(page.locator('.nd-preview-card[data-card-kind="need"]').first()).toContainText('需求')
			await expect(page.locator('.nd-preview-frame', { hasText: '需求清单' })).toHaveCount(1)
			expect(await page.locator('.nd-preview__links line').count()).toBeGreaterThan(50)
			await expect(page.locator('.tl-canvas')).toHaveCount(0)
			// Asked for once, by index.html's early script, before the canvas's code.
			const previewAt = requests.findIndex((p) => p.endsWith('/preview'))
			expect(requests.filter((p) => p.endsWith('/preview'))).toHaveLength(1)
			expect(previewAt).toBeGreaterThanOrEqual(0)
			expect(previewAt).toBeLessThan(requests.findIndex((p) => /\/BoardPage-[^/]*\.js$/.test(p)))
			if (SHOTS) await page.screenshot({ path: `${SHOTS}/preview-${name}.png` })
			const before = await previewBoxes(page)

			release()
			await expect(page.locator('.tl-canvas')).toBeVisible({ timeout: 120_000 })
			await page.waitForFunction(() => Boolean(window.__niudaiEditor))
			// The canvas has drawn the board: the preview is gone, nothing of it left behind.
			await expect(preview).toHaveCount(0, { timeout: 60_000 })
			await expect(page.locator('.nd-preview-card')).toHaveCount(0)
			await expect(page.locator('.tl-shape .nd-card').first()).toBeAttached()
			if (SHOTS) await page.screenshot({ path: `${SHOTS}/canvas-${name}.png` })

			// Each card lay where the canvas draws it (within a pixel or two of rounding).
			const after = await page.evaluate(
				(ids) => {
					const editor = window.__niudaiEditor
					if (!editor) throw new Error('no editor')
					return ids.map((id) => {
						const b = editor.getShapePageBounds(id as never)
						if (!b) return null
						const tl = editor.pageToScreen({ x: b.x, y: b.y })
						const br = editor.pageToScreen({ x: b.maxX, y: b.maxY })
						return { id, x: tl.x, y: tl.y, w: br.x - tl.x, h: br.y - tl.y }
					})
				},
				before.map((b) => b.id),
			)
			for (const [i, b] of before.entries()) {
				const a = after[i]
				expect(a, `card ${b.id} on the canvas`).not.toBeNull()
				if (!a) continue
				for (const k of ['x', 'y', 'w', 'h'] as const) expect(Math.abs(a[k] - b[k]), `${k} of ${b.id}`).toBeLessThan(2)
			}
		} finally {
			await context.close()
		}
	})
}

test('a failing preview leaves the plain loading screen, and the board opens as before', async ({
	browser,
	baseURL,
}) => {
	const board = await createExample(baseURL as string)
	const { context, page, release } = await heldBackCanvas(browser, { width: 390, height: 844 }, true)
	try {
		let asked = false
		await page.route(/\/api\/boards\/[^/]+\/preview$/, (route) => {
			asked = true
			return route.fulfill({ status: 500, body: '{"error":{"code":"internal","message":"boom"}}' })
		})
		await page.goto(board.url)
		await expect(page.getByTestId('loading-shell')).toBeVisible()
		await expect.poll(() => asked).toBe(true)
		await expect(page.getByTestId('board-preview')).toHaveCount(0)
		release()
		await expect(page.locator('.tl-canvas')).toBeVisible({ timeout: 120_000 })
		await expect(page.locator('.tl-shape .nd-card').first()).toBeAttached({ timeout: 60_000 })
		await expect(page.getByTestId('board-preview')).toHaveCount(0)
	} finally {
		await context.close()
	}
})
