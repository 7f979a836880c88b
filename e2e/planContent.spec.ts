import { expect, type Page, test } from '@playwright/test'
import { createBoard, openBoard, personContext, phoneContext, shapes, shareLink } from './helpers'

/** The props of a card as a page's store holds them. */
function propsOf(page: Page, id: string): Promise<Record<string, unknown> | undefined> {
	return page.evaluate(
		(shapeId) => window.__niudaiEditor?.getShape(shapeId as never)?.props as Record<string, unknown> | undefined,
		id,
	)
}

/** The 计划书信息 keys of the board's document record. */
function planMeta(page: Page): Promise<Record<string, unknown>> {
	return page.evaluate(() => {
		const meta = (window.__niudaiEditor?.getDocumentSettings().meta ?? {}) as Record<string, unknown>
		return Object.fromEntries(Object.entries(meta).filter(([k]) => k.startsWith('plan.')))
	})
}

test('计划书信息, a budget line (quantity × unit price) and a risk reach a second browser live; a viewer reads the plan info without 电话; the dispatch view moves a project on, undoably; on a phone the tables stack with 16 px inputs', async ({
	browser,
	baseURL,
}) => {
	const board = await createBoard(baseURL as string, '青阳课堂计划')
	const editorUrl = await shareLink(baseURL as string, board, 'editor', '社工')
	const viewerUrl = await shareLink(baseURL as string, board, 'viewer', '街道')
	const host = await personContext(browser, '李社工')
	const colleague = await personContext(browser, '王社工')
	const guest = await personContext(browser, '街道审核人')
	const viewerFrames: string[] = []
	guest.page.on('websocket', (ws) => {
		ws.on('framereceived', (f) => viewerFrames.push(Buffer.from(f.payload).toString('latin1')))
	})
	await openBoard(host.page, board.url)
	await openBoard(colleague.page, editorUrl)
	await openBoard(guest.page, viewerUrl)

	// 1. The facilitator fills the plan info; the other editor sees every field live, 电话 too.
	await host.page.getByTestId('open-plan-info').click()
	const form = host.page.getByTestId('plan-info-panel')
	await form.locator('[data-field="projectName"] input').fill('青阳课堂：社区青少年成长计划')
	await form.locator('[data-field="applicantOrg"] input').fill('P社会工作服务中心')
	await form.locator('[data-field="periodStart"] input').fill('2026-03-01')
	await form.locator('[data-field="requestedAmount"] input').fill('80000')
	await form.locator('[data-field="contactPhone"] input').fill('0531-88886666')
	await colleague.page.getByTestId('open-plan-info').click()
	const colleagueForm = colleague.page.getByTestId('plan-info-panel')
	await expect(colleagueForm.locator('[data-field="projectName"] input')).toHaveValue('青阳课堂：社区青少年成长计划')
	await expect(colleagueForm.locator('[data-field="applicantOrg"] input')).toHaveValue('P社会工作服务中心')
	await expect(colleagueForm.locator('[data-field="periodStart"] input')).toHaveValue('2026-03-01')
	await expect(colleagueForm.locator('[data-field="requestedAmount"] input')).toHaveValue('80000')
	await expect(colleagueForm.locator('[data-field="contactPhone"] input')).toHaveValue('0531-88886666')
	// Two people typing in two fields at once both keep their text (one meta key per field).
	await Promise.all([
		form.locator('[data-field="executingOrg"] input').fill('P社工C社区项目部'),
		colleagueForm.locator('[data-field="contactPerson"] input').fill('王社工'),
	])
	for (const page of [host.page, colleague.page]) {
		await expect
			.poll(() => planMeta(page))
			.toMatchObject({ 'plan.executingOrg': 'P社工C社区项目部', 'plan.contactPerson': '王社工' })
	}
	// Undo takes a plan-info edit back, for everyone.
	await form.locator('[data-field="positioning"] textarea').fill('社区营造：居民共享、社区共融、组织共建')
	await expect(colleagueForm.locator('[data-field="positioning"] textarea')).toHaveValue(
		'社区营造：居民共享、社区共融、组织共建',
	)
	await host.page.evaluate(() => {
		window.__niudaiEditor?.undo()
	})
	await expect(form.locator('[data-field="positioning"] textarea')).toHaveValue('')
	await expect(colleagueForm.locator('[data-field="positioning"] textarea')).toHaveValue('')
	await host.page.getByTestId('open-plan-info').click()
	await colleague.page.getByTestId('open-plan-info').click()

	// 2. A project with a budget line (quantity × unit price) and a risk, typed in the inspector.
	await host.page.getByTestId('tools.project').click()
	await host.page.mouse.click(640, 420)
	await expect.poll(async () => (await shapes(host.page)).filter((s) => s.type === 'project').length).toBe(1)
	const project = (await shapes(host.page)).find((s) => s.type === 'project')
	if (!project) throw new Error('no project')
	await host.page.evaluate((id) => {
		window.__niudaiEditor?.select(id as never)
	}, project.id)
	const inspector = host.page.getByTestId('inspector')
	await inspector.locator('[data-field="title"] input').fill('青阳课堂')
	await inspector.locator('[data-field="status"] select').selectOption('published')
	const budget = inspector.locator('[data-field="budget"]')
	await budget.getByTestId('add-row-budget').click()
	await budget.locator('[data-col="category"] select').selectOption('personnel')
	await budget.locator('[data-col="item"] input').fill('辅导志愿者补贴')
	await budget.locator('[data-col="quantity"] input').fill('40')
	await budget.locator('[data-col="unitPrice"] input').fill('30')
	await expect(budget.getByTestId('budget-amount')).toContainText('1,200')
	const risks = inspector.locator('[data-field="risks"]')
	await risks.getByTestId('add-row-risks').click()
	await risks.locator('[data-col="risk"] input').fill('志愿者流动大')
	await risks.locator('[data-col="response"] input').fill('与高校社工协会签订学期协议')

	await expect
		.poll(async () => {
			const props = await propsOf(colleague.page, project.id)
			return { budget: props?.budget, risks: props?.risks }
		})
		.toEqual({
			budget: [
				{
					category: 'personnel',
					item: '辅导志愿者补贴',
					quantity: 40,
					unit: '',
					unitPrice: 30,
					amount: 1200,
					source: 'govPurchase',
					form: 'cash',
				},
			],
			risks: [{ risk: '志愿者流动大', response: '与高校社工协会签订学期协议' }],
		})
	// The other editor's inspector shows the computed amount and the risk.
	await colleague.page.evaluate((id) => {
		window.__niudaiEditor?.select(id as never)
	}, project.id)
	const colleagueInspector = colleague.page.getByTestId('inspector')
	await expect(colleagueInspector.locator('[data-field="budget"]').getByTestId('budget-amount')).toContainText('1,200')
	await expect(colleagueInspector.locator('[data-field="risks"] [data-col="risk"] input')).toHaveValue('志愿者流动大')
	// … and the 项目清单 shows both as compact lines.
	await colleague.page.getByTestId('open-lists').click()
	await colleague.page.getByTestId('lists-tab-projects').click()
	const row = colleague.page.locator(`[data-testid="list-project"] tr[data-card-id="${project.id}"]`)
	await expect(row.locator('[data-field="budget"]')).toContainText('40 × 30 元 = 1,200 元')
	await expect(row.locator('[data-field="risks"]')).toContainText('志愿者流动大 · 与高校社工协会签订学期协议')
	await colleague.page.getByTestId('open-lists').click()

	// 3. The viewer reads the plan info, read only and without 电话, which its browser never received.
	await guest.page.getByTestId('open-plan-info').click()
	const guestForm = guest.page.getByTestId('plan-info-panel')
	await expect(guestForm.locator('[data-field="applicantOrg"] input')).toHaveValue('P社会工作服务中心')
	await expect(guestForm.locator('[data-field="applicantOrg"] input')).toBeDisabled()
	await expect(guestForm.locator('[data-field="contactPerson"] input')).toHaveValue('王社工')
	await expect(guestForm.locator('[data-field="contactPhone"]')).toHaveCount(0)
	expect(viewerFrames.join('')).not.toContain('0531-88886666')

	// 4. The dispatch view: the project waits in 发布; the facilitator moves it to 申请, undoably.
	await host.page.getByTestId('open-dispatch').click()
	const dispatch = host.page.getByTestId('dispatch-view')
	const published = dispatch.getByTestId('dispatch-stage-published')
	await expect(published.getByTestId('dispatch-project')).toContainText('青阳课堂')
	await published.getByTestId('dispatch-advance').click()
	await dispatch.getByTestId('dispatch-advance-by').fill('C社区两委')
	await dispatch.getByTestId('dispatch-advance-date').fill('2026-03-08')
	await dispatch.getByTestId('dispatch-advance-confirm').click()
	const applied = dispatch.getByTestId('dispatch-stage-applied')
	await expect(applied.getByTestId('dispatch-project')).toContainText('青阳课堂')
	await expect(applied.getByTestId('dispatch-project')).toContainText('C社区两委')
	await expect(applied.getByTestId('dispatch-project')).toContainText('2026年3月8日')
	await expect
		.poll(async () => {
			const props = await propsOf(colleague.page, project.id)
			return { status: props?.status, applicant: props?.applicant, trail: props?.dispatchTrail }
		})
		.toEqual({
			status: 'applied',
			applicant: 'C社区两委',
			trail: [{ stage: 'applied', date: '2026-03-08', by: 'C社区两委', note: '' }],
		})
	// The viewer watches it move, without a button to move it.
	await guest.page.getByTestId('open-dispatch').click()
	const guestApplied = guest.page.getByTestId('dispatch-stage-applied')
	await expect(guestApplied.getByTestId('dispatch-project')).toContainText('青阳课堂')
	await expect(guest.page.getByTestId('dispatch-advance')).toHaveCount(0)
	// One undo takes the whole step back.
	await host.page.evaluate(() => {
		window.__niudaiEditor?.undo()
	})
	await expect(published.getByTestId('dispatch-project')).toContainText('青阳课堂')
	await expect.poll(async () => (await propsOf(colleague.page, project.id))?.status).toBe('published')
	expect((await propsOf(colleague.page, project.id))?.dispatchTrail).toEqual([])
	// A click on the project goes to its card.
	await host.page.evaluate(() => {
		window.__niudaiEditor?.selectNone()
	})
	await published.getByTestId('dispatch-project').getByRole('button', { name: '青阳课堂' }).click()
	await expect(dispatch).toHaveCount(0)
	await expect
		.poll(() => host.page.evaluate(() => window.__niudaiEditor?.getSelectedShapeIds() ?? []))
		.toEqual([project.id])

	// 5. On a 390×844 phone an editor edits the same tables: rows stacked with their labels, 16 px inputs, within the screen.
	const phone = await phoneContext(browser, '手机社工')
	await openBoard(phone.page, editorUrl)
	await phone.page.evaluate((id) => {
		window.__niudaiEditor?.select(id as never)
		window.__niudaiEditor?.zoomToSelection()
	}, project.id)
	await phone.page.getByTestId('card-details').tap()
	const phoneBudget = phone.page.getByTestId('inspector').locator('[data-field="budget"]')
	const quantity = phoneBudget.locator('[data-col="quantity"] input')
	await quantity.scrollIntoViewIfNeeded()
	await expect(quantity).toHaveValue('40')
	await expect(phoneBudget.locator('[data-col="quantity"] label')).toBeVisible()
	expect(await quantity.evaluate((el) => getComputedStyle(el).fontSize)).toBe('16px')
	const rowBox = await phoneBudget.locator('.nd-table-input__row').first().boundingBox()
	expect(rowBox !== null && rowBox.x >= 0 && rowBox.x + rowBox.width <= 390).toBe(true)
	await quantity.fill('50')
	await expect(phoneBudget.getByTestId('budget-amount')).toContainText('1,500')
	await expect
		.poll(async () => ((await propsOf(host.page, project.id))?.budget as { amount: number }[] | undefined)?.[0]?.amount)
		.toBe(1500)
	// The dispatch view is in 更多, its stages one under the other.
	await phone.page.getByTestId('card-details-close').tap()
	await phone.page.getByTestId('topbar-more').tap()
	await phone.page.getByTestId('open-dispatch').tap()
	const phoneStage = phone.page.getByTestId('dispatch-stage-published')
	await expect(phoneStage.getByTestId('dispatch-project')).toContainText('青阳课堂')
	const stageBox = await phoneStage.boundingBox()
	expect(stageBox !== null && stageBox.width > 300 && stageBox.x + stageBox.width <= 390).toBe(true)

	await phone.context.close()
	await host.context.close()
	await colleague.context.close()
	await guest.context.close()
})
