import { afterEach, describe, expect, it } from 'vitest'
import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { type CommentTarget, getYComments, MEETING_VIEWER_COMMENTS_KEY } from '../../shared/comments/commentsLayout'
import {
	type CommentAuthor,
	addReply as writeReply,
	addThread as writeThread,
} from '../../shared/comments/commentWriters'
import { getYMeeting } from '../../shared/meeting/meetingLayout'
import { CloseCode, type Role } from '../../shared/protocol'
import { mulberry32 } from '../../shared/random/mulberry32'
import { getYRecords } from '../../shared/ydocLayout'
import type { RunningServer } from '../createServer'
import { participantClient } from './rawSyncClient'
import { createBoardWithToken, createLink, startTestServer, until, whenDoc, whenSynced } from './testServer'

/**
 * Comments over the sync socket (issue 15): 参会, editor and facilitator links write them
 * live and offline and converge; viewers only while the facilitator allows it; nobody
 * rewrites or removes another's comment, and a forged author role is refused.
 */

const cleanups: (() => unknown)[] = []
afterEach(async () => {
	for (const c of cleanups.splice(0).reverse()) await c()
})

interface Person {
	name: string
	role: Role
	doc: Y.Doc
	provider: WebsocketProvider
	/** Close codes this person's socket got from the server. */
	closes: { code: number; reason: string }[]
}

async function setup(dataDir?: string) {
	const server = await startTestServer(dataDir ? { dataDir } : {})
	cleanups.push(() => server.close())
	const { id, token: facilitator } = await createBoardWithToken(server.url, '社区花园议事会')
	const tokens: Record<Role, string> = {
		facilitator,
		editor: (await createLink(server.url, id, { role: 'editor', label: '居委会' })).token,
		participant: (await createLink(server.url, id, { role: 'participant', label: '居民' })).token,
		viewer: (await createLink(server.url, id, { role: 'viewer', label: '旁听' })).token,
	}
	return { server, id, tokens }
}

/** Someone on the board with their own participant secret (so their own client-id owner), as the browser app connects. */
function join(server: RunningServer, id: string, token: string, name: string, role: Role, doc = new Y.Doc()): Person {
	const provider = participantClient(server.port, id, token, `${name}-participant-secret-0001`, doc)
	cleanups.push(() => provider.destroy())
	const person: Person = { name, role, doc, provider, closes: [] }
	provider.on('connection-close', (event: CloseEvent | null) => {
		if (event && event.code !== 1000) person.closes.push({ code: event.code, reason: event.reason })
	})
	return person
}

/** Resolves after the server has read every frame this person sent so far (it answers pings in order). */
function settle(person: Person): Promise<void> {
	const ws = person.provider.ws as unknown as import('ws').WebSocket | null
	return new Promise((resolve) => {
		if (!ws || ws.readyState !== ws.OPEN) return resolve()
		ws.once('pong', () => resolve())
		ws.once('close', () => resolve())
		ws.ping()
	})
}

function nextClose(person: Person): Promise<{ code: number; reason: string }> {
	return new Promise((resolve) => {
		const on = (event: CloseEvent | null) => {
			person.provider.off('connection-close', on)
			resolve({ code: event?.code ?? 0, reason: event?.reason ?? '' })
		}
		person.provider.on('connection-close', on)
	})
}

let seq = 0
const author = (person: Person): CommentAuthor => ({
	name: person.name,
	userId: `user:${person.name}`,
	role: person.role,
})

/** Starts a thread as `person`, with the app's writer; returns its id. */
function addThread(
	person: Person,
	body: string,
	target: CommentTarget = { type: 'shape', shapeId: 'shape:garden' },
): string {
	const id = `t${++seq}-${person.name}`
	return writeThread(
		person.doc,
		{ id, target, body, mentions: [], author: author(person) },
		{ now: 1_700_000_000_000 + seq, origin: null },
	)
}

/** Replies in `threadId` as `person`, with the app's writer; returns the reply's id. */
function addReply(person: Person, threadId: string, body: string): string {
	const id = `r${++seq}-${person.name}`
	return writeReply(
		person.doc,
		{ id, threadId, body, mentions: [], author: author(person) },
		{ now: 1_700_000_000_000 + seq, origin: null },
	)
}

/** The fields of a comment by `person`, written by hand (to forge one). */
function base(person: Person, body: string, role: Role = person.role) {
	return {
		body,
		mentions: [],
		authorName: person.name,
		authorUserId: `user:${person.name}`,
		authorRole: role,
		createdAt: 1_700_000_000_000 + seq,
		editedAt: null,
		deleted: false,
	}
}

