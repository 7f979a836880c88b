import * as encoding from 'lib0/encoding'
import { afterEach, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import type { BallotResult } from '../../shared/apiTypes'
import {
	type Ballot,
	ballotKey,
	getYBallots,
	getYMeeting,
	MEETING_VOTE_KEY,
	type VoteSession,
} from '../../shared/meeting/meetingLayout'
import { closeVoteSession, createVoteSession, parseBallot, rankNeeds, tallyVotes } from '../../shared/meeting/vote'
import { CloseCode, MessageType, SyncMessageType } from '../../shared/protocol'
import { getYRecords, type PlainRecord, readAllRecords, writeRecord } from '../../shared/ydocLayout'
import type { RunningServer } from '../createServer'
import {
	bearer,
	connectClient,
	createBoardWithToken,
	createLink,
	startTestServer,
	syncUrl,
	tempDataDir,
	whenClosed,
	whenDoc,
	whenSynced,
} from './testServer'

const cleanups: (() => unknown)[] = []
afterEach(async () => {
	for (const c of cleanups.splice(0).reverse()) await c()
})

function client(server: RunningServer, boardId: string, token: string) {
	const doc = new Y.Doc()
	const provider = connectClient(server.port, boardId, doc, token)
	cleanups.push(() => provider.destroy())
	return { doc, provider }
}

function nextClose(provider: WebsocketProvider): Promise<number> {
	return new Promise((resolve) => {
		const onClose = (event: CloseEvent | null) => {
			provider.off('connection-close', onClose)
			resolve(event?.code ?? 0)
		}
		provider.on('connection-close', onClose)
	})
}

/** A participant secret as a browser makes one. */
function participant(n: number): string {
	return `participant-${String(n).padStart(8, '0')}-secret`
}

function need(id: string, pageId: string, x: number, title = id): PlainRecord {
	return {
		id,
		typeName: 'shape',
		type: 'need',
		parentId: pageId,
		index: 'a1',
		x,
		y: 0,
		rotation: 0,
		props: { w: 200, h: 100, title },
		meta: {},
	}
}

/** A server, a board with three needs, the facilitator's live client, and two editor links. */
async function setup(opts: Parameters<typeof startTestServer>[0] = {}) {
	const server = await startTestServer(opts)
	cleanups.push(() => server.close())
	const { id, token: facilitatorToken } = await createBoardWithToken(server.url, '议事会')
	const editorA = await createLink(server.url, id, { role: 'editor', label: '居民A' })
	const editorB = await createLink(server.url, id, { role: 'editor', label: '居民B' })
	const viewer = await createLink(server.url, id, { role: 'viewer' })
	const host = client(server, id, facilitatorToken)
	await whenSynced(host.provider)
	const pageId = readAllRecords(host.doc).find((r) => r.typeName === 'page')?.id
	if (!pageId) throw new Error('no page')
	host.doc.transact(() => {
		for (const [i, n] of ['shape:meal', 'shape:tutor', 'shape:lift'].entries())
			writeRecord(getYRecords(host.doc), need(n, pageId, i * 300))
	})
	return { server, id, host, pageId, facilitatorToken, editorA, editorB, viewer }
}

/** The facilitator starts a vote (as the client does: the meeting map's `vote`). */
function startVote(
	host: { doc: Y.Doc },
	opts: { id: string; dotsPerVoter?: number; anonymous?: boolean; frameId?: string | null },
): VoteSession {
	const session = createVoteSession({
		id: opts.id,
		dotsPerVoter: opts.dotsPerVoter ?? 3,
		anonymous: opts.anonymous ?? false,
		frameId: opts.frameId ?? null,
		now: Date.now(),
	})
	getYMeeting(host.doc).set(MEETING_VOTE_KEY, session)
	return session
}

async function putBallot(
	server: RunningServer,
	boardId: string,
	token: string,
	voteId: string,
	body: unknown,
): Promise<Response> {
	return fetch(`${server.url}/api/boards/${boardId}/votes/${encodeURIComponent(voteId)}/ballot`, {
		method: 'PUT',
		headers: bearer(token, { 'content-type': 'application/json' }),
		body: JSON.stringify(body),
	})
}

async function vote(
	server: RunningServer,
	boardId: string,
	token: string,
	voteId: string,
	body: { dots: string[]; participant: string; name?: string },
): Promise<BallotResult> {
	const res = await putBallot(server, boardId, token, voteId, body)
	if (res.status !== 200) throw new Error(`ballot refused: ${res.status} ${await res.text()}`)
	return (await res.json()) as BallotResult
}

/** The room's meeting vote has arrived on the server (the facilitator's write is relayed first). */
async function voteOnServer(server: RunningServer, boardId: string, voteId: string): Promise<void> {
	const room = await server.rooms.acquire(boardId)
	await whenDoc(room.doc, () => (getYMeeting(room.doc).get(MEETING_VOTE_KEY) as VoteSession | undefined)?.id === voteId)
	server.rooms.release(room)
}

function ballotsOf(doc: Y.Doc): Map<string, Ballot> {
	const out = new Map<string, Ballot>()
	for (const [k, v] of getYBallots(doc).entries()) {
		const b = parseBallot(v)
		if (b) out.set(k, b)
	}
	return out
}

/** The Yjs item holding a key of the ballots map (who wrote it). */
function ballotItem(doc: Y.Doc, key: string): Y.Item {
	const item = (getYBallots(doc) as unknown as { _map: Map<string, Y.Item> })._map.get(key)
	if (!item) throw new Error(`no ballot item ${key}`)
	return item
}

function updateFrame(update: Uint8Array): Uint8Array {
	const enc = encoding.createEncoder()
	encoding.writeVarUint(enc, MessageType.sync)
	encoding.writeVarUint(enc, SyncMessageType.update)
	encoding.writeVarUint8Array(enc, update)
	return encoding.toUint8Array(enc)
}

describe('ballots are written by the server only', () => {
	it('stores a ballot for an editor over REST: relayed to everyone, keyed by a voter id the server derives', async () => {
		const { server, id, host, editorA } = await setup()
		const session = startVote(host, { id: 'vote-1' })
		await voteOnServer(server, id, session.id)
		const result = await vote(server, id, editorA.token, session.id, {
			dots: ['shape:tutor', 'shape:tutor', 'shape:meal'],
			participant: participant(1),
			name: ' 王阿姨 ',
		})
		expect(result.ballot).toEqual({
			voteId: 'vote-1',
			voterId: result.voterId,
			name: '王阿姨',
			dots: ['shape:tutor', 'shape:tutor', 'shape:meal'],
		})
		const key = ballotKey(session.id, result.voterId)
		await whenDoc(host.doc, () => getYBallots(host.doc).has(key))
		expect(parseBallot(getYBallots(host.doc).get(key))).toEqual(result.ballot)
		// Stored before the answer: a fresh load of the board holds it.
		const stored = new Y.Doc()
		const loaded = await server.storage.loadDoc(id)
		if (loaded.snapshot) Y.applyUpdate(stored, loaded.snapshot)
		for (const u of loaded.updates) Y.applyUpdate(stored, u)
		expect(parseBallot(getYBallots(stored).get(key))).toEqual(result.ballot)

		// The same link and participant again: the same ballot, replaced, never a second one.
		const again = await vote(server, id, editorA.token, session.id, {
			dots: ['shape:lift'],
			participant: participant(1),
		})
		expect(again.voterId).toBe(result.voterId)
		await whenDoc(host.doc, () => parseBallot(getYBallots(host.doc).get(key))?.dots[0] === 'shape:lift')
		expect(getYBallots(host.doc).size).toBe(1)
	})

	it('closes an editor’s socket with 4422 (write refused) when its update writes the ballots map, and nothing changes', async () => {
		const { server, id, host, editorA } = await setup()
		startVote(host, { id: 'vote-1' })
		const honest = await (async () => {
			await voteOnServer(server, id, 'vote-1')
			return vote(server, id, editorA.token, 'vote-1', { dots: ['shape:meal'], participant: participant(1) })
		})()
		const ws = new WebSocket(syncUrl(server.port, id, editorA.token))
		cleanups.push(() => ws.terminate())
		await new Promise((r) => ws.once('open', r))
		const forged = new Y.Doc()
		forged.transact(() => {
			for (let i = 0; i < 50; i++) {
				const voterId = `user:invented-${i}`
				getYBallots(forged).set(ballotKey('vote-1', voterId), {
					voteId: 'vote-1',
					voterId,
					name: null,
					dots: ['shape:lift', 'shape:lift', 'shape:lift'],
				})
			}
		})
		const closed = whenClosed(ws)
		ws.send(updateFrame(Y.encodeStateAsUpdate(forged)))
		expect((await closed).code).toBe(CloseCode.writeRefused)

		const room = await server.rooms.acquire(id)
		expect([...ballotsOf(room.doc).keys()]).toEqual([ballotKey('vote-1', honest.voterId)])
		server.rooms.release(room)
		host.doc.getMap('records').set('probe', 1)
		const watcher = client(server, id, editorA.token)
		await whenSynced(watcher.provider)
		await whenDoc(watcher.doc, () => watcher.doc.getMap('records').has('probe'))
		expect(getYBallots(watcher.doc).size).toBe(1)
	})

	it('a second editor can neither delete nor overwrite another’s ballot', async () => {
		const { server, id, host, editorA, editorB } = await setup()
		const session = startVote(host, { id: 'vote-1' })
		await voteOnServer(server, id, session.id)
		const mine = await vote(server, id, editorA.token, session.id, {
			dots: ['shape:meal', 'shape:meal'],
			participant: participant(1),
		})
		const key = ballotKey(session.id, mine.voterId)
		const intruder = client(server, id, editorB.token)
		await whenSynced(intruder.provider)
		await whenDoc(intruder.doc, () => getYBallots(intruder.doc).has(key))

		// Deleting it through the sync socket: refused.
		const closedOnDelete = nextClose(intruder.provider)
		intruder.provider.shouldConnect = false
		getYBallots(intruder.doc).delete(key)
		expect(await closedOnDelete).toBe(CloseCode.writeRefused)

		// Overwriting it through the sync socket: refused too.
		const overwriter = client(server, id, editorB.token)
		await whenSynced(overwriter.provider)
		await whenDoc(overwriter.doc, () => getYBallots(overwriter.doc).has(key))
		const closedOnWrite = nextClose(overwriter.provider)
		overwriter.provider.shouldConnect = false
		getYBallots(overwriter.doc).set(key, { ...mine.ballot, dots: [] })
		expect(await closedOnWrite).toBe(CloseCode.writeRefused)

		// Over REST the other link — even with the same participant secret — gets its own ballot.
		const theirs = await vote(server, id, editorB.token, session.id, {
			dots: ['shape:lift'],
			participant: participant(1),
		})
		expect(theirs.voterId).not.toBe(mine.voterId)
		await whenDoc(host.doc, () => getYBallots(host.doc).size === 2)
		expect(parseBallot(getYBallots(host.doc).get(key))?.dots).toEqual(['shape:meal', 'shape:meal'])
	})

	it('one link and participant hold one ballot; a link’s ballots in a vote are capped', async () => {
		const { server, id, host, editorA, editorB } = await setup({ ballotsPerLink: 10 })
		const session = startVote(host, { id: 'vote-1', dotsPerVoter: 1 })
		await voteOnServer(server, id, session.id)
		// Fifty requests from one link and participant: still one ballot.
		const ids = new Set<string>()
		for (let i = 0; i < 50; i++) {
			ids.add(
				(await vote(server, id, editorA.token, session.id, { dots: ['shape:lift'], participant: participant(1) }))
					.voterId,
			)
		}
		expect(ids.size).toBe(1)
		// Fifty invented participant secrets from one link: the cap (10 here) stops them.
		const statuses: number[] = []
		for (let i = 2; i < 52; i++) {
			const res = await putBallot(server, id, editorA.token, session.id, {
				dots: ['shape:lift'],
				participant: participant(i),
			})
			statuses.push(res.status)
			if (res.status !== 200)
				expect(((await res.json()) as { error: { code: string } }).error.code).toBe('too_many_ballots')
			else await res.arrayBuffer()
		}
		expect(statuses.filter((s) => s === 200)).toHaveLength(9)
		expect(statuses.filter((s) => s === 409)).toHaveLength(41)
		// A voter already counted may still change their ballot; another link is not affected.
		expect(
			(await putBallot(server, id, editorA.token, session.id, { dots: [], participant: participant(2) })).status,
		).toBe(200)
		expect(
			(await putBallot(server, id, editorB.token, session.id, { dots: ['shape:meal'], participant: participant(99) }))
				.status,
		).toBe(200)
		const room = await server.rooms.acquire(id)
		const counts = tallyVotes(session, ballotsOf(room.doc), new Set(['shape:meal', 'shape:tutor', 'shape:lift']))
		server.rooms.release(room)
		expect(Object.fromEntries(counts)).toEqual({ 'shape:meal': 1, 'shape:tutor': 0, 'shape:lift': 9 })
	})

	it('an anonymous ballot is written by the server’s client id, carries no name, and its voter id is unlinkable', async () => {
		const { server, id, host, editorA } = await setup()
		const first = startVote(host, { id: 'vote-anon-1', anonymous: true })
		await voteOnServer(server, id, first.id)
		const voter = client(server, id, editorA.token)
		await whenSynced(voter.provider)
		const userId = 'user:wang'
		voter.provider.awareness.setLocalStateField('presence', { userId, userName: '王阿姨', meta: { role: 'editor' } })
		const secret = participant(7)
		const a = await vote(server, id, editorA.token, first.id, {
			dots: ['shape:meal'],
			participant: secret,
			name: '王阿姨',
		})
		expect(a.ballot.name).toBeNull()
		const key = ballotKey(first.id, a.voterId)
		await whenDoc(host.doc, () => getYBallots(host.doc).has(key))
		const room = await server.rooms.acquire(id)
		expect(ballotItem(host.doc, key).id.client).toBe(room.doc.clientID)
		expect(ballotItem(host.doc, key).id.client).not.toBe(voter.doc.clientID)
		server.rooms.release(room)
		const stored = getYBallots(host.doc).get(key) as Record<string, unknown>
		expect(stored.name).toBeNull()
		expect(JSON.stringify(stored)).not.toContain('王阿姨')
		for (const other of [secret, userId, String(voter.doc.clientID), editorA.id, editorA.token]) {
			expect(a.voterId).not.toContain(other)
		}

		// The next vote: the same person gets another voter id, and the old vote's ballots are gone.
		getYMeeting(host.doc).set(MEETING_VOTE_KEY, closeVoteSession(first, Date.now()))
		const second = startVote(host, { id: 'vote-anon-2', anonymous: true })
		await voteOnServer(server, id, second.id)
		const b = await vote(server, id, editorA.token, second.id, { dots: ['shape:lift'], participant: secret })
		expect(b.voterId).not.toBe(a.voterId)
		await whenDoc(host.doc, () => getYBallots(host.doc).has(ballotKey(second.id, b.voterId)))
		expect([...getYBallots(host.doc).keys()]).toEqual([ballotKey(second.id, b.voterId)])
	})

	it('keeps dots on needs that may receive them (in the vote’s frame), up to the dots per voter', async () => {
		const { server, id, host, pageId, editorA } = await setup()
		host.doc.transact(() => {
			writeRecord(getYRecords(host.doc), {
				id: 'shape:lane',
				typeName: 'shape',
				type: 'frame',
				parentId: pageId,
				index: 'a0',
				x: -50,
				y: -50,
				rotation: 0,
				props: { w: 600, h: 300, name: '议题一' },
				meta: {},
			})
		})
		// Needs at x 0 and 300 are inside the lane, the one at 600 (centre 700) is not.
		const session = startVote(host, { id: 'vote-frame', dotsPerVoter: 2, frameId: 'shape:lane' })
		await voteOnServer(server, id, session.id)
		const result = await vote(server, id, editorA.token, session.id, {
			dots: ['shape:lift', 'shape:lane', 'shape:nothing', 'shape:tutor', 'shape:meal', 'shape:meal'],
			participant: participant(1),
		})
		expect(result.ballot.dots).toEqual(['shape:tutor', 'shape:meal'])
	})

	it('refuses a closed or unknown vote, a viewer, a malformed body; accepts again with the vote open', async () => {
		const { server, id, host, editorA, viewer } = await setup()
		const body = { dots: ['shape:meal'], participant: participant(1) }
		const noVote = await putBallot(server, id, editorA.token, 'vote-1', body)
		expect(noVote.status).toBe(409)
		expect(((await noVote.json()) as { error: { code: string } }).error.code).toBe('vote_closed')
		const session = startVote(host, { id: 'vote-1' })
		await voteOnServer(server, id, session.id)
		expect((await putBallot(server, id, editorA.token, 'vote-2', body)).status).toBe(409)
		expect((await putBallot(server, id, viewer.token, 'vote-1', body)).status).toBe(403)
		for (const bad of [
			{ dots: ['shape:meal'] },
			{ ...body, participant: 'short' },
			{ ...body, participant: 'has spaces in it, many of them' },
			{ ...body, dots: 'shape:meal' },
			{ ...body, dots: [''] },
			{ ...body, name: 'x'.repeat(33) },
			{ ...body, name: 'a\u0000b' },
			{ ...body, voterId: 'user:someone-else' },
		]) {
			const res = await putBallot(server, id, editorA.token, 'vote-1', bad)
			expect(res.status, JSON.stringify(bad)).toBe(400)
		}
		expect((await putBallot(server, id, editorA.token, 'vote-1', body)).status).toBe(200)
		getYMeeting(host.doc).set(MEETING_VOTE_KEY, closeVoteSession(session, Date.now()))
		const room = await server.rooms.acquire(id)
		await whenDoc(room.doc, () => (getYMeeting(room.doc).get(MEETING_VOTE_KEY) as VoteSession).status === 'closed')
		server.rooms.release(room)
		expect((await putBallot(server, id, editorA.token, 'vote-1', body)).status).toBe(409)
	})

	it('ranks needs correctly from server-written ballots', async () => {
		const { server, id, host, editorA, editorB, facilitatorToken } = await setup()
		const session = startVote(host, { id: 'vote-rank', dotsPerVoter: 3 })
		await voteOnServer(server, id, session.id)
		await vote(server, id, editorA.token, session.id, {
			dots: ['shape:tutor', 'shape:tutor', 'shape:meal'],
			participant: participant(1),
		})
		await vote(server, id, editorA.token, session.id, {
			dots: ['shape:tutor', 'shape:lift', 'shape:meal'],
			participant: participant(2),
		})
		await vote(server, id, editorB.token, session.id, {
			dots: ['shape:meal', 'shape:meal', 'shape:meal', 'shape:lift'],
			participant: participant(3),
		})
		await vote(server, id, facilitatorToken, session.id, { dots: ['shape:lift'], participant: participant(4) })
		await whenDoc(host.doc, () => getYBallots(host.doc).size === 4)
		const counts = tallyVotes(session, ballotsOf(host.doc), new Set(['shape:meal', 'shape:tutor', 'shape:lift']))
		const titles = new Map([
			['shape:meal', '老年人助餐'],
			['shape:tutor', '青少年课业辅导'],
			['shape:lift', '加装电梯'],
		])
		expect(rankNeeds(counts, titles).map((r) => [r.title, r.count, r.rank])).toEqual([
			['老年人助餐', 5, 1],
			['青少年课业辅导', 3, 2],
			['加装电梯', 2, 3],
		])
	})

	it('answers 503 and writes nothing while storage refuses writes; takes the ballot once it recovers', async () => {
		const { server, id, host, editorA } = await setup()
		const session = startVote(host, { id: 'vote-1' })
		await voteOnServer(server, id, session.id)
		const storage = server.storage
		const append = storage.appendUpdates.bind(storage)
		let full = true
		storage.appendUpdates = ((...args: Parameters<typeof append>) => {
			if (full) throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' })
			return append(...args)
		}) as typeof storage.appendUpdates
		const body = { dots: ['shape:meal'], participant: participant(1) }
		// The first refusal is the ballot's own write (it stays pending, like any unstored change)…
		const first = await putBallot(server, id, editorA.token, session.id, body)
		expect(first.status).toBe(503)
		// …then the room is read-only: nothing more is written.
		const room = await server.rooms.acquire(id)
		const before = Y.encodeStateVector(room.doc)
		const second = await putBallot(server, id, editorA.token, session.id, { ...body, participant: participant(2) })
		expect(second.status).toBe(503)
		expect(((await second.json()) as { error: { code: string } }).error.code).toBe('storage_unavailable')
		expect(Y.encodeStateVector(room.doc)).toEqual(before)
		server.rooms.release(room)
		full = false
		await expect
			.poll(async () => (await putBallot(server, id, editorA.token, session.id, body)).status, { timeout: 15_000 })
			.toBe(200)
	}, 30_000)

	it('derives the same voter id after a restart (the ballot secret is kept in DATA_DIR)', async () => {
		const dataDir = tempDataDir()
		const first = await setup({ dataDir })
		const session = startVote(first.host, { id: 'vote-1' })
		await voteOnServer(first.server, first.id, session.id)
		const before = await vote(first.server, first.id, first.editorA.token, session.id, {
			dots: ['shape:meal'],
			participant: participant(1),
		})
		first.host.provider.destroy()
		await first.server.close()
		const again = await startTestServer({ dataDir })
		cleanups.push(() => again.close())
		const after = await vote(again, first.id, first.editorA.token, session.id, {
			dots: ['shape:lift'],
			participant: participant(1),
		})
		expect(after.voterId).toBe(before.voterId)
		const room = await again.rooms.acquire(first.id)
		expect([...ballotsOf(room.doc).values()].map((b) => b.dots)).toEqual([['shape:lift']])
		again.rooms.release(room)
	})
})
