import { expect, type Page, test } from '@playwright/test'
import { createBoard, openBoard, personContext, phoneContext, shareLink } from './helpers'

const NEEDS = [
	{ id: 'shape:need-meal', title: '老年人助餐', urgency: 'medium', x: 0, y: 0 },
	{ id: 'shape:need-tutor', title: '青少年课业辅导', urgency: 'low', x: 320, y: 0 },
	{ id: 'shape:need-lift', title: '加装电梯', urgency: 'high', x: 640, y: 0 },
] as const

function needRow(page: Page, title: string) {
	return page.getByTestId('vote-need').filter({ hasText: title })
}

async function dot(page: Page, title: string, times = 1, action: 'vote-add' | 'vote-remove' = 'vote-add') {
	for (let i = 0; i < times; i++) await needRow(page, title).getByTestId(action).click()
}

/** The ranking in a panel: [title, count, rank] per row, in order. */
function ranking(page: Page) {
	return page
		.getByTestId('vote-rank-row')
		.evaluateAll((rows) =>
			rows.map((r) => [
				r.querySelector('.nd-vote__rank-title')?.textContent ?? '',
				Number(r.getAttribute('data-count')),
				Number(r.getAttribute('data-rank')),
			]),
		)
}

test('a vote with two voters ranks needs correctly; the ranking becomes the plan’s priority', async ({
	browser,
	baseURL,
}, testInfo) => {
	const base = baseURL as string
	const board = await createBoard(base, '投票测试')
	const token = new URL(board.url, base).searchParams.get('t') as string
	const host = await personContext(browser, '主持人')
	await openBoard(host.page, board.url)
	await host.page.evaluate((needs) => {
		const editor = window.__niudaiEditor
		if (!editor) return
		for (const n of needs) {
			editor.createShape({
				id: n.id,
				type: 'need',
				x: n.x,
				y: n.y,
				props: { title: n.title, urgency: n.urgency },
			} as never)
		}
		editor.zoomToFit()
	}, NEEDS)

	// Voter A holds a 参会 link: votes, but cannot edit.
	const voterA = await personContext(browser, '王阿姨')
	await openBoard(voterA.page, await shareLink(base, board, 'participant', '居民A'))
	await expect(voterA.page.getByTestId('read-only-badge')).toHaveText('参会')
	const phone = await phoneContext(browser, '李师傅')
	await openBoard(phone.page, await shareLink(base, board, 'editor', '居民B'))
	// The phone adds a need of its own with the toolbar (it stays untitled and gets no dots).
	await phone.page.getByTestId('tools.need').tap()
	await phone.page.locator('.tl-canvas').tap({ position: { x: 200, y: 520 } })
	await expect
		.poll(() =>
			host.page.evaluate(
				() => (window.__niudaiEditor?.getCurrentPageShapes() ?? []).filter((s) => s.type === 'need').length,
			),
		)
		.toBe(4)
	const viewer = await personContext(browser, '旁听')
	await openBoard(viewer.page, await shareLink(base, board, 'viewer', '旁听'))

	// The facilitator starts a vote: 3 dots each, whole board.
	await host.page.getByTestId('open-vote').click()
	const hostPanel = host.page.getByTestId('vote-panel')
	await expect(hostPanel.getByTestId('vote-dots')).toHaveValue('3')
	await hostPanel.getByTestId('vote-start').click()
	await expect(hostPanel).toHaveAttribute('data-status', 'open')
	await expect(host.page.getByTestId('open-vote')).toHaveText(/投票中/)

	// The panel opens by itself for everyone, with the three needs.
	for (const p of [voterA.page, phone.page, viewer.page]) {
		await expect(p.getByTestId('vote-panel')).toHaveAttribute('data-status', 'open')
	}
	await expect(voterA.page.getByTestId('vote-need')).toHaveCount(4)
	await expect(voterA.page.getByTestId('vote-remaining')).toHaveText('还剩 3 票')
	// A viewer sees the ranking but has nothing to vote with.
	await expect(viewer.page.getByTestId('vote-ballot')).toHaveCount(0)
	await expect(viewer.page.getByTestId('vote-panel')).toContainText('不能投票')

	// Voter A: two dots on 课业辅导, one on 助餐 — then no dot is left.
	await dot(voterA.page, '青少年课业辅导', 2)
	await dot(voterA.page, '老年人助餐')
	await expect(voterA.page.getByTestId('vote-remaining')).toHaveAttribute('data-count', '0')
	await expect(voterA.page.getByTestId('vote-add')).toHaveCount(4)
	for (const add of await voterA.page.getByTestId('vote-add').all()) await expect(add).toBeDisabled()
	await needRow(voterA.page, '加装电梯').getByTestId('vote-add').click({ force: true })

	// Voter B on a phone: taps, changes their mind once (a dot taken back).
	const sheet = phone.page.getByTestId('vote-panel')
	const box = await sheet.boundingBox()
	expect(box && Math.round(box.y + box.height)).toBe(844)
	for (const [title, action] of [
		['青少年课业辅导', 'vote-add'],
		['加装电梯', 'vote-add'],
		['加装电梯', 'vote-add'],
		['加装电梯', 'vote-remove'],
		['老年人助餐', 'vote-add'],
	] as const) {
		await needRow(phone.page, title).getByTestId(action).tap()
	}
	await expect(phone.page.getByTestId('vote-remaining')).toHaveAttribute('data-count', '0')
	const addSize = await needRow(phone.page, '加装电梯').getByTestId('vote-add').boundingBox()
	expect(addSize && Math.min(addSize.width, addSize.height)).toBeGreaterThanOrEqual(44)
	await phone.page.screenshot({ path: testInfo.outputPath('vote-phone.png') })

	// Live in every browser: 课业辅导 3, 助餐 2, 电梯 1, the phone's need 0 (A's forced fourth dot did not count).
	const expected: [string, number, number][] = [
		['青少年课业辅导', 3, 1],
		['老年人助餐', 2, 2],
		['加装电梯', 1, 3],
		['（未命名）', 0, 4],
	]
	for (const p of [host.page, voterA.page, phone.page, viewer.page])
		await expect.poll(() => ranking(p)).toEqual(expected)
	await expect(host.page.getByTestId('vote-voters')).toHaveAttribute('data-count', '2')
	await expect(host.page.getByTestId('vote-voters')).toContainText('王阿姨')
	await host.page.screenshot({ path: testInfo.outputPath('vote-desktop-open.png') })

	// The facilitator ends it — after a confirmation that says what ending does; cancelling keeps it open.
	await hostPanel.getByTestId('vote-end').click()
	const confirm = host.page.getByTestId('vote-end-confirm')
	await expect(confirm).toContainText('已有 2 人投票')
	await expect(confirm).toContainText('优先级')
	await host.page.getByTestId('vote-end-confirm-cancel').click()
	await expect(confirm).toHaveCount(0)
	await expect(hostPanel).toHaveAttribute('data-status', 'open')
	await hostPanel.getByTestId('vote-end').click()
	await host.page.screenshot({ path: testInfo.outputPath('vote-end-confirm.png') })
	await host.page.getByTestId('vote-end-confirm-confirm').click()
	// The final ranking everywhere, counts on the cards.
	for (const p of [host.page, voterA.page, phone.page, viewer.page]) {
		await expect(p.getByTestId('vote-panel')).toHaveAttribute('data-status', 'closed')
		await expect(p.getByTestId('vote-panel')).toContainText('最终排名')
		await expect.poll(() => ranking(p)).toEqual(expected)
	}
	for (const [title, count] of expected.slice(0, 3)) {
		await expect(voterA.page.locator('.nd-card', { hasText: title }).getByTestId('vote-badge')).toHaveAttribute(
			'data-count',
			String(count),
		)
		await expect(voterA.page.locator('.nd-card', { hasText: title }).getByTestId('vote-badge')).toHaveText(
			`● ${count} 票`,
		)
	}
	await expect(voterA.page.getByTestId('open-vote')).toHaveText('投票')
	await host.page.screenshot({ path: testInfo.outputPath('vote-desktop-closed.png') })
	// A 参会 participant's attempt to change a card is dropped by the server.
	await voterA.page.evaluate(() => {
		const editor = window.__niudaiEditor
		editor?.updateInstanceState({ isReadonly: false })
		editor?.updateShape({ id: 'shape:need-meal', type: 'need', props: { title: '被篡改' } } as never)
	})
	await voterA.page.getByTestId('vote-panel').getByLabel('关闭投票面板').click()
	await voterA.page.evaluate(() => {
		window.__niudaiEditor?.zoomToFit()
	})
	await voterA.page.screenshot({ path: testInfo.outputPath('vote-cards.png') })

	// The counts are the needs' votes, and the plan ranks the needs by them (not by urgency).
	const auth = { authorization: `Bearer ${token}` }
	await expect
		.poll(async () => {
			const plan = (await (await fetch(`${base}/api/boards/${board.id}/plan`, { headers: auth })).json()) as {
				needs: { title: string; votes: number; priority: number | null }[]
			}
			return plan.needs.map((n) => [n.title || '（未命名）', n.votes, n.priority])
		})
		.toEqual(expected)
	const md = await (await fetch(`${base}/api/boards/${board.id}/export?format=md`, { headers: auth })).text()
	expect(md).toContain('需求按投票确定的优先级')
	expect(md.indexOf('| 1 | 青少年课业辅导 |')).toBeGreaterThan(-1)
	expect(md.indexOf('| 2 | 老年人助餐 |')).toBeGreaterThan(md.indexOf('| 1 | 青少年课业辅导 |'))
	expect(md.indexOf('| 3 | 加装电梯 |')).toBeGreaterThan(md.indexOf('| 2 | 老年人助餐 |'))

	// A card deleted after the vote ended: the finished ranking does not change.
	await host.page.evaluate(() => {
		window.__niudaiEditor?.deleteShapes(['shape:need-lift' as never])
	})
	await expect
		.poll(() => viewer.page.evaluate(() => Boolean(window.__niudaiEditor?.getShape('shape:need-lift' as never))))
		.toBe(false)
	for (const p of [host.page, viewer.page]) await expect.poll(() => ranking(p)).toEqual(expected)
	const hostTitles = await host.page.evaluate(() =>
		(window.__niudaiEditor?.getCurrentPageShapes() ?? []).map((s) => (s.props as { title?: string }).title ?? ''),
	)
	expect(hostTitles).not.toContain('被篡改')

	for (const c of [host.context, voterA.context, phone.context, viewer.context]) await c.close()
})

