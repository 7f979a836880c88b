import { describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import * as Y from 'yjs'
import type { BallotResult } from '../../shared/apiTypes'
import { getYMeeting, MEETING_VOTE_KEY, type VoteSession } from '../../shared/meeting/meetingLayout'
import { createVoteSession } from '../../shared/meeting/vote'
import { CloseCode } from '../../shared/protocol'
import { rotateAdminTokenCommand } from '../admin/rotateAdminTokenCommand'
import { loadOrCreateAdminToken } from '../auth/adminToken'
import type { RunningServer, ServerOptions } from '../createServer'
import { type ChildServer, startChildServer } from './childServer'
import { clusterHarness } from './clusterHarness'
import { RawSyncClient } from './rawSyncClient'
import { postgresAvailable, redisServerAvailable } from './services'
import {
	bearer,
	boardToken,
	connectClient,
	createBoard,
	createLink,
	syncUrl,
	tempDataDir,
	whenDoc,
	whenSynced,
} from './testServer'

const available = (await postgresAvailable()) && redisServerAvailable()

/** How a raw socket ended up: accepted (the server sent its first frame) or closed with a code. */
function outcome(ws: WebSocket): Promise<'open' | number> {
	return new Promise((resolve) => {
		ws.once('message', () => resolve('open'))
		ws.once('close', (code) => resolve(code))
	})
}

describe.skipIf(!available)('limits shared by the nodes of a cluster', () => {
	const cluster = clusterHarness()
	const { cleanups } = cluster

	const node = (opts: Partial<ServerOptions> = {}) => cluster.node(opts)

	function socket(server: { port: number }, boardId: string, token: string): WebSocket {
		const ws = new WebSocket(syncUrl(server.port, boardId, token))
		ws.on('error', () => {})
		cleanups.push(() => ws.terminate())
		return ws
	}

	it('a link’s and a room’s open sockets are counted over all nodes (4430, 4409)', async () => {
		const limits = { maxConnectionsPerLink: 2, maxConnectionsPerRoom: 3 }
		const [a, b] = [await node({ limits }), await node({ limits })]
		const boardId = await createBoard(a.url)
		const shared = await createLink(a.url, boardId, { role: 'editor' })
		const other = await createLink(a.url, boardId, { role: 'editor' })
		expect(await outcome(socket(a, boardId, shared.token))).toBe('open')
		expect(await outcome(socket(b, boardId, shared.token))).toBe('open')
		// Each node holds one socket of the link: only the count of both refuses the third.
		expect(await outcome(socket(a, boardId, shared.token))).toBe(CloseCode.linkFull)
		expect(await outcome(socket(b, boardId, shared.token))).toBe(CloseCode.linkFull)
		expect(await outcome(socket(b, boardId, other.token))).toBe('open')
		expect(await outcome(socket(a, boardId, other.token))).toBe(CloseCode.roomFull)
	})

	it('closing a socket on one node frees its slot on the others', async () => {
		const limits = { maxConnectionsPerLink: 1 }
		const [a, b] = [await node({ limits }), await node({ limits })]
		const boardId = await createBoard(a.url)
		const link = await createLink(a.url, boardId, { role: 'editor' })
		const first = socket(a, boardId, link.token)
		expect(await outcome(first)).toBe('open')
		expect(await outcome(socket(b, boardId, link.token))).toBe(CloseCode.linkFull)
		const released = new Promise((resolve) => first.once('close', resolve))
		first.close()
		await released
		// The release reaches Redis right after the close; a retry covers the round trip.
		let result: 'open' | number = CloseCode.linkFull
		for (let i = 0; i < 20 && result === CloseCode.linkFull; i++) result = await outcome(socket(b, boardId, link.token))
		expect(result).toBe('open')
	})

	it('a link’s connect rate is counted over all nodes', async () => {
		const limits = { linkConnectsPerWindow: 3, wsWindowMs: 60_000 }
		const [a, b] = [await node({ limits }), await node({ limits })]
		const boardId = await createBoard(a.url)
		const link = await createLink(a.url, boardId, { role: 'editor' })
		const results: ('open' | number)[] = []
		for (const s of [a, b, a, b]) results.push(await outcome(socket(s, boardId, link.token)))
		expect(results).toEqual(['open', 'open', 'open', CloseCode.rateLimited])
	})

	it('an address’s socket connects are counted over all nodes, not per node (4429)', async () => {
		const limits = { wsConnectsPerWindow: 4, wsWindowMs: 60_000, linkConnectsPerWindow: 100 }
		const [a, b] = [await node({ limits }), await node({ limits })]
		const boardId = await createBoard(a.url)
		const link = await createLink(a.url, boardId, { role: 'editor' })
		const results: ('open' | number)[] = []
		// Each node alone would admit 4; together they admit 4.
		for (const s of [a, b, a, b, a, b]) results.push(await outcome(socket(s, boardId, link.token)))
		expect(results).toEqual(['open', 'open', 'open', 'open', CloseCode.rateLimited, CloseCode.rateLimited])
	})

	it('an address’s REST requests are counted over all nodes, not per node (429)', async () => {
		const limits = { restPerMinute: 6 }
		const [a, b] = [await node({ limits }), await node({ limits })]
		const statuses: number[] = []
		for (const s of [a, b, a, b, a, b, a, b]) statuses.push((await fetch(`${s.url}/api/config`)).status)
		// Each node has seen 3 requests when the 7th arrives: only the count over both refuses it.
		expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429, 429])
		const refused = await fetch(`${b.url}/api/config`)
		expect(refused.status).toBe(429)
		expect(refused.headers.get('retry-after')).toMatch(/^\d+$/)
		expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('rate_limited')
	})

	it('a link’s byte budget drained through node A is empty on node B (4429)', async () => {
		const roomLimits = { connectionBytesPerSecond: 1024, connectionBurstBytes: 64 * 1024 }
		const [a, b] = [await node({ roomLimits }), await node({ roomLimits })]
		const boardId = await createBoard(a.url)
		const link = await createLink(a.url, boardId, { role: 'editor' })
		const onA = await RawSyncClient.open(a.port, boardId, link.token, 'budget-participant-0001')
		cleanups.push(() => onA.close())
		const doc = new Y.Doc()
		for (let i = 0; i < 3; i++) {
			const before = Y.encodeStateVector(doc)
			doc.getMap('records').set(`blob${i}`, 'x'.repeat(20_000))
			onA.sendUpdate(Y.encodeStateAsUpdate(doc, before))
		}
		const roomA = await a.rooms.acquire(boardId)
		await whenDoc(roomA.doc, () => roomA.doc.getMap('records').has('blob2'), 15_000)
		a.rooms.release(roomA)
		expect(onA.open).toBe(true)
		// Node B's own bucket for this link is full; the shared one is nearly empty.
		const onB = await RawSyncClient.open(b.port, boardId, link.token, 'budget-participant-0002')
		cleanups.push(() => onB.close())
		const fresh = new Y.Doc()
		fresh.getMap('records').set('more', 'y'.repeat(20_000))
		onB.sendUpdate(Y.encodeStateAsUpdate(fresh))
		expect((await onB.closed).code).toBe(CloseCode.rateLimited)
		const stored = await b.storage.loadDoc(boardId)
		expect(stored.updates.some((u) => Buffer.from(u).includes('y'.repeat(1000)))).toBe(false)
	})

	it('a link’s ballots in one vote are capped over all nodes', async () => {
		const [a, b] = [await node({ ballotsPerLink: 3 }), await node({ ballotsPerLink: 3 })]
		const boardId = await createBoard(a.url)
		const link = await createLink(a.url, boardId, { role: 'editor' })
		const host = new Y.Doc()
		const provider = connectClient(a.port, boardId, host)
		cleanups.push(() => provider.destroy())
		await whenSynced(provider)
		const session = createVoteSession({
			id: 'vote-1',
			dotsPerVoter: 1,
			anonymous: false,
			frameId: null,
			now: Date.now(),
		})
		getYMeeting(host).set(MEETING_VOTE_KEY, session)
		for (const s of [a, b]) {
			const room = await s.rooms.acquire(boardId)
			await whenDoc(room.doc, () => (getYMeeting(room.doc).get(MEETING_VOTE_KEY) as VoteSession)?.id === 'vote-1')
			s.rooms.release(room)
		}
		const statuses: number[] = []
		for (let i = 0; i < 6; i++) {
			const s = i % 2 === 0 ? a : b
			const res = await fetch(`${s.url}/api/boards/${boardId}/votes/vote-1/ballot`, {
				method: 'PUT',
				headers: bearer(link.token, { 'content-type': 'application/json' }),
				body: JSON.stringify({ dots: [], participant: `participant-${String(i).padStart(8, '0')}-secret` }),
			})
			statuses.push(res.status)
			await res.arrayBuffer()
		}
		expect(statuses).toEqual([200, 200, 200, 409, 409, 409])
	})

	it('two nodes with separate data directories derive the same voter ids (the ballot secret is in the database)', async () => {
		const [a, b] = [await node({ dataDir: tempDataDir() }), await node({ dataDir: tempDataDir() })]
		const boardId = await createBoard(a.url)
		const host = new Y.Doc()
		const provider = connectClient(a.port, boardId, host)
		cleanups.push(() => provider.destroy())
		await whenSynced(provider)
		getYMeeting(host).set(
			MEETING_VOTE_KEY,
			createVoteSession({ id: 'vote-2', dotsPerVoter: 1, anonymous: false, frameId: null, now: Date.now() }),
		)
		const ids: string[] = []
		for (const s of [a, b]) {
			const room = await s.rooms.acquire(boardId)
			await whenDoc(room.doc, () => (getYMeeting(room.doc).get(MEETING_VOTE_KEY) as VoteSession)?.id === 'vote-2')
			s.rooms.release(room)
			const res = await fetch(`${s.url}/api/boards/${boardId}/votes/vote-2/ballot`, {
				method: 'PUT',
				headers: bearer(boardToken(boardId), { 'content-type': 'application/json' }),
				body: JSON.stringify({ dots: [], participant: 'participant-00000001-secret' }),
			})
			expect(res.status).toBe(200)
			ids.push(((await res.json()) as BallotResult).voterId)
		}
		expect(ids[0]).toBe(ids[1])
	})

	it('nodes with separate data directories and no ADMIN_TOKEN accept the admin token the first node recorded', async () => {
		const dirs = [tempDataDir(), tempDataDir()]
		const tokens = dirs.map((dir) => loadOrCreateAdminToken(dir, undefined).token)
		expect(tokens[0]).not.toBe(tokens[1])
		const a = await node({ dataDir: dirs[0], adminToken: tokens[0], adminTokenFromDataDir: true })
		const b = await node({ dataDir: dirs[1], adminToken: tokens[1], adminTokenFromDataDir: true })
		const status = async (s: RunningServer, token: string) => {
			const res = await fetch(`${s.url}/api/boards`, { headers: bearer(token) })
			await res.arrayBuffer()
			return res.status
		}
		expect([await status(a, tokens[0]), await status(b, tokens[0])]).toEqual([200, 200])
		expect([await status(a, tokens[1]), await status(b, tokens[1])]).toEqual([401, 401])
		// rotate-admin-token on node B's data directory records the new token: after a restart both accept only it.
		const said: string[] = []
		const io = { out: (line: string) => said.push(line), err: () => {}, env: {} }
		expect(
			await rotateAdminTokenCommand.run({
				io,
				dataDir: dirs[1],
				databaseUrl: cluster.db.url,
				values: {},
				positionals: [],
			}),
		).toBe(0)
		const rotated = loadOrCreateAdminToken(dirs[1], undefined).token
		const restarted = await node({ dataDir: dirs[0], adminToken: tokens[0], adminTokenFromDataDir: true })
		expect([await status(restarted, rotated), await status(restarted, tokens[0])]).toEqual([200, 401])
	})

	it('a killed node’s sockets stop counting once its heartbeat expires', async () => {
		const killed: ChildServer = await startChildServer(tempDataDir(), {
			DATABASE_URL: cluster.db.url,
			REDIS_URL: cluster.redis.url,
			LINK_CONNECTION_LIMIT: '2',
			CLUSTER_NODE_TTL_MS: '2000',
		})
		cleanups.push(() => {
			if (killed.process.exitCode === null) killed.process.kill('SIGKILL')
			return killed.exited
		})
		const other = await node({ limits: { maxConnectionsPerLink: 2 } })
		const boardId = await createBoard(other.url)
		const link = await createLink(other.url, boardId, { role: 'editor' })
		expect(await outcome(socket(killed, boardId, link.token))).toBe('open')
		expect(await outcome(socket(killed, boardId, link.token))).toBe('open')
		expect(await outcome(socket(other, boardId, link.token))).toBe(CloseCode.linkFull)
		killed.process.kill('SIGKILL')
		await killed.exited
		const t0 = Date.now()
		let result: 'open' | number = CloseCode.linkFull
		while (result === CloseCode.linkFull && Date.now() - t0 < 15_000) {
			result = await outcome(socket(other, boardId, link.token))
			if (result === CloseCode.linkFull) await new Promise((r) => setTimeout(r, 200))
		}
		expect(result).toBe('open')
		// Not before its heartbeat expired (2 s after the last one, which is at most 2/3 s old).
		expect(Date.now() - t0).toBeGreaterThan(1000)
	}, 40_000)

	it('with Redis down every node admits on its own limits, and shares them again once Redis is back', async () => {
		const limits = { maxConnectionsPerLink: 1 }
		const [a, b] = [await node({ limits }), await node({ limits })]
		const boardId = await createBoard(a.url)
		const link = await createLink(a.url, boardId, { role: 'editor' })
		await cluster.redis.stop()
		try {
			expect(await outcome(socket(a, boardId, link.token))).toBe('open')
			expect(await outcome(socket(b, boardId, link.token))).toBe('open')
			// The node's own cap still holds.
			expect(await outcome(socket(a, boardId, link.token))).toBe(CloseCode.linkFull)
		} finally {
			await cluster.redis.start()
		}
		// Back: each node rewrites its counts; a third socket is refused by the shared count.
		const t0 = Date.now()
		let result: 'open' | number = 'open'
		const another = await createLink(a.url, boardId, { role: 'editor' })
		expect(await outcome(socket(a, boardId, another.token))).not.toBe(CloseCode.linkFull)
		while (Date.now() - t0 < 15_000) {
			const ws = socket(b, boardId, another.token)
			result = await outcome(ws)
			if (result === CloseCode.linkFull) break
			ws.close()
			await new Promise((r) => setTimeout(r, 200))
		}
		expect(result).toBe(CloseCode.linkFull)
	}, 40_000)
})