function write(doc: Y.Doc, id: string, fields: Record<string, unknown>): void {
	doc.transact(() => {
		const map = new Y.Map<unknown>()
		getYComments(doc).set(id, map)
		map.set('id', id)
		for (const [k, v] of Object.entries(fields)) map.set(k, v)
	})
}

function commentsOf(doc: Y.Doc): Record<string, Record<string, unknown>> {
	return getYComments(doc).toJSON() as Record<string, Record<string, unknown>>
}

/** JSON with object keys sorted (maps that received the same entries in another order compare equal). */
function canonical(value: unknown): string {
	return JSON.stringify(value, (_k, v) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
			: v,
	)
}

function comment(doc: Y.Doc, id: string): Y.Map<unknown> {
	const map = getYComments(doc).get(id)
	if (!map) throw new Error(`no comment ${id}`)
	return map
}

describe('comments from three links at once', () => {
	it('converge on every client and in storage after a restart: threads, replies, resolve and reopen (seeded)', async () => {
		const { server, id, tokens } = await setup()
		const people = [
			join(server, id, tokens.facilitator, 'host', 'facilitator'),
			join(server, id, tokens.editor, 'zhao', 'editor'),
			join(server, id, tokens.participant, 'wang', 'participant'),
		]
		await Promise.all(people.map((p) => whenSynced(p.provider)))
		const random = mulberry32(20261207)
		const created: string[] = []
		for (let step = 0; step < 60; step++) {
			const person = people[Math.floor(random() * people.length)]
			const threads = [...getYComments(person.doc).values()]
				.filter((m) => m.get('threadId') === m.get('id'))
				.map((m) => String(m.get('id')))
			const roll = random()
			if (threads.length === 0 || roll < 0.35) {
				const target: CommentTarget =
					random() < 0.5
						? { type: 'shape', shapeId: `shape:card${step}` }
						: { type: 'point', pageId: 'page:page', x: step * 10, y: -step }
				created.push(addThread(person, `第${step}条：这里要改`, target))
			} else if (roll < 0.75) {
				const thread = threads[Math.floor(random() * threads.length)]
				created.push(addReply(person, thread, `@${person.name} 同意 ${step}`))
			} else {
				const thread = threads[Math.floor(random() * threads.length)]
				const open = comment(person.doc, thread).get('resolved') === null
				comment(person.doc, thread).set('resolved', open ? { by: person.name, at: step } : null)
			}
			// Let frames cross now and then, so writes of the three interleave on the server.
			if (random() < 0.3) await new Promise((r) => setImmediate(r))
		}
		const same = () => {
			const first = canonical(commentsOf(people[0].doc))
			return people.every((p) => canonical(commentsOf(p.doc)) === first)
		}
		await until(() => people.every((p) => created.every((c) => getYComments(p.doc).has(c))) && same(), 10_000)
		for (const p of people) expect(p.closes).toEqual([])
		const converged = commentsOf(people[0].doc)
		expect(Object.keys(converged).sort()).toEqual([...created].sort())
		// Every comment says who wrote it with the role of the link it came through.
		const roleOf = new Map(people.map((p) => [p.name, p.role]))
		for (const c of Object.values(converged)) expect(c.authorRole).toBe(roleOf.get(String(c.authorName)))

		// After a restart, storage holds the same comments.
		for (const p of people) p.provider.destroy()
		await server.close()
		cleanups.splice(0)
		const again = await startTestServer({ dataDir: server.dataDir })
		cleanups.push(() => again.close())
		const fresh = join(again, id, tokens.viewer, 'late', 'viewer')
		await whenSynced(fresh.provider)
		expect(commentsOf(fresh.doc)).toEqual(converged)
	})

	it('merges comments written offline with those written meanwhile, on every client', async () => {
		const { server, id, tokens } = await setup()
		const host = join(server, id, tokens.facilitator, 'host', 'facilitator')
		const editor = join(server, id, tokens.editor, 'zhao', 'editor')
		const resident = join(server, id, tokens.participant, 'wang', 'participant')
		const everyone = [host, editor, resident]
		await Promise.all(everyone.map((p) => whenSynced(p.provider)))
		const first = addThread(host, '花坛放在哪里？')
		await whenDoc(resident.doc, () => getYComments(resident.doc).has(first))

		resident.provider.disconnect()
		const offline = [
			addThread(resident, '离线：坡道太陡'),
			addReply(resident, first, '离线：放在东边'),
			addReply(resident, first, '离线：再想想'),
		]
		comment(resident.doc, first).set('resolved', { by: 'wang', at: 5 })
		comment(resident.doc, offline[0]).set('body', '离线：坡道太陡，要改缓')
		const meanwhile = [addThread(editor, '同时：路灯不够'), addReply(editor, first, '同时：西边有树荫')]
		await whenDoc(host.doc, () => meanwhile.every((c) => getYComments(host.doc).has(c)))
		expect(offline.some((c) => getYComments(host.doc).has(c))).toBe(false)

		resident.provider.connect()
		const all = [first, ...offline, ...meanwhile]
		for (const p of everyone) await whenDoc(p.doc, () => all.every((c) => getYComments(p.doc).has(c)))
		for (const p of everyone) {
			expect(comment(p.doc, offline[0]).get('body')).toBe('离线：坡道太陡，要改缓')
			expect(comment(p.doc, first).get('resolved')).toEqual({ by: 'wang', at: 5 })
			expect(p.closes).toEqual([])
		}
	})
})

