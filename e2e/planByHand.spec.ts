import fs from 'node:fs'
import { expect, type Locator, type Page, test } from '@playwright/test'
import JSZip from 'jszip'
import { personContext } from './helpers'

/** The cards of one kind on the current page. */
function cardsOf(page: Page, type: string): Promise<{ id: string; title: string }[]> {
	return page.evaluate(
		(t) =>
			(window.__niudaiEditor?.getCurrentPageShapes() ?? [])
				.filter((s) => s.type === t)
				.map((s) => ({ id: s.id as string, title: String((s.props as { title?: string }).title ?? '') })),
		type,
	)
}

/** Screen point of the centre of the template lane whose lane meta matches `match`. */
function laneCenter(page: Page, match: Record<string, string>): Promise<{ x: number; y: number }> {
	return page.evaluate((m) => {
		const editor = window.__niudaiEditor
		if (!editor) throw new Error('no editor')
		const lane = editor.getCurrentPageShapes().find((s) => {
			const meta = (s.meta as { niudai?: Record<string, string> }).niudai
			return s.type === 'frame' && meta && Object.entries(m).every(([k, v]) => meta[k] === v)
		})
		const bounds = lane && editor.getShapePageBounds(lane)
		if (!bounds) throw new Error(`no lane ${JSON.stringify(m)}`)
		return editor.pageToScreen(bounds.center)
	}, match)
}

/** Brings the template frame whose lane meta matches `match` into view (as scrolling there would). */
async function viewLane(page: Page, match: Record<string, string>): Promise<void> {
	await page.evaluate((m) => {
		const editor = window.__niudaiEditor
		const lane = editor?.getCurrentPageShapes().find((s) => {
			const meta = (s.meta as { niudai?: Record<string, string> }).niudai
			return s.type === 'frame' && meta && Object.entries(m).every(([k, v]) => meta[k] === v)
		})
		const bounds = lane && editor?.getShapePageBounds(lane)
		if (editor && bounds) editor.zoomToBounds(bounds, { immediate: true, inset: 80 })
	}, match)
}

/** Places a card of kind `type` with its toolbar button in the lane matching `lane`. */
async function placeCard(page: Page, type: string, lane: Record<string, string>): Promise<string> {
	const before = new Set((await cardsOf(page, type)).map((c) => c.id))
	await page.keyboard.press('Escape')
	await viewLane(page, lane)
	const at = await laneCenter(page, lane)
	await page.getByTestId(`tools.${type}`).click()
	await page.mouse.click(at.x, at.y)
	await expect.poll(async () => (await cardsOf(page, type)).filter((c) => !before.has(c.id)).length).toBe(1)
	const card = (await cardsOf(page, type)).find((c) => !before.has(c.id))
	if (!card) throw new Error(`no new ${type}`)
	return card.id
}

/** Selects a shape the way a click on it does, with the camera on it. */
async function select(page: Page, id: string): Promise<void> {
	await page.keyboard.press('Escape')
	await page.evaluate((shapeId) => {
		const editor = window.__niudaiEditor
		editor?.select(shapeId as never)
		editor?.zoomToSelection({ immediate: true })
	}, id)
}

/** Selects a card and returns the inspector. */
async function inspect(page: Page, id: string): Promise<Locator> {
	await select(page, id)
	const inspector = page.getByTestId('inspector')
	await expect(inspector).toBeVisible()
	return inspector
}

/** Draws an arrow with the arrow tool from the centre of one card to the centre of another. */
async function drawArrow(page: Page, fromId: string, toId: string): Promise<void> {
	await page.keyboard.press('Escape')
	await page.evaluate(
		([a, b]) => {
			const editor = window.__niudaiEditor
			const boxes = [a, b].map((id) => editor?.getShapePageBounds(id as never))
			if (!editor || !boxes[0] || !boxes[1]) throw new Error('no card')
			const x = Math.min(boxes[0].x, boxes[1].x)
			const y = Math.min(boxes[0].y, boxes[1].y)
			const w = Math.max(boxes[0].maxX, boxes[1].maxX) - x
			const h = Math.max(boxes[0].maxY, boxes[1].maxY) - y
			editor.zoomToBounds({ x, y, w, h }, { immediate: true, inset: 320 })
		},
		[fromId, toId],
	)
	const center = (id: string) =>
		page.evaluate((shapeId) => {
			const editor = window.__niudaiEditor
			const bounds = editor?.getShapePageBounds(shapeId as never)
			if (!editor || !bounds) throw new Error('no card')
			return editor.pageToScreen(bounds.center)
		}, id)
	const from = await center(fromId)
	const to = await center(toId)
	await page.getByTestId('tools.arrow').click()
	await page.mouse.move(from.x, from.y)
	await page.mouse.down()
	await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 })
	await page.mouse.move(to.x, to.y, { steps: 5 })
	await page.mouse.up()
}

