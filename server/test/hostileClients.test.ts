import { afterEach, describe, expect, it } from 'vitest'
import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { getYMeeting, MEETING_FOLLOW_KEY, MEETING_VOTE_KEY } from '../../shared/meeting/meetingLayout'
import { CLIENT_ID_TAKEN_REASON, CloseCode } from '../../shared/protocol'
import { getYMeta, getYRecords } from '../../shared/ydocLayout'
import type { RunningServer, ServerOptions } from '../createServer'
import { awarenessFrame, deleteOnlyUpdate, participantClient, RawSyncClient } from './rawSyncClient'
import { createBoardWithToken, createLink, startTestServer, until, whenDoc, whenSynced } from './testServer'

/**
 * A participant with an editor or viewer link trying to erase, forge or slow down everyone
 * else's work over the sync socket (issue 10). Each attack ends refused or bounded, and
 * the honest participants' work is untouched.
 */

const cleanups: (() => unknown)[] = []
afterEach(async () => {
	for (const c of cleanups.splice(0).reverse()) await c()
})

async function setup(opts: Partial<ServerOptions> = {}) {
	const server = await startTestServer(opts)
	cleanups.push(() => server.close())
	const { id, token: facilitator } = await createBoardWithToken(server.url, '议事会')
	const editor = (await createLink(server.url, id, { role: 'editor' })).token
	const viewer = (await createLink(server.url, id, { role: 'viewer' })).token
	return { server, id, facilitator, editor, viewer }
}

function person(server: RunningServer, id: string, token: string, participant: string, doc = new Y.Doc()) {
	const provider = participantClient(server.port, id, token, participant, doc)
	cleanups.push(() => provider.destroy())
	return { doc, provider }
}

async function raw(server: RunningServer, id: string, token: string, participant?: string) {
	const client = await RawSyncClient.open(server.port, id, token, participant)
	cleanups.push(() => client.close())
	return client
}

/** The board as stored: snapshot and log replayed into a fresh doc. */
async function storedDoc(server: RunningServer, id: string): Promise<Y.Doc> {
	const stored = await server.storage.loadDoc(id)
	const doc = new Y.Doc()
	if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot)
	for (const u of stored.updates) Y.applyUpdate(doc, u)
	return doc
}

function nextClose(provider: WebsocketProvider): Promise<{ code: number; reason: string }> {
	return new Promise((resolve) => {
		const on = (event: CloseEvent | null) => {
			provider.off('connection-close', on)
			resolve({ code: event?.code ?? 0, reason: event?.reason ?? '' })
		}
		provider.on('connection-close', on)
	})
}