test('a vote limited to a frame counts only the needs inside it; a second start is refused while one is open', async ({
	browser,
	baseURL,
}) => {
	const base = baseURL as string
	const board = await createBoard(base, '框内投票')
	const host = await personContext(browser, '主持人')
	await openBoard(host.page, board.url)
	await host.page.evaluate(() => {
		const editor = window.__niudaiEditor
		if (!editor) return
		editor.createShape({
			id: 'shape:lane',
			type: 'frame',
			x: -40,
			y: -40,
			props: { w: 700, h: 300, name: '议题一' },
		} as never)
		editor.createShape({ id: 'shape:in1', type: 'need', x: 0, y: 0, props: { title: '框内甲' } } as never)
		editor.createShape({ id: 'shape:in2', type: 'need', x: 320, y: 0, props: { title: '框内乙' } } as never)
		editor.createShape({ id: 'shape:out', type: 'need', x: 0, y: 500, props: { title: '框外', votes: 7 } } as never)
		editor.zoomToFit()
	})
	await host.page.getByTestId('open-vote').click()
	const panel = host.page.getByTestId('vote-panel')
	await panel.getByTestId('vote-scope').selectOption({ label: '议题一' })
	await panel.getByTestId('vote-anonymous').check()
	await panel.getByTestId('vote-start').click()
	await expect(panel.getByTestId('vote-status')).toContainText('匿名')
	await expect(panel.getByTestId('vote-status')).toContainText('范围：议题一')
	await expect(panel.getByTestId('vote-need')).toHaveCount(2)
	await dot(host.page, '框内乙', 2)
	await expect
		.poll(() => ranking(host.page))
		.toEqual([
			['框内乙', 2, 1],
			['框内甲', 0, 2],
		])
	// Anonymous: nobody's name is shown with the voters.
	await expect(panel.getByTestId('vote-voters')).toHaveText('1 人已投票')
	await expect(host.page.locator('.nd-card', { hasText: '框外' }).getByTestId('vote-badge')).toHaveCount(0)

	// Another facilitator (same link, another browser) is offered no second start while it is open
	// (startVote also refuses it from the doc itself: see voteActions.test.ts).
	const second = await personContext(browser, '副主持')
	await openBoard(second.page, board.url)
	await expect(second.page.getByTestId('vote-panel')).toHaveAttribute('data-status', 'open')
	await expect(second.page.getByTestId('vote-start')).toHaveCount(0)

	await panel.getByTestId('vote-end').click()
	await host.page.getByTestId('vote-end-confirm-confirm').click()
	await expect(panel).toHaveAttribute('data-status', 'closed')
	const votes = await host.page.evaluate(() =>
		Object.fromEntries(
			(window.__niudaiEditor?.getCurrentPageShapes() ?? [])
				.filter((s) => s.type === 'need')
				.map((s) => [(s.props as { title: string }).title, (s.props as { votes: number }).votes]),
		),
	)
	// The need outside the frame keeps its earlier votes.
	expect(votes).toEqual({ 框内甲: 0, 框内乙: 2, 框外: 7 })
	await second.context.close()
	await host.context.close()
})

