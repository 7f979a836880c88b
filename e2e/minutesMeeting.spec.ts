import fs from 'node:fs'
import { expect, type Locator, test } from '@playwright/test'
import JSZip from 'jszip'
import { createBoard, openBoard, personContext, phoneContext, shareLink } from './helpers'

const DECISION = '先为3号楼加装电梯，由街道牵头申请资金'
const ACTION = '向区住建局提交加装电梯申请'

/** Downloads a file by clicking `button`. */
async function download(button: Locator): Promise<Buffer> {
	const [file] = await Promise.all([button.page().waitForEvent('download'), button.click()])
	return fs.readFileSync((await file.path()) as string)
}

test('a scripted meeting: start, 签到 on a phone and a laptop, a vote, a 决议 and a 待办, end, and the 会议纪要 as Markdown and Word', async ({
	browser,
	baseURL,
}, testInfo) => {
	// Three devices and two votes: more than the default minute on a busy 2-core machine.
	test.setTimeout(120_000)
	const base = baseURL as string
	const board = await createBoard(base, '幸福里')
	const host = await personContext(browser, '主持人')
	await openBoard(host.page, board.url)
	await host.page.evaluate(() => {
		const editor = window.__niudaiEditor
		if (!editor) return
		editor.createShape({ id: 'shape:lift', type: 'need', x: 0, y: 0, props: { title: '加装电梯' } } as never)
		editor.createShape({ id: 'shape:meal', type: 'need', x: 320, y: 0, props: { title: '老年人助餐' } } as never)
		editor.createShape({ id: 'shape:proj', type: 'project', x: 0, y: 320, props: { title: '电梯加装项目' } } as never)
		editor.zoomToFit()
	})
	const cadre = await personContext(browser, '王科长')
	await openBoard(cadre.page, await shareLink(base, board, 'editor', '街道'))
	const phone = await phoneContext(browser, '李老板')
	await openBoard(phone.page, await shareLink(base, board, 'participant', '居民与商户'))

	// The facilitator starts a meeting with two 议题 from the 会议 menu.
	await host.page.getByTestId('meeting-open').click()
	await host.page.getByTestId('meeting-start-open').click()
	const dialog = host.page.getByTestId('start-meeting-dialog')
	await expect(dialog.getByTestId('meeting-title')).toHaveValue(/^幸福里 联席会议 \d{4}-\d{2}-\d{2}$/)
	await dialog.getByTestId('meeting-place').fill('幸福里社区活动室')
	await dialog.getByTestId('agenda-topic').fill('加装电梯')
	await dialog.getByTestId('agenda-add').click()
	await dialog.getByTestId('agenda-topic').nth(1).fill('老年人助餐')
	await dialog.getByTestId('meeting-start').click()
	const hostPanel = host.page.getByTestId('minutes-panel')
	await expect(hostPanel.getByTestId('agenda-topic')).toHaveCount(2)
	await host.page.getByTestId('check-in-later').click()

	// 签到: the phone as a 商户 (市场) in a bottom sheet, the cadre as 政府 in a banner.
	const sheet = phone.page.getByTestId('check-in')
	await expect(sheet.getByTestId('check-in-name')).toHaveValue('李老板')
	const box = await sheet.boundingBox()
	expect(box && Math.round(box.y + box.height)).toBe(844)
	await sheet.getByTestId('check-in-organisation').fill('商户')
	await sheet.getByTestId('check-in-submit').tap()
	await expect(sheet.getByTestId('check-in-error')).toContainText('请选择类别')
	await sheet.locator('[data-sector="market"]').tap()
	await phone.page.screenshot({ path: testInfo.outputPath('minutes-check-in-phone.png') })
	await sheet.getByTestId('check-in-submit').tap()
	await expect(sheet).toHaveCount(0)
	const banner = cadre.page.getByTestId('check-in')
	await banner.getByTestId('check-in-organisation').fill('街道办事处')
	await banner.locator('[data-sector="government"]').click()
	await banner.getByTestId('check-in-submit').click()
	await expect(banner).toHaveCount(0)
	await expect(hostPanel.locator('[data-testid="attendance-sector"][data-sector="government"]')).toContainText('王科长')
	await expect(hostPanel.locator('[data-testid="attendance-sector"][data-sector="market"]')).toContainText('李老板')

	// A short vote: the phone puts two dots on 加装电梯, one on 助餐.
	await host.page.getByTestId('open-vote').click()
	await host.page.getByTestId('vote-panel').getByTestId('vote-start').click()
	const phoneVote = phone.page.getByTestId('vote-panel')
	await expect(phoneVote).toHaveAttribute('data-status', 'open')
	for (const title of ['加装电梯', '加装电梯', '老年人助餐'])
		await phoneVote.getByTestId('vote-need').filter({ hasText: title }).getByTestId('vote-add').tap()
	await expect(phone.page.getByTestId('vote-remaining')).toHaveAttribute('data-count', '0')
	await expect(host.page.getByTestId('vote-voters')).toHaveAttribute('data-count', '1')
	await host.page.getByTestId('vote-end').click()
	await host.page.getByTestId('vote-end-confirm-confirm').click()
	await expect(host.page.getByTestId('vote-panel')).toHaveAttribute('data-status', 'closed')

	// The cadre writes a 决议 on the winning need, decided by the vote, and a 待办 for the project.
	await cadre.page.getByTestId('open-minutes').click()
	const panel = cadre.page.getByTestId('minutes-panel')
	await panel.getByTestId('decision-add').click()
	const decision = panel.getByTestId('decision')
	await decision.getByTestId('decision-text').fill(DECISION)
	await decision.getByTestId('card-picker-open').click()
	await decision.getByTestId('card-search').fill('电梯')
	await decision.getByTestId('card-option').filter({ hasText: '加装电梯' }).first().click()
	await expect(decision.getByTestId('linked-card')).toHaveText(/加装电梯/)
	const vote = decision.getByTestId('decision-vote')
	await expect(vote.locator('option')).toHaveCount(2)
	await vote.selectOption({ index: 1 })
	await expect(decision.getByTestId('decision-vote-top')).toContainText('第1名 加装电梯 2 票')
	await panel.getByTestId('action-add').click()
	const action = panel.getByTestId('action')
	await action.getByTestId('action-what').fill(ACTION)
	await action.getByTestId('action-who').fill('王科长')
	await action.getByTestId('action-due').fill('2030-06-30')
	await action.getByTestId('action-project').selectOption({ label: '电梯加装项目' })
	await action.getByTestId('action-who').press('Enter')
	await expect(
		host.page.locator('.nd-card', { hasText: '电梯加装项目' }).getByTestId('project-actions-chip'),
	).toHaveText('待办 1')
	await cadre.page.screenshot({ path: testInfo.outputPath('minutes-panel-laptop.png') })
	// Removing an item asks first; 签到 reopens from the panel with what was typed.
	await panel.getByTestId('decision-add').click()
	await expect(panel.getByTestId('decision')).toHaveCount(2)
	await panel.getByTestId('decision').nth(1).getByTestId('minutes-item-remove').click()
	await cadre.page.getByTestId('minutes-remove-confirm-confirm').click()
	await expect(panel.getByTestId('decision')).toHaveCount(1)
	await panel.getByTestId('check-in-open').click()
	await expect(banner.getByTestId('check-in-organisation')).toHaveValue('街道办事处')
	await banner.getByTestId('check-in-later').click()
	await expect(banner).toHaveCount(0)
	// …and in the project's inspector, with its date.
	await host.page.evaluate(() => {
		window.__niudaiEditor?.select('shape:proj' as never)
	})
	await expect(host.page.getByTestId('project-action')).toContainText(ACTION)
	await expect(host.page.getByTestId('project-action')).toContainText('2030-06-30 前')
	await host.page.evaluate(() => {
		window.__niudaiEditor?.selectNone()
	})

	// A second vote is still open when the facilitator ends the meeting: ending closes it first.
	// (the facilitator's vote panel may still be open from the first vote: 投票 toggles it)
	if (!(await host.page.getByTestId('vote-panel').isVisible())) await host.page.getByTestId('open-vote').click()
	await host.page.getByTestId('vote-panel').getByTestId('vote-new').click()
	await host.page.getByTestId('vote-panel').getByTestId('vote-start').click()
	await expect(phoneVote).toHaveAttribute('data-status', 'open')
	await phoneVote.getByTestId('vote-need').filter({ hasText: '老年人助餐' }).getByTestId('vote-add').tap()
	await expect(host.page.getByTestId('vote-voters')).toHaveAttribute('data-count', '1')

	// The facilitator sees what was written, and ends the meeting.
	await host.page.getByTestId('open-minutes').click()
	await expect(hostPanel.getByTestId('decision-text')).toHaveValue(DECISION)
	await expect(hostPanel.getByTestId('action-what')).toHaveValue(ACTION)
	await hostPanel.getByTestId('meeting-end').click()
	const confirm = host.page.getByTestId('end-meeting-confirm')
	await expect(confirm).toContainText('1 项决议，1 项待办')
	await expect(confirm).toContainText('（会议结束）')
	await expect(confirm).toContainText('投票还在进行（1 人已投票）')
	await host.page.screenshot({ path: testInfo.outputPath('minutes-end-dialog.png') })
	await host.page.getByTestId('end-meeting-confirm-confirm').click()
	const ended = host.page.getByTestId('meeting-ended')
	await expect(ended).toBeVisible()

	const md = (await download(ended.getByTestId('minutes-download-md'))).toString('utf8')
	// Attendance by sector, both people with their organisation and sector.
	expect(md).toContain('政府 1 人、市场 1 人')
	expect(md).toContain('| 王科长 | 街道办事处 | 政府 |')
	expect(md).toContain('| 李老板 | 商户 | 市场 |')
	// The vote's ranking, the decision with its card and vote, the action item with its date and project.
	expect(md).toContain('| 1 | 加装电梯 | 2 |')
	expect(md.indexOf('| 1 | 加装电梯 | 2 |')).toBeLessThan(md.indexOf('| 2 | 老年人助餐 | 1 |'))
	expect(md).toMatch(new RegExp(`${DECISION}.*加装电梯`))
	// The vote still open at the end was closed by it and is in the minutes with its result.
	expect(md.slice(md.indexOf('第二次表决'))).toContain('| 1 | 老年人助餐 | 1 |')
	expect(md).toContain(`| 王科长 | ${ACTION} | 2030年6月30日 | 电梯加装项目 |`)
	expect(md).toContain('幸福里社区活动室')
	const docx = await download(ended.getByTestId('minutes-download-docx'))
	expect(docx.length).toBeGreaterThan(4000)
	const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')?.async('string')
	expect(xml).toContain(DECISION)

	// The meeting is now a past meeting everywhere, with its downloads; a version keeps the board as it ended.
	await host.page.getByTestId('meeting-ended-close').click()
	// (the second vote opened the vote panel for everyone, in place of the cadre's minutes)
	if (!(await cadre.page.getByTestId('minutes-panel').isVisible())) await cadre.page.getByTestId('open-minutes').click()
	await expect(cadre.page.getByTestId('past-meeting')).toHaveCount(1)
	const versions = (await (
		await fetch(`${base}/api/boards/${board.id}/versions`, {
			headers: { authorization: `Bearer ${new URL(board.url, base).searchParams.get('t')}` },
		})
	).json()) as { versions: { name: string }[] }
	expect(versions.versions.map((v) => v.name)).toContainEqual(expect.stringMatching(/（会议结束）$/))

	for (const c of [host.context, cadre.context, phone.context]) await c.close()
})