describe('deletions of changes that do not exist yet', () => {
	it('refuses a delete set covering the facilitator’s future clocks (4400); the later vote reaches everyone', async () => {
		const { server, id, facilitator, editor } = await setup()
		const host = person(server, id, facilitator, 'host-participant-0001')
		const member = person(server, id, editor, 'member-participant-0002')
		await Promise.all([whenSynced(host.provider), whenSynced(member.provider)])

		const attacker = await raw(server, id, editor, 'attacker-participant-0003')
		const next = Y.getState(host.doc.store, host.doc.clientID)
		attacker.sendUpdate(deleteOnlyUpdate([{ client: host.doc.clientID, clock: next, len: 100_000 }]))
		expect((await attacker.closed).code).toBe(CloseCode.protocolError)

		const vote = {
			id: 'v1',
			status: 'open',
			dotsPerVoter: 3,
			anonymous: false,
			frameId: null,
			startedAt: 1,
			endedAt: null,
		}
		getYMeeting(host.doc).set(MEETING_VOTE_KEY, vote)
		host.doc.getMap('records').set('card after attack', 1)
		await whenDoc(member.doc, () => member.doc.getMap('records').has('card after attack'))
		expect(getYMeeting(member.doc).get(MEETING_VOTE_KEY)).toEqual(vote)
		const room = server.rooms.peek(id)
		expect(room?.doc.store.pendingDs).toBeNull()
		expect(room?.doc.store.pendingStructs).toBeNull()
		expect(getYMeeting(await storedDoc(server, id)).get(MEETING_VOTE_KEY)).toEqual(vote)
	})

	it('cleans a stored pending delete set when the room loads, so later changes under those clocks survive', async () => {
		const { server, id, facilitator } = await setup()
		const victimId = 123_456_789
		// Data written before such frames were refused: a log entry deleting the victim's next clocks.
		await server.storage.appendUpdates(id, [deleteOnlyUpdate([{ client: victimId, clock: 0, len: 1000 }])])
		const doc = new Y.Doc()
		doc.clientID = victimId
		const host = person(server, id, facilitator, 'host-participant-0001', doc)
		await whenSynced(host.provider)
		expect(server.rooms.peek(id)?.doc.store.pendingDs).toBeNull()
		doc.getMap('records').set('kept', '需求')
		const watcher = person(server, id, facilitator, 'watcher-participant-0002')
		await whenSynced(watcher.provider)
		await whenDoc(watcher.doc, () => watcher.doc.getMap('records').get('kept') === '需求')
	})

	it('keeps edit latency normal after a 1.2 MB frame of 200,000 unknown deletion ranges', async () => {
		const { server, id, facilitator, editor } = await setup()
		const a = person(server, id, facilitator, 'writer-participant-0001')
		const b = person(server, id, editor, 'reader-participant-0002')
		await Promise.all([whenSynced(a.provider), whenSynced(b.provider)])
		const roundTrips = async (n: number): Promise<number> => {
			const times: number[] = []
			for (let i = 0; i < n; i++) {
				const started = performance.now()
				a.doc.getMap('records').set('probe', `${n}-${i}`)
				await whenDoc(b.doc, () => b.doc.getMap('records').get('probe') === `${n}-${i}`)
				times.push(performance.now() - started)
			}
			return times.sort((x, y) => x - y)[Math.floor(n / 2)]
		}
		const before = await roundTrips(15)
		const attacker = await raw(server, id, editor, 'attacker-participant-0003')
		const ranges = Array.from({ length: 200_000 }, (_, i) => ({
			client: 2 ** 31 + (i % 50),
			clock: 2 ** 28 + i * 5000,
			len: 1,
		}))
		const frame = deleteOnlyUpdate(ranges)
		expect(frame.byteLength).toBeGreaterThan(1_100_000)
		attacker.sendUpdate(frame)
		expect((await attacker.closed).code).toBe(CloseCode.protocolError)
		const after = await roundTrips(15)
		// Median round trip stays at its normal level (it was 250–550 ms with the frame applied).
		expect(after).toBeLessThan(Math.max(before * 5, 60))
	})
})

describe('honest clients are never refused', () => {
	it('accepts a reloading editor re-sending its whole copy during a meeting (follow request, timer)', async () => {
		const { server, id, facilitator, editor } = await setup()
		const host = person(server, id, facilitator, 'host-participant-0001')
		await whenSynced(host.provider)
		getYMeeting(host.doc).set(MEETING_FOLLOW_KEY, { id: 'f1', userId: 'user:host', name: '主持', since: 1 })
		const member = person(server, id, editor, 'member-participant-0002')
		await whenSynced(member.provider)
		await whenDoc(member.doc, () => getYMeeting(member.doc).has(MEETING_FOLLOW_KEY))
		member.doc.getMap('records').set('mine', 1)
		await whenDoc(host.doc, () => host.doc.getMap('records').has('mine'))
		const copy = Y.encodeStateAsUpdate(member.doc)
		member.provider.destroy()

		// The reloaded page: the device's copy, sent whole (as the app's local copy does on reload).
		const reloaded = await raw(server, id, editor, 'member-participant-0002')
		reloaded.sendUpdate(copy)
		await reloaded.settle()
		expect(reloaded.open).toBe(true)
		const again = person(server, id, editor, 'member-participant-0002')
		await whenSynced(again.provider)
		again.doc.getMap('records').set('after reload', 1)
		await whenDoc(host.doc, () => host.doc.getMap('records').has('after reload'))
	})
})

