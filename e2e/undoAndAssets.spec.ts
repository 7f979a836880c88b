import { expect, test } from '@playwright/test'
import { createBoard, drawRectangle, openBoard, personContext, shapes } from './helpers'

const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='

test('undo takes back only my own change, never a remote one', async ({ browser, baseURL }) => {
	const board = await createBoard(baseURL as string, '撤销测试')
	const a = await personContext(browser, 'A')
	const b = await personContext(browser, 'B')
	await openBoard(a.page, board.url)
	await openBoard(b.page, board.url)

	await drawRectangle(a.page, [300, 300], [400, 400])
	await expect.poll(async () => (await shapes(b.page)).length).toBe(1)
	const [mine] = await shapes(a.page)
	await drawRectangle(b.page, [600, 300], [700, 400])
	await expect.poll(async () => (await shapes(a.page)).length).toBe(2)

	// B's rectangle arrived after A's own; A's undo must remove A's rectangle, not B's.
	await a.page.keyboard.press('Control+z')
	await expect.poll(async () => (await shapes(a.page)).map((s) => s.id)).not.toContain(mine.id)
	await expect.poll(async () => (await shapes(a.page)).length).toBe(1)
	await expect.poll(async () => (await shapes(b.page)).map((s) => s.id)).not.toContain(mine.id)
	await expect.poll(async () => (await shapes(b.page)).length).toBe(1)
	await a.context.close()
	await b.context.close()
})

test('an image dropped on the canvas is uploaded to the server, not inlined', async ({ browser, baseURL }) => {
	const board = await createBoard(baseURL as string, '图片上传测试')
	const a = await personContext(browser, 'A')
	const b = await personContext(browser, 'B')
	await openBoard(a.page, board.url)
	await openBoard(b.page, board.url)

	await a.page.evaluate(async (base64) => {
		const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
		const file = new File([bytes], 'dot.png', { type: 'image/png' })
		await window.__niudaiEditor?.putExternalContent({ type: 'files', files: [file], point: { x: 300, y: 300 } })
	}, PNG_BASE64)

	const assetSrc = (page: typeof a.page) =>
		page.evaluate(() => {
			const editor = window.__niudaiEditor
			const image = editor?.getCurrentPageShapes().find((s) => s.type === 'image') as
				| { props: { assetId: string | null } }
				| undefined
			if (!image?.props.assetId) return null
			const asset = editor?.getAsset(image.props.assetId as never) as { props: { src: string | null } } | undefined
			return asset?.props.src ?? null
		})
	await expect.poll(() => assetSrc(a.page)).toMatch(new RegExp(`^/api/boards/${board.id}/assets/`))
	await expect.poll(() => assetSrc(b.page)).toMatch(new RegExp(`^/api/boards/${board.id}/assets/`))
	const src = (await assetSrc(b.page)) as string
	const token = new URL(board.url, 'http://x').searchParams.get('t') ?? ''
	expect((await fetch(`${baseURL}${src}`)).status).toBe(401)
	const res = await fetch(`${baseURL}${src}?t=${encodeURIComponent(token)}`)
	expect(res.status).toBe(200)
	expect(res.headers.get('content-type')).toBe('image/png')
	await a.context.close()
	await b.context.close()
})
