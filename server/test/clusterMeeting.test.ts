import { afterEach, describe, expect, it } from 'vitest'
import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import {
	getYBallots,
	getYMeeting,
	MEETING_TIMER_KEY,
	MEETING_VOTE_KEY,
	type VoteSession,
} from '../../shared/meeting/meetingLayout'
import { closeVoteSession, createVoteSession, parseBallot } from '../../shared/meeting/vote'
import { CloseCode } from '../../shared/protocol'
import { getYRecords, type PlainRecord, readAllRecords, readRecord, writeRecord } from '../../shared/ydocLayout'
import type { RunningServer } from '../createServer'
import { clusterHarness } from './clusterHarness'
import { postgresAvailable, redisServerAvailable } from './services'
import { bearer, boardToken, connectClient, createBoard, createLink, whenDoc, whenSynced } from './testServer'

const available = (await postgresAvailable()) && redisServerAvailable()

/** Resolves with the code of the provider's next connection close. */
function nextClose(provider: WebsocketProvider): Promise<number> {
	return new Promise((resolve) => {
		const onClose = (event: CloseEvent | null) => {
			provider.off('connection-close', onClose)
			resolve(event?.code ?? 0)
		}
		provider.on('connection-close', onClose)
	})
}

/** The board as stored in the shared database. */
async function storedDoc(server: RunningServer, boardId: string): Promise<Y.Doc> {
	const doc = new Y.Doc()
	const loaded = await server.storage.loadDoc(boardId)
	if (loaded.snapshot) Y.applyUpdate(doc, loaded.snapshot)
	for (const u of loaded.updates) Y.applyUpdate(doc, u)
	return doc
}