describe('client ids belong to the participant who first wrote them', () => {
	it('refuses new changes under another participant’s client id (4403); the owner reconnects and keeps writing', async () => {
		const { server, id, facilitator, editor } = await setup()
		const host = person(server, id, facilitator, 'host-participant-0001')
		const victimDoc = new Y.Doc()
		const victim = person(server, id, editor, 'victim-participant-0002', victimDoc)
		await Promise.all([whenSynced(host.provider), whenSynced(victim.provider)])
		victimDoc.getMap('records').set('first', 1)
		await whenDoc(host.doc, () => host.doc.getMap('records').has('first'))
		victim.provider.disconnect()
		victimDoc.getMap('records').set('offline edit', '保留')

		// The attacker writes the victim's next clock with its own content.
		const forged = new Y.Doc()
		Y.applyUpdate(forged, Y.encodeStateAsUpdate(host.doc))
		// Set after applying: Yjs gives a doc a new id when remote changes arrive under its own.
		forged.clientID = victimDoc.clientID
		const before = Y.encodeStateVector(forged)
		forged.getMap('records').set('forged', '伪造')
		const attacker = await raw(server, id, editor, 'attacker-participant-0003')
		attacker.sendUpdate(Y.encodeStateAsUpdate(forged, before))
		const closed = await attacker.closed
		expect(closed.code).toBe(CloseCode.forbidden)
		expect(closed.reason.startsWith(CLIENT_ID_TAKEN_REASON)).toBe(true)

		victim.provider.connect()
		await whenDoc(host.doc, () => host.doc.getMap('records').get('offline edit') === '保留')
		expect(host.doc.getMap('records').has('forged')).toBe(false)
		expect(getYRecords(await storedDoc(server, id)).get('offline edit' as never)).toBe('保留')
	})
})

describe('presence belongs to its connection', () => {
	it('refuses an overwrite of the facilitator’s presence (4403) and ignores its removal', async () => {
		const { server, id, facilitator, editor } = await setup()
		const host = person(server, id, facilitator, 'host-participant-0001')
		const watcher = person(server, id, editor, 'watcher-participant-0002')
		await Promise.all([whenSynced(host.provider), whenSynced(watcher.provider)])
		host.provider.awareness.setLocalStateField('presence', { userName: '主持', meta: { role: 'facilitator' } })
		const hostId = host.doc.clientID
		await until(() => watcher.provider.awareness.getStates().has(hostId))
		const clock = server.rooms.peek(id)?.awareness.meta.get(hostId)?.clock ?? 0

		const remover = await raw(server, id, editor, 'attacker-participant-0003')
		remover.send(awarenessFrame([{ clientId: hostId, clock: clock + 1, json: 'null' }]))
		await remover.settle()
		expect(remover.open).toBe(true)
		expect(server.rooms.peek(id)?.awareness.getStates().has(hostId)).toBe(true)

		const forger = await raw(server, id, editor, 'attacker-participant-0004')
		const fake = JSON.stringify({ presence: { userName: '主持', message: '会议取消', meta: { role: 'editor' } } })
		forger.send(awarenessFrame([{ clientId: hostId, clock: clock + 5, json: fake }]))
		expect((await forger.closed).code).toBe(CloseCode.forbidden)
		const seen = watcher.provider.awareness.getStates().get(hostId) as { presence?: { userName?: string } }
		expect(seen.presence?.userName).toBe('主持')
		expect(JSON.stringify(server.rooms.peek(id)?.awareness.getStates().get(hostId))).not.toContain('会议取消')
	})

	it('bounds ghost participants: a viewer publishing thousands of presence ids is closed (4413)', async () => {
		const { server, id, viewer } = await setup()
		const ghost = await raw(server, id, viewer, 'ghost-participant-0001')
		const entries = Array.from({ length: 3072 }, (_, i) => ({
			clientId: 10_000 + i,
			clock: 1,
			json: JSON.stringify({ presence: { userName: `ghost ${i}` } }),
		}))
		for (let i = 0; i < entries.length && ghost.open; i += 64) ghost.send(awarenessFrame(entries.slice(i, i + 64)))
		expect((await ghost.closed).code).toBe(CloseCode.quotaExceeded)
		expect(server.rooms.peek(id)?.awareness.getStates().size ?? 0).toBe(0)
	})
})

