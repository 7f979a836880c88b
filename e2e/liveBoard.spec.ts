import { expect, test } from '@playwright/test'
import { createBoard, drawRectangle, openBoard, personContext, shapes } from './helpers'

test.describe('live board in two browsers', () => {
	test('shapes, moves, deletions and cursors propagate; reload keeps shapes; nothing loads from outside', async ({
		browser,
		baseURL,
	}) => {
		const board = await createBoard(baseURL as string, '两人同步测试')
		const a = await personContext(browser, '王社工')
		const b = await personContext(browser, '李主任')
		await openBoard(a.page, board.url)
		await openBoard(b.page, board.url)

		// A draws a rectangle; B sees it.
		await drawRectangle(a.page, [400, 300], [560, 420])
		await expect.poll(async () => (await shapes(a.page)).length).toBe(1)
		const [drawn] = await shapes(a.page)
		expect(drawn.type).toBe('geo')
		await expect.poll(async () => (await shapes(b.page)).map((s) => s.id)).toEqual([drawn.id])

		// A drags it; B sees the new position.
		await a.page.mouse.move(480, 360)
		await a.page.mouse.down()
		await a.page.mouse.move(680, 460, { steps: 10 })
		await a.page.mouse.up()
		const moved = (await shapes(a.page))[0]
		expect(moved.x).not.toBe(drawn.x)
		await expect.poll(async () => (await shapes(b.page))[0]?.x).toBe(moved.x)
		await expect.poll(async () => (await shapes(b.page))[0]?.y).toBe(moved.y)

		// B's cursor, with B's name, shows in A.
		await b.page.mouse.move(300, 250)
		await b.page.mouse.move(320, 260, { steps: 3 })
		await expect(a.page.locator('.tl-nametag', { hasText: '李主任' })).toBeVisible()
		// Both appear in each other's participants list.
		await expect(a.page.getByTestId('participant')).toContainText('李主任')
		await expect(b.page.getByTestId('participant')).toContainText('王社工')

		// A reload keeps the shape.
		await b.page.reload()
		await openBoard(b.page, board.url)
		await expect.poll(async () => (await shapes(b.page)).map((s) => s.id)).toEqual([drawn.id])

		// A deletes it; B sees it gone.
		await a.page.evaluate((id) => {
			window.__niudaiEditor?.select(id as never)
		}, drawn.id)
		await a.page.keyboard.press('Delete')
		await expect.poll(async () => (await shapes(a.page)).length).toBe(0)
		await expect.poll(async () => (await shapes(b.page)).length).toBe(0)

		// Nothing outside the server was requested.
		const outside = [...a.requests, ...b.requests].filter(
			(url) => !url.startsWith(baseURL as string) && !url.startsWith('data:') && !url.startsWith('blob:'),
		)
		expect(outside).toEqual([])
		// The strict Content-Security-Policy blocks nothing the app needs.
		const cspViolations = [...a.consoleErrors, ...b.consoleErrors].filter((m) =>
			/Content Security Policy|Refused to (load|connect|execute|apply)/i.test(m),
		)
		expect(cspViolations).toEqual([])
		await a.context.close()
		await b.context.close()
	})

	test('two people editing different fields of one shape at once both keep their edit', async ({
		browser,
		baseURL,
	}) => {
		const board = await createBoard(baseURL as string, '并发编辑测试')
		const a = await personContext(browser, 'A')
		const b = await personContext(browser, 'B')
		await openBoard(a.page, board.url)
		await openBoard(b.page, board.url)
		await drawRectangle(a.page, [400, 300], [560, 420])
		await expect.poll(async () => (await shapes(b.page)).length).toBe(1)
		const [shape] = await shapes(a.page)

		const setProp = (page: typeof a.page, prop: string, value: string) =>
			page.evaluate(
				([id, p, v]) => {
					const editor = window.__niudaiEditor
					if (!editor) throw new Error('no editor')
					const s = editor.getShape(id as never)
					if (!s) throw new Error('no shape')
					editor.updateShape({ id: s.id, type: s.type, props: { [p]: v } } as never)
				},
				[shape.id, prop, value] as const,
			)
		await Promise.all([setProp(a.page, 'color', 'red'), setProp(b.page, 'fill', 'solid')])

		const props = (page: typeof a.page) =>
			page.evaluate((id) => {
				const s = window.__niudaiEditor?.getShape(id as never) as { props: { color: string; fill: string } } | undefined
				return s ? `${s.props.color}/${s.props.fill}` : null
			}, shape.id)
		await expect.poll(() => props(a.page)).toBe('red/solid')
		await expect.poll(() => props(b.page)).toBe('red/solid')
		await a.context.close()
		await b.context.close()
	})

	test('a participant can follow another participant’s view', async ({ browser, baseURL }) => {
		const board = await createBoard(baseURL as string, '跟随视角测试')
		const a = await personContext(browser, '主持人')
		const b = await personContext(browser, '居民代表')
		await openBoard(a.page, board.url)
		await openBoard(b.page, board.url)
		await a.page.mouse.move(200, 200)
		await expect(b.page.getByTestId('participant')).toContainText('主持人')
		await b.page.getByTestId('participant').getByTestId('follow').click()
		await a.page.evaluate(() => {
			window.__niudaiEditor?.setCamera({ x: -2000, y: -1500, z: 1 })
		})
		await expect
			.poll(() => b.page.evaluate(() => window.__niudaiEditor?.getViewportPageBounds().center.x ?? 0))
			.toBeGreaterThan(1500)
		await a.context.close()
		await b.context.close()
	})
})
