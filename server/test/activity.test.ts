import { afterEach, describe, expect, it } from 'vitest'
import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import {
	type ActivityEntry,
	type ActivityPage,
	DISPLAY_NAME_HEADER,
	type ShapeAttribution,
} from '../../shared/activity/activityTypes'
import { getYComments } from '../../shared/comments/commentsLayout'
import { addReply, addThread, setResolved } from '../../shared/comments/commentWriters'
import { MEETING_VOTE_KEY, writeMeetingValue } from '../../shared/meeting/meetingLayout'
import { getYMeetings } from '../../shared/meeting/minutesLayout'
import { createVoteSession } from '../../shared/meeting/vote'
import { cardRecord } from '../../shared/plan/planTestRecords'
import { privatePropKeys } from '../../shared/privateDocLayout'
import { privateSyncRoom, type Role, SyncMessageType } from '../../shared/protocol'
import { getYRecords, type PlainRecord, writeRecord } from '../../shared/ydocLayout'
import { setPrivateProps } from './privateDocClient'
import { participantClient, syncFrame } from './rawSyncClient'
import {
	bearer,
	createBoardWithToken,
	createLink,
	startTestServer,
	TEST_ADMIN_TOKEN,
	until,
	whenDoc,
	whenSynced,
} from './testServer'

const cleanups: (() => unknown)[] = []
afterEach(async () => {
	for (const c of cleanups.splice(0).reverse()) await c()
})

type Server = Awaited<ReturnType<typeof startTestServer>>

async function setup(opts: Parameters<typeof startTestServer>[0] = {}) {
	const server = await startTestServer(opts)
	cleanups.push(() => server.close())
	const { id, token: creator } = await createBoardWithToken(server.url, '幸福里议事会')
	const editor = await createLink(server.url, id, { role: 'editor', label: '商户代表' })
	const facilitator = await createLink(server.url, id, { role: 'facilitator', label: '社工站' })
	return { server, id, creator, editor, facilitator }
}

let people = 0

/** An official y-websocket client on `token` whose presence shows `name`, synced. */
async function person(server: Server, boardId: string, token: string, name: string, role: string) {
	const doc = new Y.Doc()
	// Its own participant secret, as a browser has: its own Yjs client-id owner.
	const provider = participantClient(server.port, boardId, token, `secret-${++people}-0123456789abcdef`, doc)
	cleanups.push(() => provider.destroy())
	provider.awareness.setLocalStateField('presence', { userId: `user-${name}`, userName: name, meta: { role } })
	await whenSynced(provider)
	// Private fields (联系方式) live in the private document: the main one refuses them.
	const write = (rec: PlainRecord) => doc.transact(() => writeRecord(getYRecords(doc), withoutPrivateProps(rec)))
	return {
		doc,
		provider,
		write,
		rename: (n: string) => setName(provider, n, role),
		author: { name, userId: `user-${name}`, role: role as Role },
	}
}

function setName(provider: WebsocketProvider, name: string, role: string) {
	provider.awareness.setLocalStateField('presence', { userId: `user-${name}`, userName: name, meta: { role } })
}

async function activity(server: Server, boardId: string, token: string, query = ''): Promise<ActivityPage> {
	const res = await fetch(`${server.url}/api/boards/${boardId}/activity${query}`, { headers: bearer(token) })
	expect(res.status).toBe(200)
	return (await res.json()) as ActivityPage
}

/** The board's log once `done(entries)` holds (the server stores entries right after it applies a change). */
async function logWhen(
	server: Server,
	boardId: string,
	done: (entries: ActivityEntry[]) => boolean,
	timeoutMs = 5000,
): Promise<ActivityEntry[]> {
	const started = Date.now()
	for (;;) {
		const { entries } = await activity(server, boardId, TEST_ADMIN_TOKEN, '?limit=1000')
		if (done(entries)) return entries
		if (Date.now() - started > timeoutMs) throw new Error(`log never got there: ${JSON.stringify(entries, null, 1)}`)
		await new Promise((r) => setTimeout(r, 20))
	}
}

function withoutPrivateProps(rec: PlainRecord): PlainRecord {
	const props = { ...(rec.props as Record<string, unknown>) }
	for (const key of privatePropKeys(rec.type)) delete props[key]
	return { ...rec, props }
}