/** The link types of the arrows on the page, keyed by "from→to" card id. */
function links(page: Page): Promise<Record<string, string>> {
	return page.evaluate(() => {
		const editor = window.__niudaiEditor
		const out: Record<string, string> = {}
		for (const s of editor?.getCurrentPageShapes() ?? []) {
			if (s.type !== 'arrow') continue
			const link = (s.meta as { link?: { type?: string } }).link
			const ends = editor?.getBindingsFromShape(s.id, 'arrow') ?? []
			const start = ends.find((b) => (b.props as { terminal: string }).terminal === 'start')?.toId
			const end = ends.find((b) => (b.props as { terminal: string }).terminal === 'end')?.toId
			if (start && end) out[`${start}→${end}`] = link?.type ?? 'plain'
		}
		return out
	})
}

/** The paragraphs of word/document.xml as plain text, and its table rows (cells joined by ｜). */
async function readDocx(bytes: Buffer): Promise<{ text: string; paragraphs: string[]; rows: string[] }> {
	const zip = await JSZip.loadAsync(bytes)
	const xml = await zip.file('word/document.xml')?.async('string')
	if (!xml) throw new Error('no word/document.xml')
	const decode = (s: string) =>
		s
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&quot;/g, '"')
			.replace(/&apos;/g, "'")
			.replace(/&amp;/g, '&')
	const runs = (fragment: string) =>
		decode([...fragment.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
	const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => runs(m[0]))
	const rows = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
		[...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => runs(cell[0]).trim()).join('｜'),
	)
	return { text: paragraphs.join('\n'), paragraphs, rows }
}

/** The text of the document from the heading that starts with `heading` up to the next numbered section. */
function section(paragraphs: string[], heading: RegExp): string {
	const start = paragraphs.findIndex((p, i) => heading.test(p) && i > 0 && !/\t\d+$/.test(p))
	if (start === -1) return ''
	const end = paragraphs.findIndex((p, i) => i > start && /^[一二三四五六七八九十]+、/.test(p))
	return paragraphs.slice(start, end === -1 ? undefined : end).join('\n')
}

