import { type Browser, expect, type Page, test } from '@playwright/test'
import { createBoard, openBoard, personContext, shareLink } from './helpers'

/** The follower's viewport in page coordinates. */
function viewport(page: Page) {
	return page.evaluate(() => {
		const b = window.__niudaiEditor?.getViewportPageBounds()
		return b ? { x: b.center.x, y: b.center.y, w: b.width } : null
	})
}

function followingUserId(page: Page) {
	return page.evaluate(() => window.__niudaiEditor?.getInstanceState().followingUserId ?? null)
}

async function moveCamera(page: Page, camera: { x: number; y: number; z: number }) {
	await page.evaluate((c) => {
		window.__niudaiEditor?.setCamera(c)
	}, camera)
}

/** True when `follower`'s view shows the same part of the board as `leader`'s (same viewport size). */
async function sameView(leader: Page, follower: Page): Promise<boolean> {
	const [a, b] = await Promise.all([viewport(leader), viewport(follower)])
	if (!a || !b) return false
	return Math.abs(a.x - b.x) < 5 && Math.abs(a.y - b.y) < 5 && Math.abs(a.w - b.w) < 5
}

/** Seconds on the timer chip of each page, read at (nearly) the same moment. */
async function timerSeconds(...pages: Page[]): Promise<number[]> {
	const texts = await Promise.all(
		pages.map((p) =>
			p.evaluate(() => document.querySelector('[data-testid="meeting-timer-clock"]')?.textContent ?? ''),
		),
	)
	return texts.map((text) => {
		const parts = text.trim().split(':').map(Number)
		if (parts.length < 2 || parts.some((n) => !Number.isInteger(n))) throw new Error(`not a clock: "${text}"`)
		return parts.reduce((acc, n) => acc * 60 + n, 0)
	})
}

/** A person whose browser counts the oscillators it starts (the chime makes two). */
async function listeningPerson(browser: Browser, name: string) {
	const person = await personContext(browser, name)
	await person.context.addInitScript(() => {
		const w = window as unknown as { __chimeNotes: number }
		w.__chimeNotes = 0
		const create = AudioContext.prototype.createOscillator
		AudioContext.prototype.createOscillator = function (this: AudioContext) {
			w.__chimeNotes++
			return create.call(this)
		}
	})
	return person
}

/** A control in the facilitator's meeting menu, opening the menu first when it is closed. */
async function meetingControl(page: Page, testId: string) {
	const control = page.getByTestId(testId)
	if (!(await control.isVisible())) await page.getByTestId('meeting-open').click()
	await expect(control).toBeVisible()
	return control
}

function chimeNotes(page: Page): Promise<number> {
	return page.evaluate(() => (window as unknown as { __chimeNotes: number }).__chimeNotes)
}

