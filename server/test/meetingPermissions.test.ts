import { afterEach, describe, expect, it } from 'vitest'
import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { ballotKey, getYBallots, getYMeeting, MEETING_TIMER_KEY } from '../../shared/meeting/meetingLayout'
import { CloseCode } from '../../shared/protocol'
import type { RunningServer } from '../createServer'
import {
	connectClient,
	createBoardWithToken,
	createLink,
	startTestServer,
	until,
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

async function setup() {
	const server = await startTestServer()
	cleanups.push(() => server.close())
	const { id, token: facilitatorToken } = await createBoardWithToken(server.url, '议事会')
	const editorToken = (await createLink(server.url, id, { role: 'editor' })).token
	return { server, id, facilitatorToken, editorToken }
}

describe('meeting state is the facilitator’s', () => {
	it('relays and stores a facilitator’s meeting change to everyone, late joiners included', async () => {
		const { server, id, facilitatorToken, editorToken } = await setup()
		const host = client(server, id, facilitatorToken)
		const member = client(server, id, editorToken)
		await Promise.all([whenSynced(host.provider), whenSynced(member.provider)])
		getYMeeting(host.doc).set(MEETING_TIMER_KEY, { status: 'running', durationMs: 300_000, endsAt: 1 })
		await whenDoc(member.doc, () => getYMeeting(member.doc).has(MEETING_TIMER_KEY))
		const late = client(server, id, editorToken)
		await whenSynced(late.provider)
		expect(getYMeeting(late.doc).get(MEETING_TIMER_KEY)).toEqual({ status: 'running', durationMs: 300_000, endsAt: 1 })
	})

	it('closes an editor’s socket with 4422 (write refused) when it writes the meeting map, and nobody sees the write', async () => {
		const { server, id, facilitatorToken, editorToken } = await setup()
		const host = client(server, id, facilitatorToken)
		const intruder = client(server, id, editorToken)
		await Promise.all([whenSynced(host.provider), whenSynced(intruder.provider)])
		const closed = nextClose(intruder.provider)
		intruder.provider.shouldConnect = false
		getYMeeting(intruder.doc).set('follow', { id: 'x', userId: 'user:intruder', name: '冒充', since: 0 })
		expect(await closed).toBe(CloseCode.writeRefused)

		// A later, honest edit from the host arrives; the forged follow request never does.
		host.doc.getMap('records').set('probe', 1)
		const watcher = client(server, id, editorToken)
		await whenSynced(watcher.provider)
		await whenDoc(watcher.doc, () => watcher.doc.getMap('records').has('probe'))
		expect(getYMeeting(watcher.doc).has('follow')).toBe(false)
		expect(getYMeeting(host.doc).has('follow')).toBe(false)
		const stored = new Y.Doc()
		const loaded = await server.storage.loadDoc(id)
		if (loaded.snapshot) Y.applyUpdate(stored, loaded.snapshot)
		for (const u of loaded.updates) Y.applyUpdate(stored, u)
		expect(getYMeeting(stored).has('follow')).toBe(false)
	})

	it('lets an editor write card records, but not the ballots map (the server writes ballots: ballots.test.ts)', async () => {
		const { server, id, facilitatorToken, editorToken } = await setup()
		const host = client(server, id, facilitatorToken)
		const voter = client(server, id, editorToken)
		await Promise.all([whenSynced(host.provider), whenSynced(voter.provider)])
		voter.doc.getMap('records').set('probe', 2)
		await whenDoc(host.doc, () => host.doc.getMap('records').has('probe'))
		expect(voter.provider.wsconnected).toBe(true)
		const closed = nextClose(voter.provider)
		voter.provider.shouldConnect = false
		const key = ballotKey('vote1', 'user:li')
		getYBallots(voter.doc).set(key, { voteId: 'vote1', voterId: 'user:li', name: '李', dots: ['shape:a'] })
		expect(await closed).toBe(CloseCode.writeRefused)
		expect(getYBallots(host.doc).has(key)).toBe(false)
	})

	it('accepts an editor reconnecting after the facilitator replaced meeting values (its sync carries their deletions)', async () => {
		const { server, id, facilitatorToken, editorToken } = await setup()
		const host = client(server, id, facilitatorToken)
		const member = client(server, id, editorToken)
		await Promise.all([whenSynced(host.provider), whenSynced(member.provider)])
		for (let i = 0; i < 5; i++) getYMeeting(host.doc).set(MEETING_TIMER_KEY, { status: 'idle', durationMs: i * 60_000 })
		getYMeeting(host.doc).delete(MEETING_TIMER_KEY)
		host.doc.getMap('records').set('done', true)
		await whenDoc(member.doc, () => member.doc.getMap('records').has('done'))

		// Offline, the editor edits a card; on reconnect its sync step 2 carries its whole
		// delete set — including the facilitator's replaced meeting values.
		member.provider.disconnect()
		member.doc.getMap('records').set('offline edit', 'kept')
		let refused = 0
		member.provider.on('connection-close', (e: CloseEvent | null) => {
			if (e?.code === CloseCode.forbidden || e?.code === CloseCode.writeRefused) refused++
		})
		member.provider.connect()
		await whenSynced(member.provider)
		await whenDoc(host.doc, () => host.doc.getMap('records').get('offline edit') === 'kept')
		expect(refused).toBe(0)
	})
})

describe('roles in presence', () => {
	it('closes the socket of an editor presenting itself as the facilitator (4422); its own role, and echoes of the facilitator’s, are fine', async () => {
		const { server, id, facilitatorToken, editorToken } = await setup()
		const host = client(server, id, facilitatorToken)
		const honest = client(server, id, editorToken)
		const impostor = client(server, id, editorToken)
		await Promise.all([whenSynced(host.provider), whenSynced(honest.provider), whenSynced(impostor.provider)])
		honest.provider.awareness.setLocalStateField('presence', { userName: '王', meta: { role: 'editor' } })
		host.provider.awareness.setLocalStateField('presence', { userName: '李', meta: { role: 'facilitator' } })
		const closed = nextClose(impostor.provider)
		impostor.provider.shouldConnect = false
		impostor.provider.awareness.setLocalStateField('presence', { userName: '冒充', meta: { role: 'facilitator' } })
		expect(await closed).toBe(CloseCode.writeRefused)
		const roleSeenBy = (provider: WebsocketProvider, clientId: number) =>
			(provider.awareness.getStates().get(clientId) as { presence?: { meta?: { role?: string } } } | undefined)
				?.presence?.meta?.role
		await until(() => roleSeenBy(host.provider, honest.doc.clientID) === 'editor')
		expect(roleSeenBy(honest.provider, host.doc.clientID)).toBe('facilitator')
		expect(honest.provider.wsconnected).toBe(true)
		expect(roleSeenBy(host.provider, impostor.doc.clientID)).not.toBe('facilitator')
	})
})