describe.skipIf(!available)('meeting and role rules with the facilitator and participants on different nodes', () => {
	const cluster = clusterHarness()
	const { cleanups } = cluster
	let nodes: RunningServer[] = []
	afterEach(() => {
		nodes = []
	})

	async function threeNodes(): Promise<RunningServer[]> {
		for (let i = 0; i < 3; i++) {
			nodes.push(await cluster.node())
		}
		return nodes
	}

	function client(server: RunningServer, boardId: string, token: string) {
		const doc = new Y.Doc()
		const provider = connectClient(server.port, boardId, doc, token)
		cleanups.push(() => provider.destroy())
		return { doc, provider }
	}

	it('a participant and an editor on node C may not write what their role forbids while the facilitator is on node A', async () => {
		const [a, b, c] = await threeNodes()
		const boardId = await createBoard(a.url)
		const participantLink = await createLink(a.url, boardId, { role: 'participant' })
		const editorLink = await createLink(a.url, boardId, { role: 'editor' })
		const viewerLink = await createLink(a.url, boardId, { role: 'viewer' })
		const host = client(a, boardId, boardToken(boardId))
		const participant = client(c, boardId, participantLink.token)
		const editor = client(c, boardId, editorLink.token)
		const viewer = client(b, boardId, viewerLink.token)
		await Promise.all([host, participant, editor, viewer].map((p) => whenSynced(p.provider)))

		// The facilitator's meeting change and a locked shape reach everyone, through every node.
		const pageId = readAllRecords(host.doc).find((r) => r.typeName === 'page')?.id
		if (!pageId) throw new Error('no page')
		const locked: PlainRecord = {
			id: 'shape:agenda',
			typeName: 'shape',
			type: 'frame',
			parentId: pageId,
			index: 'a1',
			x: 0,
			y: 0,
			rotation: 0,
			isLocked: true,
			props: { w: 800, h: 600, name: '议程' },
			meta: {},
		}
		host.doc.transact(() => {
			getYMeeting(host.doc).set(MEETING_TIMER_KEY, { status: 'running', durationMs: 300_000, endsAt: 1 })
			writeRecord(getYRecords(host.doc), locked)
		})
		for (const p of [participant, editor, viewer]) {
			await whenDoc(p.doc, () => getYMeeting(p.doc).has(MEETING_TIMER_KEY) && getYRecords(p.doc).has('shape:agenda'))
		}

		// A participant (参会) and a viewer write no card at all: their updates are dropped unread on their node.
		participant.doc.getMap('records').set('participant-card', 'x')
		getYMeeting(participant.doc).set(MEETING_TIMER_KEY, { status: 'idle', durationMs: 0 })
		viewer.doc.getMap('records').set('viewer-card', 'x')

		// An editor writes cards, but not the meeting map, nor the facilitator's locked shape.
		editor.doc.getMap('records').set('editor-card', 'ok')
		await whenDoc(host.doc, () => host.doc.getMap('records').get('editor-card') === 'ok')
		const meetingClosed = nextClose(editor.provider)
		getYMeeting(editor.doc).set(MEETING_TIMER_KEY, { status: 'idle', durationMs: 0 })
		expect(await meetingClosed).toBe(CloseCode.writeRefused)
		const editorAgain = client(c, boardId, editorLink.token)
		await whenSynced(editorAgain.provider)
		await whenDoc(editorAgain.doc, () => getYRecords(editorAgain.doc).has('shape:agenda'))
		const lockClosed = nextClose(editorAgain.provider)
		editorAgain.provider.shouldConnect = false
		editorAgain.doc.transact(() =>
			writeRecord(getYRecords(editorAgain.doc), { ...locked, x: 500, props: { w: 800, h: 600, name: '改了' } }),
		)
		expect(await lockClosed).toBe(CloseCode.writeRefused)

		// A later edit from the facilitator arrives everywhere; none of the refused or dropped writes does.
		host.doc.getMap('records').set('probe', 1)
		const late = client(b, boardId, editorLink.token)
		await whenSynced(late.provider)
		await whenDoc(late.doc, () => late.doc.getMap('records').has('probe'))
		await whenDoc(participant.doc, () => participant.doc.getMap('records').has('probe'))
		expect(participant.provider.wsconnected).toBe(true)
		for (const doc of [late.doc, host.doc, await storedDoc(c, boardId)]) {
			expect(doc.getMap('records').has('participant-card')).toBe(false)
			expect(doc.getMap('records').has('viewer-card')).toBe(false)
			expect(getYMeeting(doc).get(MEETING_TIMER_KEY)).toEqual({ status: 'running', durationMs: 300_000, endsAt: 1 })
			expect(readRecord(getYRecords(doc).get('shape:agenda'))?.x).toBe(0)
		}
	})

	it('a vote opened by the facilitator on node A takes ballots on node C, and refuses them there once closed on A', async () => {
		const [a, , c] = await threeNodes()
		const boardId = await createBoard(a.url)
		const participantLink = await createLink(a.url, boardId, { role: 'participant' })
		const viewerLink = await createLink(a.url, boardId, { role: 'viewer' })
		const host = client(a, boardId, boardToken(boardId))
		await whenSynced(host.provider)
		const session = createVoteSession({
			id: 'vote-x',
			dotsPerVoter: 1,
			anonymous: false,
			frameId: null,
			now: Date.now(),
		})
		getYMeeting(host.doc).set(MEETING_VOTE_KEY, session)
		const roomC = await c.rooms.acquire(boardId)
		cleanups.push(() => c.rooms.release(roomC))
		const voteOnC = () => getYMeeting(roomC.doc).get(MEETING_VOTE_KEY) as VoteSession | undefined
		await whenDoc(roomC.doc, () => voteOnC()?.status === 'open', 10_000)
		const ballot = (token: string, n: number) =>
			fetch(`${c.url}/api/boards/${boardId}/votes/vote-x/ballot`, {
				method: 'PUT',
				headers: bearer(token, { 'content-type': 'application/json' }),
				body: JSON.stringify({ dots: [], participant: `participant-${String(n).padStart(8, '0')}-secret`, name: '张' }),
			})
		const accepted = await ballot(participantLink.token, 1)
		expect(accepted.status).toBe(200)
		await accepted.arrayBuffer()
		// The ballot written on node C reaches the facilitator on node A.
		await whenDoc(host.doc, () => [...getYBallots(host.doc).values()].some((v) => parseBallot(v)?.voteId === 'vote-x'))
		// A viewer may not vote, on any node.
		const refused = await ballot(viewerLink.token, 2)
		expect(refused.status).toBe(403)
		await refused.arrayBuffer()
		// The facilitator closes the vote on node A: node C refuses ballots once it has the change.
		const closed = closeVoteSession(session, Date.now())
		getYMeeting(host.doc).set(MEETING_VOTE_KEY, closed)
		await whenDoc(roomC.doc, () => voteOnC()?.status !== 'open', 10_000)
		const late = await ballot(participantLink.token, 3)
		expect(late.status).toBe(409)
		expect(((await late.json()) as { error: { code: string } }).error.code).toBe('vote_closed')
	})
})