const about = (entries: ActivityEntry[], targetId: string) => entries.filter((e) => e.targetId === targetId)
const nameHeader = (name: string) => ({ [DISPLAY_NAME_HEADER]: encodeURIComponent(name) })

describe('the activity log (留痕)', () => {
	it('logs an edit of a private field (联系方式) by its name, never its value, as the link and the name that browser shows', async () => {
		const { server, id, editor, facilitator } = await setup()
		const wang = await person(server, id, facilitator.token, '王社工', 'facilitator')
		wang.write(cardRecord('resource', 'r1', { title: '社区食堂' }))
		await logWhen(server, id, (es) => about(es, 'shape:r1').length > 0)
		// One browser: its main socket shows 李老板, its private socket (same secret) presents nobody.
		const secret = 'secret-private-0123456789abcdef'
		const main = participantClient(server.port, id, editor.token, secret)
		cleanups.push(() => main.destroy())
		setName(main, '李老板', 'editor')
		await whenSynced(main)
		await until(() =>
			[...wang.provider.awareness.getStates().values()].some((st) => JSON.stringify(st).includes('李老板')),
		)
		const privateDoc = new Y.Doc()
		const privateSocket = participantClient(server.port, privateSyncRoom(id), editor.token, secret, privateDoc)
		cleanups.push(() => privateSocket.destroy())
		await whenSynced(privateSocket)
		setPrivateProps(privateDoc, 'shape:r1', { contact: '138 0000 1234' })
		const entries = await logWhen(server, id, (es) => about(es, 'shape:r1').some((e) => e.kind === 'card_edited'))
		expect(about(entries, 'shape:r1').find((e) => e.kind === 'card_edited')).toMatchObject({
			targetTitle: '社区食堂',
			fields: ['contact'],
			actor: { linkLabel: '商户代表', role: 'editor', name: '李老板' },
		})
		expect(JSON.stringify(entries)).not.toContain('138 0000 1234')
	})

	it('records what each of two links did with its label, role and presented name, and a forged name never moves a change to the other link', async () => {
		const { server, id, editor, facilitator } = await setup()
		const li = await person(server, id, editor.token, '李老板', 'editor')
		const wang = await person(server, id, facilitator.token, '王社工', 'facilitator')

		li.write(cardRecord('need', 'e1', { title: '独居老人助餐' }))
		wang.write(cardRecord('resource', 'f1', { title: '社区食堂' }))
		await logWhen(server, id, (es) => about(es, 'shape:e1').length > 0 && about(es, 'shape:f1').length > 0)
		li.write(cardRecord('need', 'e1', { title: '独居老人助餐', status: 'inProgress' }))
		wang.write(cardRecord('resource', 'f1', { title: '社区食堂（午餐）' }))
		// The editor now presents the facilitator's name.
		li.rename('王社工')
		li.write(cardRecord('need', 'e1', { title: '助餐点', status: 'inProgress' }))
		const entries = await logWhen(server, id, (es) =>
			about(es, 'shape:e1').some((e) => e.actor.name === '王社工' && e.fields.includes('title')),
		)

		const editorActor = { linkId: editor.id, linkLabel: '商户代表', role: 'editor' }
		for (const e of about(entries, 'shape:e1')) expect(e.actor).toMatchObject(editorActor)
		for (const e of about(entries, 'shape:f1')) {
			expect(e.actor).toEqual({ linkId: facilitator.id, linkLabel: '社工站', role: 'facilitator', name: '王社工' })
		}
		// The creation and the status edit (folded into it: same actor within a minute), then the forged-name edit.
		const e1 = about(entries, 'shape:e1').reverse()
		expect(e1.map((e) => [e.kind, e.actor.name, e.fields, e.targetTitle])).toEqual([
			['card_created', '李老板', [], '独居老人助餐'],
			['card_edited', '王社工', ['title'], '助餐点'],
		])
		const f1 = about(entries, 'shape:f1')
		expect(f1.map((e) => [e.kind, e.targetType, e.targetTitle])).toEqual([
			['card_created', 'resource', '社区食堂（午餐）'],
		])
		expect(f1[0].lastAt).toBeGreaterThanOrEqual(f1[0].at)

		// Filtering by the forged name finds both people; the link label tells them apart.
		const named = await activity(server, id, facilitator.token, `?person=${encodeURIComponent('王社工')}`)
		expect(new Set(named.entries.map((e) => e.actor.linkLabel))).toEqual(new Set(['商户代表', '社工站']))
		const byLabel = await activity(server, id, facilitator.token, `?person=${encodeURIComponent('商户代表')}`)
		expect(byLabel.entries.every((e) => e.actor.linkId === editor.id)).toBe(true)

		// Who created the card and who changed it last, for any link that sees the board.
		const viewer = await createLink(server.url, id, { role: 'viewer', label: '大屏' })
		const res = await fetch(`${server.url}/api/boards/${id}/activity/shapes/shape:e1`, {
			headers: bearer(viewer.token),
		})
		expect(res.status).toBe(200)
		const attribution = (await res.json()) as ShapeAttribution
		expect(attribution.created?.actor).toEqual({ ...editorActor, name: '李老板' })
		expect(attribution.lastModified?.actor).toEqual({ ...editorActor, name: '王社工' })
		expect(attribution.lastModified?.at).toBeGreaterThanOrEqual(attribution.created?.at ?? Infinity)
		const none = await fetch(`${server.url}/api/boards/${id}/activity/shapes/shape:nothing`, {
			headers: bearer(viewer.token),
		})
		expect(await none.json()).toEqual({ created: null, lastModified: null })
		const notShape = await fetch(`${server.url}/api/boards/${id}/activity/shapes/page:page`, {
			headers: bearer(viewer.token),
		})
		expect(notShape.status).toBe(400)
		expect(((await notShape.json()) as { error: { code: string } }).error.code).toBe('invalid_shape_id')
	})

	it('attributes three clients editing at once each to its own link, edits of another’s card to the editor, and deletions with the last title', async () => {
		const { server, id, creator, editor, facilitator } = await setup()
		const creatorLink = (
			(await (await fetch(`${server.url}/api/boards/${id}/links`, { headers: bearer(creator) })).json()) as {
				currentLinkId: string
			}
		).currentLinkId
		const second = await createLink(server.url, id, { role: 'editor', label: '居民代表' })
		const people = [
			{
				link: editor,
				label: '商户代表',
				role: 'editor',
				p: await person(server, id, editor.token, '李老板', 'editor'),
			},
			{
				link: second,
				label: '居民代表',
				role: 'editor',
				p: await person(server, id, second.token, '张阿姨', 'editor'),
			},
			{
				link: facilitator,
				label: '社工站',
				role: 'facilitator',
				p: await person(server, id, facilitator.token, '王社工', 'facilitator'),
			},
		]
		// Each creates three cards in the same turn.
		people.forEach(({ p }, i) => {
			for (let n = 0; n < 3; n++) p.write(cardRecord('need', `p${i}-${n}`, { title: `卡片 ${i}-${n}` }))
		})
		await logWhen(server, id, (es) => es.filter((e) => e.kind === 'card_created').length === 9)
		await Promise.all(
			people.map(({ p }) =>
				whenDoc(p.doc, () => [...getYRecords(p.doc).keys()].filter((k) => k.startsWith('shape:p')).length === 9),
			),
		)
		// Each edits the next one's first card, then deletes its own last card, all at once.
		people.forEach(({ p }, i) => {
			const next = (i + 1) % 3
			p.write(cardRecord('need', `p${next}-0`, { title: `卡片 ${next}-0`, urgency: 'high' }))
			p.doc.transact(() => getYRecords(p.doc).delete(`shape:p${i}-2`))
		})
		const final = await logWhen(
			server,
			id,
			(es) =>
				es.filter((e) => e.kind === 'card_edited').length === 3 &&
				es.filter((e) => e.kind === 'card_deleted').length === 3,
		)
		people.forEach(({ link, label, role }, i) => {
			const mine = final.filter((e) => e.actor.linkId === link.id)
			expect(mine.every((e) => e.actor.linkLabel === label && e.actor.role === role)).toBe(true)
			expect(
				mine
					.filter((e) => e.kind === 'card_created')
					.map((e) => e.targetId)
					.sort(),
			).toEqual([`shape:p${i}-0`, `shape:p${i}-1`, `shape:p${i}-2`])
			const next = (i + 1) % 3
			expect(mine.filter((e) => e.kind === 'card_edited').map((e) => [e.targetId, e.fields])).toEqual([
				[`shape:p${next}-0`, ['urgency']],
			])
			expect(mine.filter((e) => e.kind === 'card_deleted').map((e) => [e.targetId, e.targetTitle])).toEqual([
				[`shape:p${i}-2`, `卡片 ${i}-2`],
			])
		})
		// The creator's link did nothing on the canvas: every card entry is one of the three's.
		const cardEntries = final.filter((e) => e.kind.startsWith('card_'))
		expect(cardEntries).toHaveLength(9 + 3 + 3)
		expect(cardEntries.every((e) => [editor.id, second.id, facilitator.id].includes(e.actor.linkId ?? ''))).toBe(true)
		expect(final.filter((e) => e.actor.linkId === creatorLink).every((e) => e.kind === 'share_link_created')).toBe(true)
	})

	it('coalesces a drag into one entry and logs nothing for an update sent again', async () => {
		const { server, id, editor } = await setup()
		const li = await person(server, id, editor.token, '李老板', 'editor')
		li.write(cardRecord('need', 'drag', { title: '拖动' }))
		await logWhen(server, id, (es) => about(es, 'shape:drag').length === 1)
		const other = await person(server, id, editor.token, '张阿姨', 'editor')
		other.write(cardRecord('need', 'drag', { title: '拖动', urgency: 'high' }))
		await logWhen(server, id, (es) => about(es, 'shape:drag').length === 2)
		for (let x = 1; x <= 30; x++)
			li.write({ ...cardRecord('need', 'drag', { title: '拖动', urgency: 'high' }), x: x * 10 })
			// The whole document again, as a reconnecting client might: nothing in it is new.
		;(li.provider.ws as unknown as { send(d: Uint8Array): void }).send(
			syncFrame(SyncMessageType.update, Y.encodeStateAsUpdate(li.doc)),
		)
		li.write(cardRecord('need', 'marker', { title: '标记' }))
		const entries = await logWhen(server, id, (es) => about(es, 'shape:marker').length === 1)
		expect(about(entries, 'shape:drag').map((e) => [e.kind, e.actor.name, e.fields])).toEqual([
			['card_edited', '李老板', ['position']],
			['card_edited', '张阿姨', ['urgency']],
			['card_created', '李老板', []],
		])
		expect(entries).toHaveLength(3 + 1 + 2 /* the two links made in setup */)
	})

	it('logs versions saved and restored and share links made and deactivated, with the caller’s link and the name header', async () => {
		const { server, id, facilitator } = await setup()
		const headers = bearer(facilitator.token, { 'content-type': 'application/json', ...nameHeader('王社工') })
		const saved = await fetch(`${server.url}/api/boards/${id}/versions`, {
			method: 'POST',
			headers,
			body: JSON.stringify({ name: '会前' }),
		})
		expect(saved.status).toBe(201)
		const version = (await saved.json()) as { id: string }
		const restored = await fetch(`${server.url}/api/boards/${id}/versions/${version.id}/restore`, {
			method: 'POST',
			headers,
			body: '{}',
		})
		expect(restored.status).toBe(200)
		const made = await fetch(`${server.url}/api/boards/${id}/links`, {
			method: 'POST',
			headers,
			body: JSON.stringify({ role: 'viewer', label: '大屏' }),
		})
		const link = (await made.json()) as { id: string }
		const revoke = () =>
			fetch(`${server.url}/api/boards/${id}/links/${link.id}`, { method: 'DELETE', headers: bearer(facilitator.token) })
		expect((await revoke()).status).toBe(204)
		expect((await revoke()).status).toBe(204)
		// A name header that is not URI-encoded text is refused before anything is done.
		const bad = await fetch(`${server.url}/api/boards/${id}/versions`, {
			method: 'POST',
			headers: { ...headers, [DISPLAY_NAME_HEADER]: '%E4%B8' },
			body: JSON.stringify({ name: '不会保存' }),
		})
		expect(bad.status).toBe(400)
		expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('invalid_display_name')

		const { entries } = await activity(server, id, facilitator.token)
		const by = { linkId: facilitator.id, linkLabel: '社工站', role: 'facilitator' }
		expect(entries.slice(0, 4).map((e) => [e.kind, e.targetId, e.targetType, e.targetTitle, e.actor])).toEqual([
			['share_link_revoked', link.id, 'share_link', '大屏', { ...by, name: '' }],
			['share_link_created', link.id, 'share_link', '大屏', { ...by, name: '王社工' }],
			['version_restored', version.id, 'version', '会前', { ...by, name: '王社工' }],
			['version_saved', version.id, 'version', '会前', { ...by, name: '王社工' }],
		])
		// The links made in setup, by the creator's link (no name sent), and nothing else.
		expect(entries.slice(4).map((e) => [e.kind, e.targetTitle])).toEqual([
			['share_link_created', '社工站'],
			['share_link_created', '商户代表'],
		])
		expect(entries).toHaveLength(6)
	})

	it('logs comments added, threads resolved and reopened, votes and meetings started and ended, each by its link', async () => {
		const { server, id, editor, facilitator } = await setup()
		const resident = await createLink(server.url, id, { role: 'participant', label: '居民' })
		const li = await person(server, id, editor.token, '李老板', 'editor')
		const zhang = await person(server, id, resident.token, '张阿姨', 'participant')
		const wang = await person(server, id, facilitator.token, '王社工', 'facilitator')
		li.write(cardRecord('need', 'a', { title: '助餐' }))
		await whenDoc(zhang.doc, () => getYRecords(zhang.doc).has('shape:a'))
		const now = Date.now()
		const thread = addThread(
			zhang.doc,
			{ target: { type: 'shape', shapeId: 'shape:a' }, body: '中午能送到楼上吗？', mentions: [], author: zhang.author },
			{ now, origin: null },
		)
		await whenDoc(li.doc, () => getYComments(li.doc).has(thread))
		addReply(li.doc, { threadId: thread, body: '可以', mentions: [], author: li.author }, { now, origin: null })
		await whenDoc(wang.doc, () => getYComments(wang.doc).size === 2)
		setResolved(wang.doc, thread, { by: '王社工', at: now }, { origin: null })
		setResolved(wang.doc, thread, null, { origin: null })
		const vote = createVoteSession({ id: 'vote-1', dotsPerVoter: 3, anonymous: false, frameId: null, now })
		writeMeetingValue(wang.doc, MEETING_VOTE_KEY, vote)
		writeMeetingValue(wang.doc, MEETING_VOTE_KEY, { ...vote, status: 'closed', endedAt: now + 1 })
		const meeting = { id: 'm1', title: '三月联席会议', place: '活动室', agenda: [], facilitatorName: '王社工' }
		wang.doc.transact(() =>
			getYMeetings(wang.doc).set('m1', { ...meeting, startedAt: now, endedAt: null, versionId: null }),
		)
		wang.doc.transact(() =>
			getYMeetings(wang.doc).set('m1', { ...meeting, startedAt: now, endedAt: now + 2, versionId: null }),
		)
		const entries = await logWhen(server, id, (es) => es.some((e) => e.kind === 'meeting_ended'))
		const lines = entries
			.filter((e) => !e.kind.startsWith('share_link') && e.kind !== 'card_created')
			.reverse()
			.map((e) => [e.kind, e.actor.linkLabel, e.actor.name, e.targetId, e.targetTitle])
		expect(lines).toEqual([
			['comment_added', '居民', '张阿姨', 'shape:a', '助餐'],
			['comment_added', '商户代表', '李老板', 'shape:a', '助餐'],
			['thread_resolved', '社工站', '王社工', 'shape:a', '助餐'],
			['thread_reopened', '社工站', '王社工', 'shape:a', '助餐'],
			['vote_started', '社工站', '王社工', 'vote-1', ''],
			['vote_ended', '社工站', '王社工', 'vote-1', ''],
			['meeting_started', '社工站', '王社工', 'm1', '三月联席会议'],
			['meeting_ended', '社工站', '王社工', 'm1', '三月联席会议'],
		])
		expect(entries.find((e) => e.kind === 'comment_added')?.actor.role).toBe('editor')
	})

	it('logs the cards a list import adds as the importing link’s, with the name header', async () => {
		const { server, id, editor } = await setup()
		const res = await fetch(`${server.url}/api/boards/${id}/import?list=needs`, {
			method: 'POST',
			headers: bearer(editor.token, { 'content-type': 'text/csv', ...nameHeader('李老板') }),
			body: '名称,服务对象,紧迫程度\r\n助餐,老年人,高\r\n陪诊,老年人,中\r\n',
		})
		expect(res.status).toBe(200)
		const entries = await logWhen(server, id, (es) => es.filter((e) => e.kind === 'card_created').length === 2)
		expect(
			entries
				.filter((e) => e.kind === 'card_created')
				.map((e) => [e.targetType, e.targetTitle, e.actor])
				.sort(),
		).toEqual([
			['need', '助餐', { linkId: editor.id, linkLabel: '商户代表', role: 'editor', name: '李老板' }],
			['need', '陪诊', { linkId: editor.id, linkLabel: '商户代表', role: 'editor', name: '李老板' }],
		])
	})

	it('logs the server’s automatic versions as the server’s', async () => {
		const { server, id, editor } = await setup({ versionAutosaveMs: 1 })
		const li = await person(server, id, editor.token, '李老板', 'editor')
		li.write(cardRecord('need', 'a', { title: '助餐' }))
		const entries = await logWhen(server, id, (es) => es.some((e) => e.kind === 'version_saved'))
		const auto = entries.find((e) => e.kind === 'version_saved')
		expect(auto?.actor).toEqual({ linkId: null, linkLabel: '', role: null, name: '' })
		expect(auto?.targetType).toBe('version')
	})

	it('gives the full log to the facilitator and the admin token only, as JSON pages or a CSV file, and refuses a bad query', async () => {
		const { server, id, editor, facilitator } = await setup()
		const viewer = await createLink(server.url, id, { role: 'viewer' })
		const participant = await createLink(server.url, id, { role: 'participant' })
		for (const token of [editor.token, viewer.token, participant.token]) {
			const res = await fetch(`${server.url}/api/boards/${id}/activity`, { headers: bearer(token) })
			expect(res.status).toBe(403)
			expect(((await res.json()) as { error: { code: string } }).error.code).toBe('forbidden')
			expect(
				(await fetch(`${server.url}/api/boards/${id}/activity?format=csv`, { headers: bearer(token) })).status,
			).toBe(403)
		}
		expect((await fetch(`${server.url}/api/boards/${id}/activity`)).status).toBe(401)
		expect((await activity(server, id, TEST_ADMIN_TOKEN)).entries.length).toBe(4)

		const li = await person(server, id, editor.token, '=李老板', 'editor')
		li.write(cardRecord('need', 'a', { title: '助餐, 午饭' }))
		await logWhen(server, id, (es) => es.some((e) => e.kind === 'card_created'))

		// Pages.
		const first = await activity(server, id, facilitator.token, '?limit=2')
		expect(first.entries.map((e) => e.kind)).toEqual(['card_created', 'share_link_created'])
		const rest = await activity(server, id, facilitator.token, `?limit=1000&before=${first.nextBefore}`)
		expect(rest.entries).toHaveLength(3)
		expect(rest.nextBefore).toBeNull()
		const future = await activity(server, id, facilitator.token, `?from=${Date.now() + 60_000}`)
		expect(future.entries).toEqual([])

		// CSV.
		const csv = await fetch(`${server.url}/api/boards/${id}/activity?format=csv`, {
			headers: bearer(facilitator.token),
		})
		expect(csv.status).toBe(200)
		expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8')
		expect(csv.headers.get('content-disposition')).toContain(
			`filename*=UTF-8''${encodeURIComponent('幸福里议事会-动态.csv')}`,
		)
		const bytes = new Uint8Array(await csv.arrayBuffer())
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
		const lines = new TextDecoder().decode(bytes).split('\r\n')
		expect(lines[0]).toBe('时间,显示名（自报）,链接标签,角色,动作,对象,对象类型,字段')
		expect(lines[1]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,'=李老板,商户代表,编辑,创建卡片,"助餐, 午饭",需求,$/)
		expect(lines).toHaveLength(1 + 5 + 1)

		// Bad queries say what is wrong.
		for (const [query, path] of [
			['?limit=0', 'limit'],
			['?limit=5000', 'limit'],
			['?from=yesterday', 'from'],
			['?from=10&to=5', 'to'],
			['?format=xlsx', 'format'],
			['?before=-1', 'before'],
		]) {
			const res = await fetch(`${server.url}/api/boards/${id}/activity${query}`, { headers: bearer(facilitator.token) })
			expect(res.status, query).toBe(400)
			const body = (await res.json()) as { error: { code: string; issues: { path: string }[] } }
			expect(body.error.code).toBe('invalid_query')
			expect(body.error.issues.map((i) => i.path)).toContain(path)
		}
	})
})