describe('viewers comment only while the facilitator allows it', () => {
	it('drops a viewer’s comment until the meeting key is set, then takes it (and new ones), and stops when it is unset', async () => {
		const { server, id, tokens } = await setup()
		const host = join(server, id, tokens.facilitator, 'host', 'facilitator')
		const guest = join(server, id, tokens.viewer, 'guest', 'viewer')
		await Promise.all([whenSynced(host.provider), whenSynced(guest.provider)])
		const room = () => {
			const r = server.rooms.peek(id)
			if (!r) throw new Error('room not loaded')
			return r.doc
		}

		const early = addThread(guest, '旁听：我也想说一句')
		await settle(guest)
		expect(getYComments(room()).has(early)).toBe(false)
		expect(guest.provider.wsconnected).toBe(true)

		getYMeeting(host.doc).set(MEETING_VIEWER_COMMENTS_KEY, true)
		// The room asks viewers again for what they hold: the early comment arrives now.
		await whenDoc(host.doc, () => getYComments(host.doc).has(early))
		const allowed = addReply(guest, early, '旁听：谢谢')
		await whenDoc(host.doc, () => getYComments(host.doc).has(allowed))

		getYMeeting(host.doc).set(MEETING_VIEWER_COMMENTS_KEY, false)
		await whenDoc(guest.doc, () => getYMeeting(guest.doc).get(MEETING_VIEWER_COMMENTS_KEY) === false)
		const late = addThread(guest, '旁听：又一句')
		await settle(guest)
		expect(getYComments(room()).has(late)).toBe(false)
		expect(guest.closes).toEqual([])
		expect(guest.provider.wsconnected).toBe(true)
	})
})

