import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { ApiErrorBody } from '../../shared/apiTypes'
import type { BoardPreview } from '../../shared/preview/boardPreviewTypes'
import { getYPrivate } from '../../shared/privateDocLayout'
import { EXAMPLE_ACTORS } from '../../shared/templates/exampleActors'
import { EXAMPLE_NEEDS } from '../../shared/templates/exampleNeeds'
import { EXAMPLE_PROJECTS } from '../../shared/templates/exampleProjects'
import { EXAMPLE_RESOURCES } from '../../shared/templates/exampleResources'
import { getYRecords } from '../../shared/ydocLayout'
import type { RunningServer } from '../createServer'
import { connectPrivateClient, setPrivateProps } from './privateDocClient'
import {
	bearer,
	connectClient,
	createBoardWithToken,
	createLink,
	startTestServer,
	TEST_ADMIN_TOKEN,
	whenDoc,
	whenSynced,
} from './testServer'

let server: RunningServer
let boardId: string
let viewerToken: string

const previewUrl = (id: string) => `${server.url}/api/boards/${id}/preview`

async function getPreview(token = viewerToken): Promise<BoardPreview> {
	const res = await fetch(previewUrl(boardId), { headers: bearer(token) })
	expect(res.status).toBe(200)
	expect(res.headers.get('cache-control')).toBe('no-store')
	return (await res.json()) as BoardPreview
}

async function errorOf(res: Response): Promise<{ status: number; code: string }> {
	return { status: res.status, code: ((await res.json()) as ApiErrorBody).error.code }
}

beforeAll(async () => {
	server = await startTestServer()
	boardId = (await createBoardWithToken(server.url, 'C社区预览', 'example')).id
	viewerToken = (await createLink(server.url, boardId, { role: 'viewer' })).token
})
afterAll(() => server.close())

describe('GET /api/boards/:id/preview', () => {
	it('draws the example board for a viewer link from storage: every card with kind and title only, frames and links', async () => {
		expect(server.rooms.peek(boardId)).toBeUndefined()
		const preview = await getPreview()
		const cards =
			Object.keys(EXAMPLE_NEEDS).length +
			Object.keys(EXAMPLE_RESOURCES).length +
			Object.keys(EXAMPLE_ACTORS).length +
			Object.keys(EXAMPLE_PROJECTS).length
		expect(preview.cards).toHaveLength(cards)
		for (const card of preview.cards) {
			expect(Object.keys(card).sort()).toEqual(['h', 'id', 'kind', 'title', 'w', 'x', 'y'])
		}
		expect(preview.frames.map((f) => f.name)).toContain('需求清单')
		expect(preview.links.length).toBeGreaterThan(50)
		expect(preview.bounds?.w).toBeGreaterThan(1000)
		// Reading it loads no room.
		expect(server.rooms.peek(boardId)).toBeUndefined()
	})

	it('is sent compressed to a client that accepts it, and as is to one that does not', async () => {
		const plain = await fetch(previewUrl(boardId), {
			headers: bearer(viewerToken, { 'accept-encoding': 'identity' }),
		})
		expect(plain.headers.get('content-encoding')).toBeNull()
		const text = await plain.text()
		for (const coding of ['br', 'gzip']) {
			const res = await fetch(previewUrl(boardId), { headers: bearer(viewerToken, { 'accept-encoding': coding }) })
			expect(res.headers.get('content-encoding')).toBe(coding)
			expect(res.headers.get('vary')).toMatch(/accept-encoding/i)
			expect(Number(res.headers.get('content-length'))).toBeLessThan(text.length / 2)
			expect(await res.text()).toBe(text)
		}
	})

	it('never carries a private field (联系方式), even to the facilitator', async () => {
		const privateDoc = new Y.Doc()
		const provider = connectPrivateClient(server.port, boardId, privateDoc)
		try {
			await whenSynced(provider)
			const first = (await getPreview()).cards[0]
			setPrivateProps(privateDoc, first.id, { contact: '13800000000 王老师' })
			const room = server.rooms.peek(boardId, 'private')
			if (!room) throw new Error('private room not loaded')
			await whenDoc(room.doc, () => getYPrivate(room.doc).get(first.id)?.get('contact') === '13800000000 王老师')
			const text = JSON.stringify(await getPreview(TEST_ADMIN_TOKEN))
			expect(text).not.toContain('13800000000')
		} finally {
			provider.destroy()
			privateDoc.destroy()
		}
	})

	it('follows the live document at once: a renamed and a deleted card show on the next request', async () => {
		const before = await getPreview()
		const doc = new Y.Doc()
		const provider = connectClient(server.port, boardId, doc)
		try {
			await whenSynced(provider)
			const [renamed, deleted] = before.cards
			const records = getYRecords(doc)
			const props = records.get(renamed.id)?.get('props')
			if (!(props instanceof Y.Map)) throw new Error('card has no props map')
			props.set('title', '改过的标题')
			const room = server.rooms.peek(boardId)
			if (!room) throw new Error('room not loaded')
			const roomTitle = () =>
				(getYRecords(room.doc).get(renamed.id)?.get('props') as Y.Map<unknown> | undefined)?.get('title')
			await whenDoc(room.doc, () => roomTitle() === '改过的标题')
			expect((await getPreview()).cards.find((c) => c.id === renamed.id)?.title).toBe('改过的标题')
			// A deletion moves no state vector: the cache still notices it (the delete set is part of its key).
			doc.transact(() => records.delete(deleted.id))
			await whenDoc(room.doc, () => !getYRecords(room.doc).has(deleted.id))
			const after = await getPreview()
			expect(after.cards.some((c) => c.id === deleted.id)).toBe(false)
			expect(after.cards).toHaveLength(before.cards.length - 1)
		} finally {
			provider.destroy()
			doc.destroy()
		}
	})

	it('answers 401 without a link, 403 with another board’s link and 404 for a bad or unknown id', async () => {
		expect(await errorOf(await fetch(previewUrl(boardId)))).toEqual({ status: 401, code: 'unauthorized' })
		const other = await createBoardWithToken(server.url, '另一块')
		expect(await errorOf(await fetch(previewUrl(boardId), { headers: bearer(other.token) }))).toEqual({
			status: 403,
			code: 'forbidden',
		})
		const admin = { headers: bearer(TEST_ADMIN_TOKEN) }
		expect(await errorOf(await fetch(previewUrl('nosuchboard123'), admin))).toMatchObject({ status: 404 })
		expect(await errorOf(await fetch(previewUrl('bad%20id!'), admin))).toMatchObject({ status: 404 })
	})

	it('answers 404 board_not_found for a board in the trash', async () => {
		const trashed = await createBoardWithToken(server.url, '废弃')
		const del = await fetch(`${server.url}/api/boards/${trashed.id}`, {
			method: 'DELETE',
			headers: bearer(trashed.token),
		})
		expect(del.status).toBe(200)
		expect(await errorOf(await fetch(previewUrl(trashed.id), { headers: bearer(trashed.token) }))).toEqual({
			status: 404,
			code: 'board_not_found',
		})
	})
})
