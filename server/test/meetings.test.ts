import JSZip from 'jszip'
import { afterEach, describe, expect, it } from 'vitest'
import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { type Attendee, attendancePath, minutesPath } from '../../shared/meeting/minutesLayout'
import { attendanceOf, meetingById } from '../../shared/meeting/minutesRead'
import { addActionItem, addDecision, endMeeting, keepClosedVote, startMeeting } from '../../shared/meeting/minutesWrite'
import { getYRecords, writeRecord } from '../../shared/ydocLayout'
import type { RunningServer } from '../createServer'
import { participantClient } from './rawSyncClient'
import { bearer, createBoardWithToken, createLink, startTestServer, whenDoc, whenSynced } from './testServer'

const cleanups: (() => unknown)[] = []
afterEach(async () => {
	for (const c of cleanups.splice(0).reverse()) await c()
})

const SECRET_A = 'participant-aaaaaaaa-secret'
const SECRET_B = 'participant-bbbbbbbb-secret'
const SECRET_HOST = 'participant-hosthost-secret'

function client(server: RunningServer, boardId: string, token: string, secret: string) {
	const doc = new Y.Doc()
	const provider = participantClient(server.port, boardId, token, secret, doc)
	cleanups.push(() => provider.destroy())
	return { doc, provider }
}

function present(provider: WebsocketProvider, name: string): void {
	provider.awareness.setLocalStateField('presence', {
		userId: `user-${name}`,
		userName: name,
		meta: { role: 'participant' },
	})
}

/** A server, a board, the facilitator's live client, and two 参会 links. */
async function setup() {
	const server = await startTestServer()
	cleanups.push(() => server.close())
	const { id, token } = await createBoardWithToken(server.url, '幸福里议事会')
	const resident = await createLink(server.url, id, { role: 'participant', label: '居民' })
	const street = await createLink(server.url, id, { role: 'participant', label: '街道' })
	const host = client(server, id, token, SECRET_HOST)
	await whenSynced(host.provider)
	return { server, id, token, resident, street, host }
}

function checkIn(server: RunningServer, boardId: string, meetingId: string, token: string, body: unknown) {
	return fetch(`${server.url}${attendancePath(boardId, meetingId)}`, {
		method: 'PUT',
		headers: bearer(token, { 'content-type': 'application/json' }),
		body: JSON.stringify(body),
	})
}