test.describe('the meeting', () => {
	test('follow me: a participant’s camera follows the facilitator until they stop; the list shows roles', async ({
		browser,
		baseURL,
	}) => {
		const board = await createBoard(baseURL as string, '跟随主持人测试')
		const editorUrl = await shareLink(baseURL as string, board, 'editor')
		const host = await personContext(browser, '李主任')
		const guest = await personContext(browser, '王居民')
		await openBoard(host.page, board.url)
		await openBoard(guest.page, editorUrl)

		// Roles in the participants list, both ways; only the facilitator has the meeting controls.
		await expect(host.page.getByTestId('participant-me')).toHaveAttribute('data-role', 'facilitator')
		await expect(guest.page.getByTestId('participant-me')).toHaveAttribute('data-role', 'editor')
		const hostInGuestList = guest.page.getByTestId('participant').filter({ hasText: '李主任' })
		await expect(hostInGuestList.getByTestId('participant-role')).toHaveText('主持人')
		await expect(
			host.page.getByTestId('participant').filter({ hasText: '王居民' }).getByTestId('participant-role'),
		).toHaveText('编辑')
		await expect(guest.page.getByTestId('meeting-open')).toHaveCount(0)
		await expect(guest.page.getByTestId('follow-me')).toHaveCount(0)

		// The facilitator asks everyone to follow.
		await moveCamera(host.page, { x: 0, y: 0, z: 1 })
		await (await meetingControl(host.page, 'follow-me')).click()
		await expect(host.page.getByTestId('follow-me')).toHaveText('结束跟随')
		const banner = guest.page.getByTestId('follow-banner')
		await expect(banner).toHaveAttribute('data-mode', 'following')
		await expect(banner).toContainText('正在跟随主持人 李主任 的视角')
		await expect(hostInGuestList.getByTestId('participant-leading')).toBeVisible()
		await expect(host.page.getByTestId('follow-banner')).toHaveAttribute('data-mode', 'leading')
		await expect(host.page.getByTestId('follow-banner')).toContainText('1 人正在跟随你的视角')

		// The facilitator pans and zooms: the follower's camera follows.
		await moveCamera(host.page, { x: -2400, y: -1600, z: 0.5 })
		await expect.poll(() => sameView(host.page, guest.page)).toBe(true)
		const far = await viewport(guest.page)
		expect(far?.x).toBeGreaterThan(2500)
		await moveCamera(host.page, { x: 800, y: 300, z: 2 })
		await expect.poll(() => sameView(host.page, guest.page)).toBe(true)

		// The follower stops: their camera no longer moves.
		await banner.getByTestId('stop-following').click()
		await expect(banner).toHaveAttribute('data-mode', 'stopped')
		await expect(banner.getByTestId('follow-again')).toBeVisible()
		expect(await followingUserId(guest.page)).toBeNull()
		const before = await viewport(guest.page)
		await moveCamera(host.page, { x: -5000, y: -5000, z: 1 })
		await guest.page.waitForTimeout(1200)
		expect(await viewport(guest.page)).toEqual(before)

		// Following again catches up; scrolling the canvas (tldraw stops following) shows in the banner.
		await banner.getByTestId('follow-again').click()
		await expect(banner).toHaveAttribute('data-mode', 'following')
		await expect.poll(() => sameView(host.page, guest.page)).toBe(true)
		await guest.page.mouse.move(640, 450)
		await guest.page.mouse.wheel(0, 400)
		await expect(banner).toHaveAttribute('data-mode', 'stopped')
		expect(await followingUserId(guest.page)).toBeNull()
		await moveCamera(host.page, { x: 1000, y: 1000, z: 1 })
		await guest.page.waitForTimeout(800)
		expect(await sameView(host.page, guest.page)).toBe(false)

		// A new request pulls everyone in again; ending it lets them go.
		await (await meetingControl(host.page, 'follow-me')).click()
		await (await meetingControl(host.page, 'follow-me')).click()
		await expect(banner).toHaveAttribute('data-mode', 'following')
		await expect.poll(() => sameView(host.page, guest.page)).toBe(true)
		await host.page.getByTestId('follow-banner-end').click()
		await expect(banner).toHaveCount(0)
		await expect.poll(() => followingUserId(guest.page)).toBeNull()
		await expect(hostInGuestList.getByTestId('participant-leading')).toHaveCount(0)

		await host.context.close()
		await guest.context.close()
	})

	test('shared timer: the same remaining time in every browser, late joiners too; a chime at zero for those who watched', async ({
		browser,
		baseURL,
	}) => {
		const board = await createBoard(baseURL as string, '共享计时测试')
		const viewerUrl = await shareLink(baseURL as string, board, 'viewer')
		const host = await listeningPerson(browser, '李主任')
		const guest = await listeningPerson(browser, '王居民')
		await openBoard(host.page, board.url)
		await openBoard(guest.page, viewerUrl)
		await expect(guest.page.getByTestId('meeting-open')).toHaveCount(0)
		await expect(guest.page.getByTestId('meeting-timer')).toHaveCount(0)

		// The facilitator starts five minutes.
		await (await meetingControl(host.page, 'timer-preset-5')).click()
		const hostChip = host.page.getByTestId('meeting-timer')
		const guestChip = guest.page.getByTestId('meeting-timer')
		await expect(hostChip).toHaveAttribute('data-status', 'running')
		await expect(guestChip).toHaveAttribute('data-status', 'running')
		const [h1, g1] = await timerSeconds(host.page, guest.page)
		expect(h1).toBeGreaterThan(290)
		expect(h1).toBeLessThanOrEqual(300)
		expect(Math.abs(h1 - g1)).toBeLessThanOrEqual(1)
		await host.page.waitForTimeout(1500)
		const [h2, g2] = await timerSeconds(host.page, guest.page)
		expect(h2).toBeLessThan(h1)
		expect(Math.abs(h2 - g2)).toBeLessThanOrEqual(1)

		// Paused: both show the same frozen value.
		await (await meetingControl(host.page, 'timer-pause')).click()
		await expect(guestChip).toHaveAttribute('data-status', 'paused')
		await expect(guestChip).toContainText('已暂停')
		const [h3, g3] = await timerSeconds(host.page, guest.page)
		expect(g3).toBe(h3)
		await host.page.waitForTimeout(1500)
		expect(await timerSeconds(host.page, guest.page)).toEqual([h3, h3])

		// A late joiner sees the same paused time, then the same running time.
		const late = await listeningPerson(browser, '迟到的张')
		await openBoard(late.page, viewerUrl)
		await expect(late.page.getByTestId('meeting-timer')).toHaveAttribute('data-status', 'paused')
		expect(await timerSeconds(late.page)).toEqual([h3])
		await (await meetingControl(host.page, 'timer-resume')).click()
		await expect(late.page.getByTestId('meeting-timer')).toHaveAttribute('data-status', 'running')
		await expect(guestChip).toHaveAttribute('data-status', 'running')
		await host.page.waitForTimeout(1200)
		const [h4, g4, l4] = await timerSeconds(host.page, guest.page, late.page)
		expect(h4).toBeLessThan(h3)
		expect(Math.abs(h4 - g4)).toBeLessThanOrEqual(1)
		expect(Math.abs(h4 - l4)).toBeLessThanOrEqual(1)

		// +1 min on everyone's clock.
		await (await meetingControl(host.page, 'timer-add-minute')).click()
		await expect.poll(async () => (await timerSeconds(guest.page))[0]).toBeGreaterThan(h4 + 50)

		// A short countdown reaches zero: everyone sees "time's up"; the two who watched it hear the chime.
		await (await meetingControl(host.page, 'timer-minutes')).fill('0:03')
		await (await meetingControl(host.page, 'timer-start')).click()
		await expect(guestChip).toHaveAttribute('data-status', 'running')
		// Sound needs a gesture on the page first.
		await guest.page.getByTestId('participants').click({ position: { x: 5, y: 5 } })
		await expect(hostChip).toHaveAttribute('data-status', 'timeup', { timeout: 6000 })
		await expect(guestChip).toHaveAttribute('data-status', 'timeup')
		await expect(guestChip).toContainText('时间到')
		await expect(guestChip).toContainText('00:00')
		await expect.poll(() => chimeNotes(guest.page)).toBe(2)
		await expect.poll(() => chimeNotes(host.page)).toBe(2)

		// Someone joining after the end sees it ended, without a chime.
		const later = await listeningPerson(browser, '更晚的赵')
		await openBoard(later.page, viewerUrl)
		await expect(later.page.getByTestId('meeting-timer')).toHaveAttribute('data-status', 'timeup')
		await later.page.getByTestId('participants').click({ position: { x: 5, y: 5 } })
		await later.page.waitForTimeout(800)
		expect(await chimeNotes(later.page)).toBe(0)
		expect(await chimeNotes(guest.page)).toBe(2)

		// Reset hides the chip for everyone.
		await (await meetingControl(host.page, 'timer-reset')).click()
		await expect(guestChip).toHaveCount(0)
		await expect(later.page.getByTestId('meeting-timer')).toHaveCount(0)

		for (const p of [host, guest, late, later]) await p.context.close()
	})

	test('on a 390×844 phone the banner and the timer cover neither the top bar nor the toolbar', async ({
		browser,
		baseURL,
	}) => {
		const board = await createBoard(baseURL as string, '手机布局测试')
		const editorUrl = await shareLink(baseURL as string, board, 'editor')
		const host = await personContext(browser, '李主任')
		const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })
		await context.addInitScript(() => {
			localStorage.setItem(
				'TLDRAW_USER_DATA_v3',
				JSON.stringify({ version: 3, user: { id: 'e2e-phone', name: '手机用户' } }),
			)
		})
		const phone = await context.newPage()
		await openBoard(host.page, board.url)
		await openBoard(phone, editorUrl)
		await (await meetingControl(host.page, 'follow-me')).click()
		await (await meetingControl(host.page, 'timer-preset-10')).click()
		const banner = phone.getByTestId('follow-banner')
		const chip = phone.getByTestId('meeting-timer')
		await expect(banner).toHaveAttribute('data-mode', 'following')
		await expect(chip).toBeVisible()

		type Box = { x: number; y: number; width: number; height: number }
		const overlaps = (a: Box, b: Box) =>
			a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
		const boxes = async (selector: string) =>
			phone.locator(selector).evaluateAll((els) =>
				els
					.map((e) => e.getBoundingClientRect())
					.filter((r) => r.width > 0 && r.height > 0)
					.map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height })),
			)
		const covered = [
			...(await boxes('.nd-topbar')),
			...(await boxes('.tlui-layout__bottom > *')),
			...(await boxes('[data-testid="participants"]')),
		]
		expect(covered.length).toBeGreaterThanOrEqual(3)
		for (const overlay of [await banner.boundingBox(), await chip.boundingBox()]) {
			if (!overlay) throw new Error('no overlay box')
			expect(overlay.x).toBeGreaterThanOrEqual(0)
			expect(overlay.x + overlay.width).toBeLessThanOrEqual(390)
			for (const box of covered) expect(overlaps(overlay, box)).toBe(false)
		}
		// The participants list (folded on a phone) opens and shows the facilitator's role.
		await phone.getByTestId('participants').locator('button').first().tap()
		await expect(
			phone.getByTestId('participant').filter({ hasText: '李主任' }).getByTestId('participant-role'),
		).toHaveText('主持人')
		await banner.getByTestId('stop-following').tap()
		await expect(banner).toHaveAttribute('data-mode', 'stopped')
		await host.context.close()
		await context.close()
	})
})
