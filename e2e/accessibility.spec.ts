import fs from 'node:fs'
import { createRequire } from 'node:module'
import { expect, type Page, test } from '@playwright/test'
import { personContext } from './helpers'

const require = createRequire(import.meta.url)
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

interface AxeViolation {
	id: string
	impact: string | null
	help: string
	nodes: { target: unknown[]; html: string }[]
}

/**
 * The serious and critical accessibility violations axe-core finds on the page as it
 * is now. tldraw's canvas internals are left out: the shapes layer (`.tl-shapes`, SVG and
 * HTML drawn by the third-party canvas for sighted pointer users, mirrored for everyone
 * by the 清单 view and our inspector) — our own UI on and around it is checked.
 */
async function seriousViolations(page: Page): Promise<string[]> {
	// Evaluated through the debugging protocol: the app's Content-Security-Policy (rightly) refuses inline scripts.
	await page.evaluate(AXE_SOURCE)
	const violations = await page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: unknown[] }> } })
			.axe
		const result = await axe.run(
			{ include: [document], exclude: [['.tl-shapes'], ['.tl-overlays'], ['.tl-background']] },
			{ resultTypes: ['violations'] },
		)
		return result.violations as AxeViolation[]
	})
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map(
			(v) =>
				`${v.impact} ${v.id}: ${v.help}\n${v.nodes
					.slice(0, 5)
					.map((n) => `    ${JSON.stringify(n.target)} ${n.html.slice(0, 160)}`)
					.join('\n')}`,
		)
}

test.use({ viewport: { width: 1366, height: 768 } })
test.setTimeout(180_000)

test('no serious or critical axe violations on the home page, the board, 分享, 投票, 清单, 历史版本, 动态 and 评论', async ({
	browser,
	baseURL,
}) => {
	const res = await fetch(`${baseURL}/api/boards`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ title: '无障碍检查', template: 'full-cycle' }),
	})
	const board = (await res.json()) as { id: string; url: string }
	const { page, context } = await personContext(browser, '王社工')
	const found: Record<string, string[]> = {}

	await page.goto(board.url)
	await expect(page.locator('.tl-canvas')).toBeVisible({ timeout: 60_000 })
	await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected', { timeout: 30_000 })
	// A card on the board, selected: its inspector is part of the board page.
	await page.getByRole('button', { name: '需求 (1)', exact: true }).focus()
	await page.keyboard.press('Enter')
	await expect(page.getByTestId('inspector')).toBeVisible()
	await page.keyboard.type('老人助餐')
	found.board = await seriousViolations(page)

	await page.getByTestId('open-share').click()
	await expect(page.getByRole('dialog')).toBeVisible()
	found.share = await seriousViolations(page)
	await page.getByTestId('share-close').click()
	await expect(page.getByRole('dialog')).toHaveCount(0)

	await page.getByTestId('open-vote').click()
	await expect(page.getByTestId('vote-panel')).toBeVisible()
	found.vote = await seriousViolations(page)
	await page.getByTestId('open-vote').click()

	await page.getByTestId('open-lists').click()
	await expect(page.getByTestId('lists-view')).toBeVisible()
	found.lists = await seriousViolations(page)
	await page.getByTestId('open-lists').click()

	await page.getByTestId('open-history').click()
	await expect(page.getByTestId('history-panel')).toBeVisible()
	found.history = await seriousViolations(page)
	await page.getByTestId('open-history').click()

	// 动态 (in 更多, the facilitator's): the card just made is its first entry.
	await page.getByTestId('topbar-more').click()
	await page.getByTestId('open-activity').click()
	await expect(page.getByTestId('activity-entry').first()).toBeVisible()
	found.activity = await seriousViolations(page)
	await page.getByRole('button', { name: '关闭动态' }).click()
	await expect(page.getByTestId('activity-panel')).toHaveCount(0)

	// 评论: a thread on the selected card, then the panel listing it.
	await page.getByTestId('comment-open-selection').click()
	await page.getByTestId('comment-new-input').fill('需要更多数据')
	await page.getByTestId('comment-new-send').click()
	await expect(page.getByTestId('comment-thread')).toBeVisible()
	found.commentThread = await seriousViolations(page)
	await page.getByTestId('comment-sheet-back').click()
	await expect(page.getByTestId('comments-row')).toHaveCount(1)
	found.comments = await seriousViolations(page)

	await page.goto('/')
	await expect(page.locator('main, h1').first()).toBeVisible()
	found.home = await seriousViolations(page)

	const report = Object.entries(found)
		.filter(([, v]) => v.length > 0)
		.map(([where, v]) => `${where}:\n  ${v.join('\n  ')}`)
		.join('\n')
	expect(report, report).toBe('')
	await context.close()
})