describe('meeting attendance and minutes (server)', () => {
	it('records who is present, takes their 签到, never twice, and exports the minutes', async () => {
		const { server, id, token, resident, street, host } = await setup()
		// A resident is present before the meeting starts.
		const a = client(server, id, resident.token, SECRET_A)
		present(a.provider, '小王')
		await whenSynced(a.provider)
		await whenDoc(a.doc, () => a.provider.awareness.getStates().size >= 1)

		const started = startMeeting(
			host.doc,
			{ id: 'm1', title: '3月联席会议', place: '居委会', agenda: ['助餐'], facilitatorName: '王主任' },
			{ now: Date.now() },
		)
		expect(started.ok).toBe(true)
		// Everyone present when it starts is recorded, with the link's label.
		await whenDoc(host.doc, () => attendanceOf(host.doc, 'm1').length === 1)
		expect(attendanceOf(host.doc, 'm1')[0]).toMatchObject({
			name: '小王',
			linkLabel: '居民',
			role: 'participant',
			sector: null,
		})

		// Someone who arrives during the meeting is recorded when they present themselves.
		const b = client(server, id, street.token, SECRET_B)
		present(b.provider, '李')
		await whenSynced(b.provider)
		await whenDoc(host.doc, () => attendanceOf(host.doc, 'm1').length === 2)
		const li = attendanceOf(host.doc, 'm1').find((x) => x.linkLabel === '街道') as Attendee
		expect(li.name).toBe('李')

		// A new presence name is followed before check-in.
		present(b.provider, '李明')
		await whenDoc(host.doc, () => attendanceOf(host.doc, 'm1').some((x) => x.name === '李明'))

		// 签到 lands on the same person (the browser's participant secret).
		const res = await checkIn(server, id, 'm1', street.token, {
			name: '李明',
			organisation: '幸福街道办',
			sector: 'government',
			participant: SECRET_B,
		})
		expect(res.status).toBe(200)
		const answer = (await res.json()) as Attendee
		expect(answer).toMatchObject({
			personId: li.personId,
			organisation: '幸福街道办',
			sector: 'government',
			linkLabel: '街道',
		})
		expect(answer.checkedInAt).toEqual(expect.any(Number))
		await whenDoc(host.doc, () => attendanceOf(host.doc, 'm1').some((x) => x.sector === 'government'))
		expect(attendanceOf(host.doc, 'm1')).toHaveLength(2)

		// After check-in, a presence rename does not overwrite the typed name.
		present(b.provider, '别名')
		// Reconnecting (a new socket, the same browser) does not add anyone.
		a.provider.destroy()
		const again = client(server, id, resident.token, SECRET_A)
		present(again.provider, '小王')
		await whenSynced(again.provider)
		await whenDoc(again.doc, () => attendanceOf(again.doc, 'm1').length === 2)
		// A write after the presences, so the host has seen whatever the server did with them.
		host.doc.transact(() =>
			writeRecord(getYRecords(host.doc), {
				id: 'shape:n1',
				typeName: 'shape',
				type: 'need',
				parentId: 'page:page',
				index: 'a1',
				x: 0,
				y: 0,
				rotation: 0,
				props: { w: 200, h: 100, title: '老年人助餐' },
				meta: {},
			}),
		)
		await whenDoc(again.doc, () => getYRecords(again.doc).has('shape:n1'))
		// The server records presences in order: once the reconnected browser's new name shows,
		// any entry its reconnection had made would show too.
		present(again.provider, '王小二')
		await whenDoc(again.doc, () => attendanceOf(again.doc, 'm1').some((x) => x.name === '王小二'))
		const people = attendanceOf(again.doc, 'm1')
		expect(people).toHaveLength(2)
		expect(people.find((x) => x.personId === li.personId)?.name).toBe('李明')

		// The record of the meeting, then its end.
		const now = Date.now()
		keepClosedVote(host.doc, {
			id: 'v1',
			status: 'closed',
			dotsPerVoter: 3,
			anonymous: false,
			frameId: null,
			startedAt: now - 1000,
			endedAt: now,
			result: { needs: [{ id: 'shape:n1', title: '老年人助餐', votes: 5 }], voters: 2 },
		})
		addDecision(host.doc, { meetingId: 'm1', text: '先办长者饭堂', cardIds: ['shape:n1'], voteId: 'v1' }, { now })
		addActionItem(host.doc, { meetingId: 'm1', who: '李明', what: '联系物业', due: '2026-04-01' }, { now })
		endMeeting(host.doc, 'm1', null, { now: Date.now() + 1000 })
		await whenDoc(
			again.doc,
			() => attendanceOf(again.doc, 'm1').length === 2 && again.doc.getMap('meetings').size === 1,
		)
		// Another client has the facilitator's last changes: the server has stored them.
		await whenDoc(
			again.doc,
			() => again.doc.getMap('minutes').size === 2 && meetingById(again.doc, 'm1')?.endedAt !== null,
		)

		// Check-in is closed once the meeting has ended.
		const late = await checkIn(server, id, 'm1', resident.token, {
			name: '小王',
			organisation: '',
			sector: 'residents',
			participant: SECRET_A,
		})
		expect(late.status).toBe(409)
		expect(((await late.json()) as { error: { code: string } }).error.code).toBe('meeting_not_open')

		// The minutes, as Markdown and Word, for any link that can view.
		const md = await fetch(`${server.url}${minutesPath(id, 'm1', 'md')}`, { headers: bearer(resident.token) })
		expect(md.status).toBe(200)
		expect(md.headers.get('content-disposition')).toContain(
			`filename*=UTF-8''${encodeURIComponent('幸福里议事会-3月联席会议-会议纪要.md')}`,
		)
		const text = await md.text()
		for (const expected of [
			'共 2 人出席：政府 1 人',
			'| 李明 | 幸福街道办 | 政府 | 街道（参会） |',
			'| 王小二 |   | 未填 | 居民（参会） |',
			'| 1 | 老年人助餐 | 5 |',
			'1. 先办长者饭堂',
			'| 李明 | 联系物业 | 2026年4月1日 |',
		])
			expect(text).toContain(expected)

		const docx = await fetch(`${server.url}${minutesPath(id, 'm1', 'docx')}`, { headers: bearer(token) })
		expect(docx.status).toBe(200)
		expect(docx.headers.get('content-type')).toContain('wordprocessingml')
		expect(docx.headers.get('content-disposition')).toContain(
			encodeURIComponent('幸福里议事会-3月联席会议-会议纪要.docx'),
		)
		const zip = await JSZip.loadAsync(Buffer.from(await docx.arrayBuffer()))
		const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
		const words = xml.replace(/<[^>]+>/g, '')
		for (const expected of [
			'3月联席会议纪要',
			'出席情况',
			'幸福街道办',
			'老年人助餐',
			'先办长者饭堂',
			'联系物业',
			'本纪要由纽带自动生成',
		])
			expect(words).toContain(expected)
	})

	it('refuses a bad 签到 with a clear error, an unknown meeting, and a closed meeting’s check-in', async () => {
		const { server, id, token, resident, host } = await setup()
		startMeeting(host.doc, { id: 'm1', title: '会', place: '', agenda: [], facilitatorName: '' }, { now: Date.now() })
		// A client without presence sees the meeting: the server has it.
		const watch = client(server, id, resident.token, 'participant-watchwatch-secret')
		await whenDoc(watch.doc, () => meetingById(watch.doc, 'm1') !== null)
		const bad = await checkIn(server, id, 'm1', resident.token, {
			name: '',
			organisation: 'x'.repeat(61),
			sector: '其他',
			participant: SECRET_A,
		})
		expect(bad.status).toBe(400)
		const message = ((await bad.json()) as { error: { message: string } }).error.message
		expect(message).toContain('name')
		expect(message).toContain('sector')

		const unknown = await checkIn(server, id, 'nope', resident.token, {
			name: '小王',
			organisation: '',
			sector: 'residents',
			participant: SECRET_A,
		})
		expect(unknown.status).toBe(404)
		const missing = await fetch(`${server.url}${minutesPath(id, 'nope', 'md')}`, { headers: bearer(token) })
		expect(missing.status).toBe(404)

		let ok = await checkIn(server, id, 'm1', resident.token, {
			name: '小王',
			organisation: '',
			sector: 'residents',
			participant: SECRET_A,
		})
		expect(ok.status).toBe(200)
		endMeeting(host.doc, 'm1', null, { now: Date.now() })
		await whenDoc(watch.doc, () => meetingById(watch.doc, 'm1')?.endedAt !== null)
		ok = await checkIn(server, id, 'm1', resident.token, {
			name: '小王',
			organisation: '',
			sector: 'residents',
			participant: SECRET_A,
		})
		expect(ok.status).toBe(409)
	})
})