describe('nobody rewrites another’s comment', () => {
	async function board() {
		const b = await setup()
		const host = join(b.server, b.id, b.tokens.facilitator, 'host', 'facilitator')
		const author = join(b.server, b.id, b.tokens.participant, 'wang', 'participant')
		await Promise.all([whenSynced(host.provider), whenSynced(author.provider)])
		const c1 = addThread(author, '原话：这里要加坡道')
		await whenDoc(host.doc, () => getYComments(host.doc).has(c1))
		/** Someone else, synced, whose socket is not reopened once the server closes it. */
		const other = async (token: string, name: string, role: Role) => {
			const p = join(b.server, b.id, token, name, role)
			await whenSynced(p.provider)
			await whenDoc(p.doc, () => getYComments(p.doc).has(c1))
			p.provider.shouldConnect = false
			return p
		}
		const roomDoc = () => {
			const r = b.server.rooms.peek(b.id)
			if (!r) throw new Error('room not loaded')
			return r.doc
		}
		return { ...b, host, author, c1, other, roomDoc }
	}

	const attempts: [Role, string, (doc: Y.Doc, id: string) => void, string][] = [
		[
			'participant',
			'edits the body of',
			(d, c) => void comment(d, c).set('body', '改写'),
			'participant may not edit comment "%c" of another author',
		],
		[
			'participant',
			'deletes',
			(d, c) => void comment(d, c).set('deleted', true),
			'participant may not delete comment "%c" of another author',
		],
		[
			'editor',
			'edits the body of',
			(d, c) => void comment(d, c).set('body', '改写'),
			'editor may not edit comment "%c" of another author',
		],
		[
			'editor',
			'changes the author name of',
			(d, c) => void comment(d, c).set('authorName', '李'),
			'editor may not change "authorName" of comment "%c"',
		],
		['participant', 'removes', (d, c) => getYComments(d).delete(c), 'participant may not remove comment "%c"'],
	]
	it.each(attempts)(
		'closes the socket (4422) when a %s %s another’s comment, and changes nothing',
		async (role, _what, change, reason) => {
			const { tokens, host, author, c1, other, roomDoc } = await board()
			const intruder = await other(tokens[role], 'li', role)
			const before = commentsOf(roomDoc())
			const closed = nextClose(intruder)
			change(intruder.doc, c1)
			expect(await closed).toEqual({
				code: CloseCode.writeRefused,
				reason: `write refused: ${reason.replace('%c', c1)}`,
			})
			// A later comment of the author arrives everywhere; the refused change never does.
			const later = addReply(author, c1, '作者：补充')
			await whenDoc(host.doc, () => getYComments(host.doc).has(later))
			const { [later]: _, ...now } = commentsOf(roomDoc())
			expect(now).toEqual(before)
			expect(commentsOf(host.doc)[c1]).toEqual(before[c1])
		},
	)

	it('refuses a comment whose author role is forged (4422)', async () => {
		const { tokens, host, other, roomDoc } = await board()
		const forger = await other(tokens.participant, 'li', 'participant')
		const closed = nextClose(forger)
		write(forger.doc, 'forged', {
			threadId: 'forged',
			target: { type: 'shape', shapeId: 'shape:garden' },
			resolved: null,
			...base(forger, '我是主持人', 'facilitator'),
		})
		expect(await closed).toEqual({
			code: CloseCode.writeRefused,
			reason: 'write refused: participant may not write comment "forged" as facilitator',
		})
		expect(getYComments(roomDoc()).has('forged')).toBe(false)
		expect(getYComments(host.doc).has('forged')).toBe(false)
	})

	it('still drops a 参会 participant’s card edits silently: no card change reaches anyone', async () => {
		const { server, id, tokens, host, author, roomDoc } = await board()
		host.doc.transact(() => {
			const card = new Y.Map<unknown>()
			getYRecords(host.doc).set('shape:garden', card)
			card.set('id', 'shape:garden')
			card.set('props', { title: '社区花园' })
		})
		await whenDoc(author.doc, () => getYRecords(author.doc).has('shape:garden'))
		const resident = join(server, id, tokens.participant, 'li', 'participant')
		await whenSynced(resident.provider)
		const updatesBefore = await server.storage.countUpdates(id)
		;(getYRecords(resident.doc).get('shape:garden') as Y.Map<unknown>).set('props', { title: '停车场' })
		getYRecords(resident.doc).delete('shape:garden')
		await settle(resident)
		expect((roomDoc().getMap('records').get('shape:garden') as Y.Map<unknown>).get('props')).toEqual({
			title: '社区花园',
		})
		expect(resident.provider.wsconnected).toBe(true)
		expect(resident.closes).toEqual([])
		// Only the host's later marker is stored; the author never sees the card changed.
		const marker = addThread(host, '标记')
		await whenDoc(author.doc, () => getYComments(author.doc).has(marker))
		expect((getYRecords(author.doc).get('shape:garden') as Y.Map<unknown>).get('props')).toEqual({ title: '社区花园' })
		expect(await server.storage.countUpdates(id)).toBe(updatesBefore + 1)
	})

	it('lets the facilitator delete (tombstone) anyone’s comment: it stays, marked deleted, on every client', async () => {
		const { server, id, tokens, host, author, c1, roomDoc } = await board()
		const editor = join(server, id, tokens.editor, 'zhao', 'editor')
		await whenSynced(editor.provider)
		const r1 = addReply(editor, c1, '编辑：同意')
		await whenDoc(host.doc, () => getYComments(host.doc).has(r1))
		comment(host.doc, c1).set('deleted', true)
		comment(host.doc, r1).set('deleted', true)
		for (const p of [author, editor]) {
			await whenDoc(
				p.doc,
				() => comment(p.doc, c1).get('deleted') === true && comment(p.doc, r1).get('deleted') === true,
			)
			expect(comment(p.doc, c1).get('body')).toBe('原话：这里要加坡道')
		}
		expect(comment(roomDoc(), c1).get('deleted')).toBe(true)
		expect(host.closes).toEqual([])
	})
})