describe('locks and board metadata', () => {
	it('refuses an editor unlocking a locked frame or rewriting the schema (4422); the facilitator may unlock', async () => {
		const { server, id, facilitator, editor } = await setup()
		const host = person(server, id, facilitator, 'host-participant-0001')
		await whenSynced(host.provider)
		const frame = new Y.Map<unknown>()
		host.doc.transact(() => {
			getYRecords(host.doc).set('shape:frame1', frame as never)
			frame.set('id', 'shape:frame1')
			frame.set('isLocked', true)
		})
		const card = new Y.Map<unknown>()
		host.doc.transact(() => {
			getYRecords(host.doc).set('shape:card1', card as never)
			card.set('id', 'shape:card1')
			card.set('isLocked', false)
		})
		const member = person(server, id, editor, 'member-participant-0002')
		await whenSynced(member.provider)
		await whenDoc(member.doc, () => getYRecords(member.doc).has('shape:frame1'))

		// Deleting an unlocked card (its isLocked field goes with it) is an editor's right.
		getYRecords(member.doc).delete('shape:card1')
		await until(() => getYRecords(server.rooms.peek(id)?.doc as Y.Doc).has('shape:card1') === false)
		expect(member.provider.wsconnected).toBe(true)

		const unlocked = nextClose(member.provider)
		member.provider.shouldConnect = false
		;(getYRecords(member.doc).get('shape:frame1') as unknown as Y.Map<unknown>).set('isLocked', false)
		expect((await unlocked).code).toBe(CloseCode.writeRefused)

		const schemaWriter = person(server, id, editor, 'member-participant-0003')
		await whenSynced(schemaWriter.provider)
		const rewritten = nextClose(schemaWriter.provider)
		schemaWriter.provider.shouldConnect = false
		getYMeta(schemaWriter.doc).set('schema', { schemaVersion: 1, storeVersion: 0, recordVersions: {} })
		expect((await rewritten).code).toBe(CloseCode.writeRefused)

		const roomFrame = getYRecords(server.rooms.peek(id)?.doc as Y.Doc).get('shape:frame1') as unknown as Y.Map<unknown>
		expect(roomFrame.get('isLocked')).toBe(true)
		;(getYRecords(host.doc).get('shape:frame1') as unknown as Y.Map<unknown>).set('isLocked', false)
		await until(() => roomFrame.get('isLocked') === false)
	})
})