test('a plan typed by hand on a full-cycle board exports as a Word 项目计划书 that shows it all: cover, Chinese dates, schedule, budget, risks, indicators, 匹配表, no jargon', async ({
	browser,
}) => {
	test.setTimeout(300_000)
	const { page, context } = await personContext(browser, '李社工')

	// A new board from the 整合式合作全流程 template, made on the home page.
	await page.goto('/')
	await page.getByTestId('new-board-title').fill('青阳课堂计划书')
	await page.getByTestId('template-full-cycle').click()
	await page.getByTestId('create-board').click()
	await expect(page).toHaveURL(/\/b\/[A-Za-z0-9_-]+/)
	await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected', { timeout: 30_000 })
	await page.waitForFunction(() => Boolean(window.__niudaiEditor))

	// 计划书信息, typed into the panel.
	await page.getByTestId('open-plan-info').click()
	const form = page.getByTestId('plan-info-panel')
	const info: [string, 'input' | 'textarea', string][] = [
		['projectName', 'input', '青阳课堂：社区青少年成长计划'],
		['applicantOrg', 'input', 'P社会工作服务中心'],
		['applicantProfile', 'textarea', 'P社会工作服务中心成立于2015年，是市级4A社会组织，有专职社工25人。'],
		['executingOrg', 'input', 'P社工C社区项目部'],
		['contactPerson', 'input', '王晓梅'],
		['periodStart', 'input', '2027-03-01'],
		['periodEnd', 'input', '2027-12-31'],
		['requestedAmount', 'input', '80000'],
		['communityProfile', 'textarea', 'C社区是回迁社区，人口超2万人，青少年和老年人多。'],
		['communityPopulation', 'input', '20000'],
		['positioning', 'textarea', '社区营造：居民共享、社区共融、组织共建'],
		['overallGoal', 'textarea', '一年内为社区青少年提供周末课业辅导，培养表达力与执行力。'],
	]
	for (const [key, tag, value] of info) await form.locator(`[data-field="${key}"] ${tag}`).fill(value)
	await form.locator('[data-field="contactPhone"] input').fill('0539-8888666')
	await expect(form.locator('[data-field="overallGoal"] textarea')).toHaveValue(info[11][2])
	await page.getByTestId('open-plan-info').click()

	// A need, a resource, an actor and a project, each placed in its lane and named in the inspector.
	const need = await placeCard(page, 'need', { laneKind: 'need' })
	await (await inspect(page, need)).locator('[data-field="title"] input').fill('青少年周末缺少看护和辅导')
	const resource = await placeCard(page, 'resource', { laneKind: 'resource', sector: 'society' })
	await (await inspect(page, resource)).locator('[data-field="title"] input').fill('大学生志愿者')
	const actor = await placeCard(page, 'actor', { laneKind: 'actor' })
	await (await inspect(page, actor)).locator('[data-field="title"] input').fill('Q大学朝阳社工协会')
	const project = await placeCard(page, 'project', { laneKind: 'project', status: 'published' })
	const inspector = await inspect(page, project)
	await inspector.locator('[data-field="title"] input').fill('青阳课堂')
	await inspector.locator('[data-field="goal"] textarea').fill('全年开展周末课堂40次，服务青少年60人。')
	await inspector.locator('[data-field="directBeneficiaries"] input').fill('60')
	await inspector.locator('[data-field="startDate"] input').fill('2027-03-06')
	await inspector.locator('[data-field="endDate"] input').fill('2027-12-25')

	const activities = inspector.locator('[data-field="activities"]')
	await activities.getByTestId('add-row-activities').click()
	await activities.locator('[data-col="date"] input').fill('2027-03-06')
	await activities.locator('[data-col="content"] input').fill('春季周末课业辅导开课')
	await activities.locator('[data-col="place"] input').fill('社区文明实践站')
	await activities.locator('[data-col="owner"] input').fill('P社会工作服务中心')
	await activities.locator('[data-col="participants"] input').fill('青少年约60人')

	const budget = inspector.locator('[data-field="budget"]')
	await budget.getByTestId('add-row-budget').click()
	await budget.locator('[data-col="category"] select').selectOption('personnel')
	await budget.locator('[data-col="item"] input').fill('驻点社工补贴')
	await budget.locator('[data-col="quantity"] input').fill('10')
	await budget.locator('[data-col="unit"] input').fill('月')
	await budget.locator('[data-col="unitPrice"] input').fill('2000')
	await expect(budget.getByTestId('budget-amount')).toContainText('20,000')

	const risks = inspector.locator('[data-field="risks"]')
	await risks.getByTestId('add-row-risks').click()
	await risks.locator('[data-col="risk"] input').fill('周末出勤不稳定')
	await risks.locator('[data-col="response"] input').fill('开课前与家长确认报名并按年级分组')

	const indicators = inspector.locator('[data-field="indicators"]')
	await indicators.getByTestId('add-row-indicators').click()
	await indicators.locator('[data-col="name"] input').fill('参与青少年人次')
	await indicators.locator('[data-col="dimension"] select').selectOption('effectiveness')
	await indicators.locator('[data-col="baseline"] input').fill('1200')
	await indicators.locator('[data-col="target"] input').fill('2400')
	await indicators.locator('[data-col="unit"] input').fill('人次')

	await inspector.locator('[data-field="publisher"] input').fill('街道活动调度中心')
	await inspector.locator('[data-field="applicant"] input').fill('C社区两委')
	await inspector.locator('[data-field="coordinator"] input').fill('P社会工作服务中心')
	await inspector.locator('[data-field="executor"] input').fill('Q大学朝阳社工协会')
	await expect(inspector.locator('[data-field="executor"] input')).toHaveValue('Q大学朝阳社工协会')

	// Links drawn with the arrow tool: project → need (serves), resource → project (allocation), actor → resource.
	await drawArrow(page, project, need)
	await drawArrow(page, resource, project)
	await drawArrow(page, actor, resource)
	await expect
		.poll(() => links(page))
		.toEqual({
			[`${project}→${need}`]: 'serves',
			[`${resource}→${project}`]: 'allocation',
			[`${actor}→${resource}`]: 'provides',
		})
	// The allocation's mechanism and quantity, set in the link inspector.
	const allocation = await page.evaluate(
		([from, to]) => {
			const editor = window.__niudaiEditor
			return (editor?.getCurrentPageShapes() ?? []).find((s) => {
				const ends = editor?.getBindingsFromShape(s.id, 'arrow') ?? []
				return ends.some((b) => b.toId === from) && ends.some((b) => b.toId === to)
			})?.id as string
		},
		[resource, project],
	)
	await select(page, allocation)
	const linkForm = page.getByTestId('link-inspector')
	await linkForm.locator('[data-field="mechanism"] select').selectOption('social')
	await linkForm.locator('[data-field="quantity"] input').fill('8')
	await linkForm.locator('[data-field="unit"] input').fill('人')
	await page.keyboard.press('Escape')

	// The Word file, exported from the board menu.
	await page.getByTestId('board-menu').click()
	const [download] = await Promise.all([
		page.waitForEvent('download', { timeout: 90_000 }),
		page.getByTestId('export-docx').click(),
	])
	const { text, paragraphs, rows } = await readDocx(fs.readFileSync((await download.path()) as string))

	// The cover: the filled fields, dates in Chinese.
	const cover = paragraphs.slice(0, paragraphs.findIndex((p) => p.startsWith('目')) + 1).join('\n')
	expect(cover).toContain('青阳课堂：社区青少年成长计划')
	expect(cover).toContain('P社会工作服务中心')
	expect(cover).toContain('王晓梅')
	expect(cover).toMatch(/2027年3月1日\s*(至|—|–|-|～|~)\s*2027年12月31日/)
	expect(cover).toMatch(/80,000/)
	expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/)
	// The background and goals carry what was typed.
	expect(text).toContain('C社区是回迁社区，人口超2万人')
	expect(text).toContain('社区营造：居民共享、社区共融、组织共建')
	expect(text).toContain('一年内为社区青少年提供周末课业辅导')
	expect(text).toContain('有专职社工25人')

	// Schedule, budget, risks and indicators show the rows typed, never 尚未填写.
	expect(text).not.toContain('尚未填写')
	expect(
		rows.some((r) => r.includes('2027年3月6日') && r.includes('春季周末课业辅导开课') && r.includes('社区文明实践站')),
	).toBe(true)
	expect(rows.some((r) => r.includes('驻点社工补贴') && r.includes('20,000'))).toBe(true)
	expect(rows.some((r) => r.includes('周末出勤不稳定') && r.includes('开课前与家长确认报名并按年级分组'))).toBe(true)
	expect(rows.some((r) => r.includes('参与青少年人次') && r.includes('1,200') && r.includes('2,400'))).toBe(true)
	// The dispatch roles reach the 调度流程表.
	expect(
		rows.some((r) => r.includes('青阳课堂') && r.includes('街道活动调度中心') && r.includes('Q大学朝阳社工协会')),
	).toBe(true)

	// The 匹配表 has the need's row: need ｜ project ｜ resource ｜ provider ｜ mechanism ｜ quantity.
	const matchRow = rows.find((r) => r.startsWith('青少年周末缺少看护和辅导｜'))
	expect(matchRow).toBeDefined()
	expect(matchRow).toContain('青阳课堂')
	expect(matchRow).toContain('大学生志愿者')
	expect(matchRow).toContain('Q大学朝阳社工协会')
	expect(matchRow).toContain('社会机制')
	expect(matchRow).toMatch(/8\s*人/)

	// No software jargon, no leaked programming values.
	for (const jargon of ['项目卡片', '卡片', 'undefined', 'NaN', 'null', '[object Object]']) {
		expect(text, jargon).not.toContain(jargon)
	}
	expect(section(paragraphs, /活动安排|实施计划/)).not.toBe('')
	await context.close()
})