test('a dot goes straight onto a need card with the mouse; only voters see the button, and only while the vote is open', async ({
	browser,
	baseURL,
}) => {
	const base = baseURL as string
	const board = await createBoard(base, '卡片上投票')
	const host = await personContext(browser, '主持人')
	await openBoard(host.page, board.url)
	await host.page.evaluate(() => {
		window.__niudaiEditor?.createShape({
			id: 'shape:need-card',
			type: 'need',
			x: 500,
			y: 200,
			props: { title: '社区食堂' },
		} as never)
	})
	const viewer = await personContext(browser, '旁听')
	await openBoard(viewer.page, await shareLink(base, board, 'viewer', '旁听'))
	const hostDot = host.page.getByTestId('card-dot-add')
	await expect(hostDot).toHaveCount(0)

	await host.page.getByTestId('open-vote').click()
	await host.page.getByTestId('vote-dots').fill('2')
	await host.page.getByTestId('vote-start').click()
	await host.page.getByTestId('open-vote').click()
	await expect(host.page.getByTestId('vote-panel')).toHaveCount(0)

	// The card's +● adds a dot, twice; then there is none left and the button says so.
	await hostDot.click()
	await expect(host.page.getByTestId('vote-badge')).toHaveAttribute('data-count', '1')
	// Without the server the dot is not placed, and the page says why (the panel is closed: over the canvas).
	await host.context.setOffline(true)
	await hostDot.click()
	const problem = host.page.getByTestId('vote-problem')
	await expect(problem).toHaveAttribute('data-problem', 'offline')
	await expect(problem).toContainText('没有连上服务器')
	await expect(host.page.getByTestId('vote-badge')).toHaveAttribute('data-count', '1')
	await expect(hostDot).toBeEnabled()
	await host.context.setOffline(false)
	await problem.getByRole('button').click()
	await expect(problem).toHaveCount(0)
	await hostDot.click()
	await expect(host.page.getByTestId('vote-badge')).toHaveAttribute('data-count', '2')
	await expect(hostDot).toBeDisabled()
	// Clicking the button never selects or moves the card.
	expect(await host.page.evaluate(() => window.__niudaiEditor?.getSelectedShapeIds() ?? [])).toEqual([])
	await expect(viewer.page.getByTestId('vote-badge')).toHaveAttribute('data-count', '2')
	await expect(viewer.page.getByTestId('card-dot-add')).toHaveCount(0)

	await host.page.getByTestId('open-vote').click()
	await host.page.getByTestId('vote-end').click()
	await host.page.getByTestId('vote-end-confirm-confirm').click()
	await expect(hostDot).toHaveCount(0)
	await host.context.close()
	await viewer.context.close()
})