describe('quotas', () => {
	it('refuses an update that would grow the board past its size quota (4413); the board is unchanged', async () => {
		const { server, id, editor } = await setup({ roomLimits: { maxDocBytes: 256 * 1024 } })
		const member = person(server, id, editor, 'member-participant-0001')
		await whenSynced(member.provider)
		member.doc.getMap('records').set('small', 'x'.repeat(10_000))
		await until(() => server.rooms.peek(id)?.doc.getMap('records').has('small') === true)
		const closed = nextClose(member.provider)
		member.provider.shouldConnect = false
		member.doc.getMap('records').set('huge', 'x'.repeat(400_000))
		expect((await closed).code).toBe(CloseCode.quotaExceeded)
		expect(server.rooms.peek(id)?.doc.getMap('records').has('huge')).toBe(false)
		expect((await storedDoc(server, id)).getMap('records').has('huge')).toBe(false)
	})

	it('closes a connection sending faster than its byte rate (4429) before the board balloons', async () => {
		const { server, id, editor } = await setup({
			roomLimits: { connectionBytesPerSecond: 64 * 1024, connectionBurstBytes: 512 * 1024 },
		})
		const doc = new Y.Doc()
		const flooder = await raw(server, id, editor, 'flood-participant-0001')
		let sent = 0
		for (let i = 0; i < 100 && flooder.open; i++) {
			const before = Y.encodeStateVector(doc)
			doc.getMap('records').set(`blob${i}`, 'x'.repeat(100_000))
			flooder.sendUpdate(Y.encodeStateAsUpdate(doc, before))
			sent += 100_000
			await flooder.settle()
		}
		expect((await flooder.closed).code).toBe(CloseCode.rateLimited)
		expect(sent).toBeLessThan(2_000_000)
		// Reconnecting with the same link does not refill the bucket.
		const again = await raw(server, id, editor, 'flood-participant-0001')
		const fresh = new Y.Doc()
		fresh.getMap('records').set('blob again', 'x'.repeat(300_000))
		again.sendUpdate(Y.encodeStateAsUpdate(fresh))
		expect((await again.closed).code).toBe(CloseCode.rateLimited)
		const stored = await server.storage.loadDoc(id)
		const size = (stored.snapshot?.byteLength ?? 0) + stored.updates.reduce((n, u) => n + u.byteLength, 0)
		expect(size).toBeLessThan(700_000)
	})

	it('lets a whole meeting reload on one link: re-sent copies do not use up the link’s byte rate', async () => {
		const { server, id, facilitator, editor } = await setup({
			roomLimits: { connectionBytesPerSecond: 64 * 1024, connectionBurstBytes: 256 * 1024 },
		})
		const host = person(server, id, facilitator, 'host-participant-0001')
		await whenSynced(host.provider)
		host.doc.getMap('records').set('big', 'x'.repeat(200_000))
		await until(() => server.rooms.peek(id)?.doc.getMap('records').has('big') === true)
		const copy = Y.encodeStateAsUpdate(host.doc)
		// Ten phones on the same editor link reload and send their whole local copy (200 KB each).
		for (let i = 0; i < 10; i++) {
			const phone = await raw(server, id, editor, `phone-participant-${String(i).padStart(4, '0')}`)
			phone.sendUpdate(copy)
			await phone.settle()
			expect(phone.open).toBe(true)
		}
		// The link can still write.
		const writer = person(server, id, editor, 'phone-participant-0099')
		await whenSynced(writer.provider)
		writer.doc.getMap('records').set('after reloads', 1)
		await until(() => server.rooms.peek(id)?.doc.getMap('records').has('after reloads') === true)
	})
})

describe('storage that fails', () => {
	it('keeps a batch storage refused, turns the board read-only (4507, sync-state 503) and stores it once storage recovers', async () => {
		const { server, id, facilitator, editor } = await setup()
		const host = person(server, id, facilitator, 'host-participant-0001')
		const member = person(server, id, editor, 'member-participant-0002')
		await Promise.all([whenSynced(host.provider), whenSynced(member.provider)])
		const storage = server.storage
		const append = storage.appendUpdates.bind(storage)
		let full = true
		storage.appendUpdates = ((...args: Parameters<typeof append>) => {
			if (full) throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' })
			return append(...args)
		}) as typeof storage.appendUpdates

		const hostClosed = nextClose(host.provider)
		const memberClosed = nextClose(member.provider)
		member.doc.getMap('records').set('during disk full', '待保存')
		expect((await hostClosed).code).toBe(CloseCode.storageUnavailable)
		expect((await memberClosed).code).toBe(CloseCode.storageUnavailable)
		const state = await fetch(`${server.url}/api/boards/${id}/sync-state`, {
			headers: { authorization: `Bearer ${facilitator}` },
		})
		expect(state.status).toBe(503)
		expect(((await state.json()) as { error: { code: string } }).error.code).toBe('storage_unavailable')
		expect((await storedDoc(server, id)).getMap('records').has('during disk full')).toBe(false)
		// Nobody saw the unstored change: the host's copy does not have it.
		expect(host.doc.getMap('records').has('during disk full')).toBe(false)

		full = false
		await whenDoc(host.doc, () => host.doc.getMap('records').get('during disk full') === '待保存', 15_000)
		expect((await storedDoc(server, id)).getMap('records').get('during disk full')).toBe('待保存')
		const ok = await fetch(`${server.url}/api/boards/${id}/sync-state`, {
			headers: { authorization: `Bearer ${facilitator}` },
		})
		expect(ok.status).toBe(200)
	}, 30_000)
})
