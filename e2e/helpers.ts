import type { Browser, BrowserContext, Page } from '@playwright/test'
import { expect } from '@playwright/test'

/** Creates a board over REST and returns its page URL. */
export async function createBoard(baseURL: string, title: string): Promise<{ id: string; url: string }> {
	const res = await fetch(`${baseURL}/api/boards`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ title }),
	})
	expect(res.status).toBe(201)
	return (await res.json()) as { id: string; url: string }
}

/** A browser context whose person already has a name, and every request it makes. */
export async function personContext(
	browser: Browser,
	name: string,
): Promise<{ context: BrowserContext; page: Page; requests: string[]; consoleErrors: string[] }> {
	const context = await browser.newContext()
	await context.addInitScript((n) => {
		const key = 'TLDRAW_USER_DATA_v3'
		if (!localStorage.getItem(key)) {
			localStorage.setItem(
				key,
				JSON.stringify({ version: 3, user: { id: `e2e-${n}-${Math.random().toString(36).slice(2)}`, name: n } }),
			)
		}
	}, name)
	const page = await context.newPage()
	const requests: string[] = []
	page.on('request', (r) => requests.push(r.url()))
	const consoleErrors: string[] = []
	page.on('console', (m) => {
		if (m.type() === 'error') consoleErrors.push(m.text())
	})
	return { context, page, requests, consoleErrors }
}

/** Opens a board and waits until the canvas is live. */
export async function openBoard(page: Page, url: string): Promise<void> {
	await page.goto(url)
	// The example board takes 5–11 s to mount on a busy 2-core machine: wait for it, speed is bench:load's business.
	await expect(page.locator('.tl-canvas')).toBeVisible({ timeout: 30_000 })
	await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
	await page.waitForFunction(() => Boolean(window.__niudaiEditor))
}

/** The shapes on the current page, as plain data. */
export function shapes(page: Page): Promise<{ id: string; type: string; x: number; y: number }[]> {
	return page.evaluate(() =>
		(window.__niudaiEditor?.getCurrentPageShapes() ?? []).map((s) => ({
			id: s.id as string,
			type: s.type,
			x: s.x,
			y: s.y,
		})),
	)
}

/** Draws a rectangle by dragging with the rectangle tool. */
export async function drawRectangle(page: Page, from: [number, number], to: [number, number]): Promise<void> {
	await page.locator('.tl-canvas').click({ position: { x: 5, y: 200 } })
	await page.keyboard.press('r')
	await page.mouse.move(from[0], from[1])
	await page.mouse.down()
	await page.mouse.move(to[0], to[1], { steps: 6 })
	await page.mouse.up()
}

/** A share link of `role` made over REST with the board creator's facilitator token (what the QR code encodes). */
export async function shareLink(
	baseURL: string,
	board: { id: string; url: string },
	role: 'facilitator' | 'editor' | 'participant' | 'viewer',
	label: string = role,
): Promise<string> {
	const token = new URL(board.url, baseURL).searchParams.get('t')
	const res = await fetch(`${baseURL}/api/boards/${board.id}/links`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
		body: JSON.stringify({ role, label }),
	})
	expect(res.status).toBe(201)
	return ((await res.json()) as { url: string }).url
}

/** A named person on a 390×844 touch phone. */
export async function phoneContext(browser: Browser, name: string): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })
	await context.addInitScript((n) => {
		localStorage.setItem(
			'TLDRAW_USER_DATA_v3',
			JSON.stringify({ version: 3, user: { id: `e2e-${n}-${Math.random().toString(36).slice(2)}`, name: n } }),
		)
	}, name)
	return { context, page: await context.newPage() }
}
