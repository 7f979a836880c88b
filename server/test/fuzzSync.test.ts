import net from 'node:net'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { Writable } from 'node:stream'
import * as encoding from 'lib0/encoding'
import pino from 'pino'
import { afterEach, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import {
	CloseCode,
	MAX_MESSAGE_BYTES,
	MessageType,
	PARTICIPANT_QUERY_PARAM,
	SyncMessageType,
} from '../../shared/protocol'
import { mulberry32 } from '../../shared/random/mulberry32'
import type { RunningServer, ServerOptions } from '../createServer'
import { awarenessFrame, deleteOnlyUpdate, syncFrame } from './rawSyncClient'
import { startTestServer } from './testServer'

/**
 * A seeded fuzzer for the sync socket: thousands of random and mutated y-websocket
 * frames hit one room while two honest official clients edit it. The server must stay
 * up, the honest clients must converge, and the stored document must stay loadable.
 *
 * `FUZZ_SEED` reproduces a run (the frame sequence; timing still varies), `FUZZ_FRAMES`
 * sets how many frames are sent (default 10 000).
 */

// A fixed seed keeps CI repeatable; set FUZZ_SEED (any number) to explore others.
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) >>> 0 : 20_261_124
const FRAMES = Number(process.env.FUZZ_FRAMES ?? 10_000)
/** Raw sockets sending at the same time. */
const ATTACKERS = 4
/** The fuzzing phase gives up (and fails) after this long. */
const MAX_FUZZ_MS = Number(process.env.FUZZ_MAX_MS ?? 60_000)

const HONEST_CHARS = [...'abc<>"\'&;{}[]:,\\/\u0000\u001f\u007f中文需求资源 \n\t']
const HOSTILE_CHARS = [...HONEST_CHARS, '😀', '\ud800', '\udfff', '\ufffe']

class Rng {
	constructor(readonly next: () => number) {}
	int(maxExclusive: number): number {
		return Math.floor(this.next() * maxExclusive)
	}
	range(min: number, maxInclusive: number): number {
		return min + this.int(maxInclusive - min + 1)
	}
	chance(p: number): boolean {
		return this.next() < p
	}
	pick<T>(items: readonly T[]): T {
		return items[this.int(items.length)]
	}
	bytes(n: number): Uint8Array {
		const out = new Uint8Array(n)
		for (let i = 0; i < n; i++) out[i] = this.int(256)
		return out
	}
	/**
	 * Random text. Honest text has no astral characters: a local Yjs doc keeps a lone
	 * surrogate (an emoji split by an edit) that every other doc receives as U+FFFD.
	 */
	string(n: number, honest = true): string {
		const alphabet = honest ? HONEST_CHARS : HOSTILE_CHARS
		let s = ''
		for (let i = 0; i < n; i++) s += alphabet[this.int(alphabet.length)]
		return s
	}
	/** A Yjs client id (what a new Y.Doc would pick). */
	clientId(): number {
		return this.int(2 ** 32)
	}
}

const rng = new Rng(mulberry32(SEED))
const tag = `[fuzzSync seed=${SEED}]`

function varUint(n: number): Uint8Array {
	const e = encoding.createEncoder()
	encoding.writeVarUint(e, n)
	return encoding.toUint8Array(e)
}

function concat(...parts: Uint8Array[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
	let at = 0
	for (const p of parts) {
		out.set(p, at)
		at += p.length
	}
	return out
}

/** Random edits of an honest doc (maps, arrays, text, nested types, deletions, board records). */
function randomEdit(doc: Y.Doc, r: Rng, prefix: string, honest = true): void {
	const str = (n: number) => r.string(n, honest)
	const map = doc.getMap<unknown>(`${prefix}-map`)
	const list = doc.getArray<unknown>(`${prefix}-list`)
	const shared = doc.getMap<unknown>('shared')
	const kind = r.int(9)
	doc.transact(() => {
		switch (kind) {
			case 0:
				map.set(`k${r.int(40)}`, str(r.range(0, 20)))
				break
			case 1:
				map.delete(`k${r.int(40)}`)
				break
			case 2:
				list.insert(r.int(list.length + 1), [r.int(1000), str(r.range(0, 8)), null, { nested: [1, 'x'] }])
				break
			case 3:
				if (list.length > 0) list.delete(r.int(list.length), 1)
				break
			case 4: {
				const sub = new Y.Map<unknown>()
				sub.set('v', r.int(100))
				shared.set(`${prefix}${r.int(10)}`, sub)
				break
			}
			case 5: {
				let text = shared.get('text')
				if (!(text instanceof Y.Text)) {
					text = new Y.Text()
					shared.set('text', text)
				}
				const t = text as Y.Text
				if (t.length > 0 && r.chance(0.3)) t.delete(r.int(t.length), 1)
				else t.insert(r.int(t.length + 1), str(r.range(1, 5)), r.chance(0.2) ? { bold: true } : undefined)
				break
			}
			case 6: {
				const records = doc.getMap<unknown>('records')
				const rec = new Y.Map<unknown>()
				rec.set('id', `shape:${prefix}${r.int(20)}`)
				rec.set('typeName', r.pick(['shape', 'binding', 'page', 'garbage', 42]))
				rec.set('type', r.pick(['need', 'resource', 'actor', 'project', 'arrow', 'nope']))
				const props = new Y.Map<unknown>()
				props.set('title', r.pick(['<script>alert(1)</script>', str(10), 12, null]))
				rec.set('props', props)
				records.set(`shape:${prefix}${r.int(20)}`, rec)
				break
			}
			case 7:
				shared.set(`${prefix}-big`, str(r.range(100, 3000)))
				break
			default:
				doc.getArray<unknown>('shared-list').push([r.int(10)])
		}
	})
}

interface Counters {
	sent: number
	byKind: Record<string, number>
	/** Frames after which the server closed the socket, by kind. */
	closingFrames: Record<string, number>
	/** Frames sent back to back without waiting (some land after a refusal). */
	burstFrames: number
	socketsOpened: number
	closedByServer: Record<string, number>
}

/** Frames of one fuzz step; `text` frames are sent as WebSocket text. */
type Frame = { kind: string; data: Uint8Array | string }

/** The fuzzer's frame generators. `updates` are real updates of honest scratch docs. */
function makeFrame(r: Rng, updates: Uint8Array[], honestIds: number[]): Frame {
	const real = () => r.pick(updates)
	const mutate = (u: Uint8Array): Uint8Array => {
		const bytes = Array.from(u)
		const n = r.range(1, 4)
		for (let i = 0; i < n; i++) {
			const op = r.int(6)
			const at = r.int(bytes.length + 1)
			if (op === 0 && bytes.length > 0) bytes[Math.min(at, bytes.length - 1)] ^= 1 << r.int(8)
			else if (op === 1) bytes.splice(at, 0, r.int(256))
			else if (op === 2 && bytes.length > 0) bytes.splice(Math.min(at, bytes.length - 1), r.range(1, 4))
			else if (op === 3 && bytes.length > 0) bytes[Math.min(at, bytes.length - 1)] = r.pick([0, 0x7f, 0x80, 0xff])
			else if (op === 4) bytes.length = Math.max(0, Math.min(bytes.length, at))
			else bytes.splice(at, 0, 0xff, 0xff, 0xff, 0xff, 0x0f)
		}
		return Uint8Array.from(bytes)
	}
	const roll = r.int(100)
	if (roll < 6) return { kind: 'random', data: r.bytes(r.chance(0.05) ? r.range(65, 2048) : r.range(1, 64)) }
	if (roll < 8) return { kind: 'empty', data: new Uint8Array(0) }
	if (roll < 10) return { kind: 'text', data: r.chance(0.5) ? r.string(r.range(0, 40), false) : '\u0000\u0002' }
	if (roll < 15) {
		const prefixes = [
			[0x80],
			[MessageType.sync, 0x80],
			[MessageType.sync, SyncMessageType.update, 0x80, 0x80],
			[MessageType.awareness, 0xff, 0xff],
			[0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01],
		]
		return { kind: 'truncatedVarint', data: Uint8Array.from(r.pick(prefixes)) }
	}
	if (roll < 21) {
		const huge = r.pick([2 ** 31 - 1, 2 ** 32 - 1, 2 ** 40, Number.MAX_SAFE_INTEGER, MAX_MESSAGE_BYTES + 1])
		const head = r.pick([
			[MessageType.sync, SyncMessageType.update],
			[MessageType.sync, SyncMessageType.step2],
			[MessageType.sync, SyncMessageType.step1],
			[MessageType.awareness],
		])
		// A valid frame whose payload declares a huge count inside (structs, clients, entries).
		if (r.chance(0.4)) {
			const inner = concat(varUint(huge), r.bytes(r.range(0, 16)))
			return { kind: 'hugeInnerLength', data: concat(Uint8Array.from(head), varUint(inner.length), inner) }
		}
		return { kind: 'hugeLength', data: concat(Uint8Array.from(head), varUint(huge), r.bytes(r.range(0, 32))) }
	}
	if (roll < 26) {
		const data = r.chance(0.5)
			? concat(varUint(r.pick([MessageType.auth, 4, 5, 127, 128, 2 ** 20, 2 ** 32 + 5])), r.bytes(r.range(0, 8)))
			: concat(Uint8Array.from([MessageType.sync]), varUint(r.pick([3, 4, 99, 2 ** 30])), r.bytes(r.range(0, 8)))
		return { kind: 'wrongType', data }
	}
	if (roll < 30) {
		// Sync step 1 with a garbage state vector, or a valid one claiming huge clocks.
		if (r.chance(0.5)) return { kind: 'step1Garbage', data: syncFrame(SyncMessageType.step1, r.bytes(r.range(0, 24))) }
		const e = encoding.createEncoder()
		const n = r.range(0, 3)
		encoding.writeVarUint(e, n)
		for (let i = 0; i < n; i++) {
			encoding.writeVarUint(e, r.chance(0.5) ? r.pick(honestIds) : r.clientId())
			encoding.writeVarUint(e, r.pick([0, 1, 2 ** 31, Number.MAX_SAFE_INTEGER]))
		}
		return { kind: 'step1Weird', data: syncFrame(SyncMessageType.step1, encoding.toUint8Array(e)) }
	}
	if (roll < 58) {
		const sub = r.chance(0.5) ? SyncMessageType.update : SyncMessageType.step2
		return { kind: 'mutatedUpdate', data: syncFrame(sub, mutate(real())) }
	}
	if (roll < 64) {
		const u = real()
		const choice = r.int(3)
		const data =
			choice === 0
				? u.subarray(0, r.int(u.length)) // truncated update
				: choice === 1
					? concat(u, real()) // two updates glued
					: concat(u, r.bytes(r.range(1, 8))) // trailing garbage
		return { kind: 'splicedUpdate', data: syncFrame(SyncMessageType.update, data) }
	}
	if (roll < 70) {
		// A whole frame mutated (type bytes and length prefixes included).
		return { kind: 'mutatedFrame', data: mutate(syncFrame(SyncMessageType.update, real())) }
	}
	if (roll < 77) return { kind: 'validUpdate', data: syncFrame(SyncMessageType.update, real()) }
	if (roll < 85) {
		const garbage = r.pick(['{', '{"a":', 'undefined', '\u0000', '', '{"user":{"name":"x"}', ']', '1e999999', 'NaN'])
		return {
			kind: 'awarenessGarbage',
			data: awarenessFrame([
				{ clientId: r.clientId(), clock: r.range(0, 10), json: garbage + r.string(r.range(0, 4), false) },
			]),
		}
	}
	if (roll < 92) {
		const depth = r.pick([10, 1000, 5000, 20_000, 100_000])
		const json = r.pick([
			'null',
			'42',
			'"str"',
			'[]',
			JSON.stringify({ user: { name: '<script>alert(1)</script>', color: r.string(8, false) } }),
			JSON.stringify({ presence: r.string(r.range(1000, 20_000), false) }),
			`${'['.repeat(depth)}${']'.repeat(depth)}`,
			`${'{"a":'.repeat(Math.min(depth, 20_000))}1${'}'.repeat(Math.min(depth, 20_000))}`,
		])
		// Often another client's id (spoofed presence), sometimes many entries at once.
		const entries = Array.from({ length: r.chance(0.1) ? r.range(2, 50) : 1 }, () => ({
			clientId: r.chance(0.3) ? r.pick(honestIds) : r.clientId(),
			clock: r.pick([0, 1, r.range(2, 1000), 2 ** 31]),
			json,
		}))
		return { kind: 'awarenessWeird', data: awarenessFrame(entries) }
	}
	if (roll < 93) return { kind: 'queryAwareness', data: varUint(MessageType.queryAwareness) }
	if (roll < 95) {
		// Deletions of clocks nobody has yet (an honest client's next ones, or a random client's).
		const n = r.chance(0.1) ? r.range(100, 3000) : r.range(1, 4)
		const ranges = Array.from({ length: n }, (_, i) => ({
			client: r.chance(0.6) ? r.pick(honestIds) : r.clientId(),
			clock: r.pick([1_000_000 + i * 10, 2 ** 30 + i * 10]),
			len: r.range(1, 5),
		}))
		return { kind: 'futureDeletes', data: syncFrame(SyncMessageType.update, deleteOnlyUpdate(ranges)) }
	}
	if (roll < 97) {
		// New changes under an honest participant's client id, right after what the room has of it.
		const client = r.pick(honestIds)
		return { kind: 'foreignClientId', data: syncFrame(SyncMessageType.update, foreignClientUpdate(client, 0, r)) }
	}
	return { kind: 'trailingGarbage', data: concat(syncFrame(SyncMessageType.update, real()), r.bytes(r.range(1, 16))) }
}

/** Close codes of a refused frame. */
const REFUSAL_CODES: readonly number[] = [
	CloseCode.protocolError,
	CloseCode.messageTooBig,
	CloseCode.forbidden,
	CloseCode.writeRefused,
	CloseCode.quotaExceeded,
	CloseCode.rateLimited,
]

/** An update adding one map entry under client id `client` at `clock` (another participant's id when it is theirs). */
function foreignClientUpdate(client: number, clock: number, r: Rng): Uint8Array {
	const doc = new Y.Doc()
	doc.clientID = client
	// Fill the clocks before `clock` so the entry lands exactly there.
	const filler = doc.getMap<unknown>('scratch-foreign')
	for (let i = 0; i < clock; i++) filler.set('f', i)
	const before = Y.encodeStateVector(doc)
	doc.getMap<unknown>('records').set(`shape:forged${r.int(100)}`, r.string(5))
	return Y.encodeStateAsUpdate(doc, before)
}

function withToken(url: string, token: string | null): string {
	return token ? `${url}?t=${encodeURIComponent(token)}` : url
}

/** Creates a board over REST; works with and without share-link tokens. */
async function createBoard(server: RunningServer, title: string): Promise<{ id: string; token: string | null }> {
	const res = await fetch(`${server.url}/api/boards`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ title }),
	})
	if (res.status !== 201) throw new Error(`create board failed: ${res.status} ${await res.text()}`)
	const body = (await res.json()) as { id: string; url: string }
	return { id: body.id, token: new URL(body.url, server.url).searchParams.get('t') }
}

/** A viewer link's token, or null when the server has no share links. */
async function viewerToken(server: RunningServer, id: string, token: string | null): Promise<string | null> {
	if (!token) return null
	const res = await fetch(`${server.url}/api/boards/${id}/links`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
		body: JSON.stringify({ role: 'viewer', label: 'fuzz viewer' }),
	})
	if (res.status !== 201) return null
	return new URL(((await res.json()) as { url: string }).url, server.url).searchParams.get('t')
}

/** An official client with its own participant secret: its client ids are its own. */
function honestClient(server: RunningServer, id: string, token: string | null, participant: string): WebsocketProvider {
	return new WebsocketProvider(`ws://127.0.0.1:${server.port}/sync`, id, new Y.Doc(), {
		WebSocketPolyfill: WebSocket as never,
		disableBc: true,
		params: token ? { t: token, [PARTICIPANT_QUERY_PARAM]: participant } : { [PARTICIPANT_QUERY_PARAM]: participant },
	})
}

function whenSynced(p: WebsocketProvider, timeoutMs = 10_000): Promise<void> {
	if (p.synced) return Promise.resolve()
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`${tag} provider did not sync`)), timeoutMs)
		const on = (synced: boolean) => {
			if (!synced) return
			clearTimeout(timer)
			p.off('sync', on)
			resolve()
		}
		p.on('sync', on)
	})
}

async function until(what: string, predicate: () => boolean, timeoutMs = 15_000): Promise<void> {
	const started = Date.now()
	while (!predicate()) {
		if (Date.now() - started > timeoutMs) throw new Error(`${tag} timed out waiting until ${what}`)
		await new Promise((r) => setTimeout(r, 20))
	}
}

/** Asserts two content strings are equal, showing where they first differ. */
function expectSameContent(label: string, actual: string, expected: string): void {
	if (actual === expected) return
	let i = 0
	while (i < actual.length && actual[i] === expected[i]) i++
	const around = (t: string) => JSON.stringify(t.slice(Math.max(0, i - 80), i + 80))
	expect.fail(`${tag} ${label}: content differs at ${i}\n  got      ${around(actual)}\n  expected ${around(expected)}`)
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
	return a.length === b.length && a.every((v, i) => v === b[i])
}

/** JSON with object keys sorted (Y.Map key order depends on arrival order). */
function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(
					Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)),
				)
			: v,
	)
}

/** The integrated content of a doc, independent of how its structs are split. */
function content(doc: Y.Doc): string {
	const out: Record<string, unknown> = {}
	for (const name of [...doc.share.keys()].sort()) {
		const type = doc.share.get(name)
		if (type instanceof Y.Map || type instanceof Y.Array || type instanceof Y.Text) {
			out[name] = type.toJSON()
			continue
		}
		// A root type only named by another doc's update is a plain AbstractType until someone asks for
		// it; one named only by structs still pending (missing dependencies) holds nothing and is skipped.
		const t = type as unknown as { _start: unknown; _map: Map<string, unknown> }
		if (t._start !== null || t._map.size > 0) out[name] = `untyped root with content`
	}
	return canonical(out)
}

/** A doc built from a stored snapshot and update log. */
async function docFromStorage(server: RunningServer, id: string): Promise<Y.Doc> {
	const stored = await server.storage.loadDoc(id)
	const doc = new Y.Doc()
	if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot)
	for (const u of stored.updates) Y.applyUpdate(doc, u)
	return doc
}

/** Reads every root type the reference doc has with the reference's type, so toJSON works. */
function materialise(doc: Y.Doc, like: Y.Doc): void {
	for (const [name, type] of like.share) {
		if (type instanceof Y.Map) doc.getMap(name)
		else if (type instanceof Y.Array) doc.getArray(name)
		else if (type instanceof Y.Text) doc.getText(name)
	}
}

const cleanups: (() => unknown)[] = []
afterEach(async () => {
	for (const c of cleanups.splice(0).reverse()) await c()
})

describe(`sync fuzzer ${tag}`, () => {
	it('survives 10,000 random and mutated frames while two honest clients edit; they converge and the stored doc loads', async () => {
		const started = Date.now()
		const logLines: { level: number; msg: string; err?: unknown }[] = []
		const logStream = new Writable({
			write(chunk, _enc, done) {
				for (const line of String(chunk).split('\n')) {
					if (line.trim()) logLines.push(JSON.parse(line))
				}
				done()
			},
		})
		const server = await startTestServer({ logger: pino({ level: 'warn', base: undefined }, logStream) })
		cleanups.push(() => server.close())
		const { id, token } = await createBoard(server, 'fuzz board')
		const viewer = await viewerToken(server, id, token)

		// Real updates from honest scratch docs (their client ids are never used by the two clients).
		const updates: Uint8Array[] = []
		const scratchIds: number[] = []
		for (let s = 0; s < 3; s++) {
			const scratch = new Y.Doc()
			scratch.clientID = rng.clientId()
			scratchIds.push(scratch.clientID)
			scratch.on('update', (u: Uint8Array) => updates.push(u))
			for (let i = 0; i < 150; i++) randomEdit(scratch, rng, `scratch${s}`, false)
			updates.push(Y.encodeStateAsUpdate(scratch))
		}

		const a = honestClient(server, id, token, 'honest-participant-a-0001')
		const b = honestClient(server, id, token, 'honest-participant-b-0002')
		cleanups.push(
			() => a.destroy(),
			() => b.destroy(),
		)
		await Promise.all([whenSynced(a), whenSynced(b)])
		a.awareness.setLocalStateField('user', { name: 'A' })
		b.awareness.setLocalStateField('user', { name: 'B' })
		const honestIds = [a.doc.clientID, b.doc.clientID]
		/** Closes the honest clients saw: the server must never refuse an honest client. */
		const honestCloses: string[] = []
		a.on('connection-close', (e: { code: number; reason: string } | null) =>
			honestCloses.push(`A ${e?.code} ${e?.reason}`),
		)
		b.on('connection-close', (e: { code: number; reason: string } | null) =>
			honestCloses.push(`B ${e?.code} ${e?.reason}`),
		)

		const counters: Counters = {
			sent: 0,
			byKind: {},
			closingFrames: {},
			burstFrames: 0,
			socketsOpened: 0,
			closedByServer: {},
		}
		const lag = monitorEventLoopDelay({ resolution: 10 })
		lag.enable()
		let stop = false
		/** Why the run stopped early, if it did. */
		const unexpected: string[] = []
		const sockets = new Set<WebSocket>()

		// Honest editing, interleaved with the attack.
		const honestRng = new Rng(mulberry32(SEED ^ 0x9e3779b9))
		let honestEdits = 0
		const editing = (async () => {
			while (!stop) {
				randomEdit(honestRng.chance(0.5) ? a.doc : b.doc, honestRng, honestRng.chance(0.5) ? 'a' : 'b')
				honestEdits++
				await new Promise((r) => setTimeout(r, honestRng.range(1, 8)))
			}
		})()

		/** Sockets the fuzzer closed itself (not counted as closed by the server). */
		const closedByUs = new WeakSet<WebSocket>()
		const openSocket = async (asViewer: boolean): Promise<WebSocket | null> => {
			const url = withToken(`ws://127.0.0.1:${server.port}/sync/${id}`, asViewer ? viewer : token)
			// Each attacker socket is a participant of its own (sometimes none: owned by the link).
			const participant = rng.chance(0.8) ? `attacker-${rng.int(1e9)}-${counters.socketsOpened}` : null
			const ws = new WebSocket(participant ? `${url}&${PARTICIPANT_QUERY_PARAM}=${participant}` : url)
			ws.binaryType = 'nodebuffer'
			sockets.add(ws)
			counters.socketsOpened++
			ws.on('error', () => {})
			ws.on('close', (code) => {
				sockets.delete(ws)
				if (closedByUs.has(ws)) return
				counters.closedByServer[code] = (counters.closedByServer[code] ?? 0) + 1
				// Refused frames close with protocolError (4400), messageTooBig (1009), forbidden
				// (4403: another participant's client id or presence), writeRefused (4422: a write
				// beyond the role), quotaExceeded (4413: too much
				// presence) or rateLimited (4429: bytes too fast); anything else (internal error,
				// auth, an unclean drop) stops the run at once.
				if (!REFUSAL_CODES.includes(code)) {
					unexpected.push(`socket closed with ${code} after ${counters.sent} frames`)
					stop = true
				}
			})
			const opened = await new Promise<boolean>((resolve) => {
				ws.once('open', () => resolve(true))
				ws.once('close', () => resolve(false))
			})
			return opened ? ws : null
		}

		/**
		 * Sends a frame, then a ping, and waits for the pong or the close: the server handles
		 * frames and pings in order and stops answering pings once it closes the socket, so
		 * every frame is known to have been read while the connection was live.
		 */
		const sendAndSettle = (ws: WebSocket, data: Uint8Array | string): Promise<'open' | 'closed'> =>
			new Promise((resolve) => {
				const done = (result: 'open' | 'closed') => {
					ws.off('pong', onPong)
					ws.off('close', onClose)
					resolve(result)
				}
				const onPong = () => done('open')
				const onClose = () => done('closed')
				ws.on('pong', onPong)
				ws.on('close', onClose)
				ws.send(data, { binary: typeof data !== 'string' })
				ws.ping()
			})

		const count = (kind: string) => {
			counters.sent++
			counters.byKind[kind] = (counters.byKind[kind] ?? 0) + 1
		}

		const attacker = async (n: number) => {
			const r = new Rng(mulberry32(SEED + n * 7919))
			let ws: WebSocket | null = null
			while (!stop && counters.sent < FRAMES) {
				if (Date.now() - started > MAX_FUZZ_MS) {
					unexpected.push(`only ${counters.sent} frames in ${MAX_FUZZ_MS} ms`)
					stop = true
					break
				}
				if (!ws || ws.readyState !== WebSocket.OPEN) {
					ws = await openSocket(viewer !== null && r.chance(0.15))
					continue
				}
				if (r.chance(0.05)) {
					// A burst: several frames back to back, the later ones already on the wire when
					// an earlier one gets the socket closed.
					const burst = r.range(2, 5)
					for (let i = 0; i < burst && ws.readyState === WebSocket.OPEN; i++) {
						const frame = makeFrame(r, updates, [...honestIds, ...scratchIds])
						ws.send(frame.data, { binary: typeof frame.data !== 'string' })
						count(frame.kind)
						counters.burstFrames++
					}
					if ((await sendAndSettle(ws, varUint(MessageType.queryAwareness))) === 'closed') ws = null
					continue
				}
				const frame = makeFrame(r, updates, [...honestIds, ...scratchIds])
				const result = await sendAndSettle(ws, frame.data)
				count(frame.kind)
				if (result === 'closed') {
					counters.closingFrames[frame.kind] = (counters.closingFrames[frame.kind] ?? 0) + 1
					ws = null
				}
				if (process.env.FUZZ_DEBUG && counters.sent % 1000 === 0) {
					console.log(`${tag} ${counters.sent} frames, ${counters.socketsOpened} sockets, ${Date.now() - started} ms`)
				}
			}
			if (ws) {
				closedByUs.add(ws)
				ws.close()
			}
		}

		// Two frames over the size limit, on their own sockets.
		for (let i = 0; i < 2; i++) {
			const ws = await openSocket(false)
			if (!ws) continue
			const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)))
			ws.send(new Uint8Array(MAX_MESSAGE_BYTES + 1))
			counters.sent++
			counters.byKind.oversize = (counters.byKind.oversize ?? 0) + 1
			expect(await closed, tag).toBe(1009)
		}

		await Promise.all(Array.from({ length: ATTACKERS }, (_, n) => attacker(n)))
		stop = true
		await editing
		if (unexpected.length > 0) {
			const serverErrors = logLines.filter((l) => l.level >= 50).slice(0, 3)
			expect.fail(`${tag} ${unexpected.join('; ')}; server errors: ${JSON.stringify(serverErrors).slice(0, 2000)}`)
		}
		for (const ws of sockets) {
			closedByUs.add(ws)
			ws.close()
		}
		await until('every raw socket closed', () => sockets.size === 0, 10_000)
		lag.disable()
		const fuzzMs = Date.now() - started

		// The server is up.
		const health = await fetch(`${server.url}/healthz`)
		expect(health.status, tag).toBe(200)

		// A final honest edit from each, then both converge with the room.
		a.doc.getMap('final').set('a', 'done')
		b.doc.getMap('final').set('b', 'done')
		const room = server.rooms.peek(id)
		expect(room, tag).toBeDefined()
		const roomDoc = (room as NonNullable<typeof room>).doc
		// Presence left once every raw socket is gone (the two honest clients' states, unless spoofed away).
		const awarenessAfterFuzz = [...(room as NonNullable<typeof room>).awareness.getStates().keys()].length
		const converged = () => {
			materialise(a.doc, roomDoc)
			materialise(b.doc, roomDoc)
			return (
				sameBytes(Y.encodeStateVector(a.doc), Y.encodeStateVector(roomDoc)) &&
				sameBytes(Y.encodeStateVector(b.doc), Y.encodeStateVector(roomDoc)) &&
				a.doc.getMap('final').get('b') === 'done' &&
				b.doc.getMap('final').get('a') === 'done' &&
				// Deletions do not show in state vectors: compare the whole encoded state too.
				sameBytes(Y.encodeStateAsUpdate(a.doc), Y.encodeStateAsUpdate(b.doc))
			)
		}
		await until('both honest clients have the room state', converged).catch(() => {})
		expect(honestCloses, `${tag} the server closed an honest client`).toEqual([])
		expectSameContent('honest client B vs A', content(b.doc), content(a.doc))
		expect(sameBytes(Y.encodeStateAsUpdate(a.doc), Y.encodeStateAsUpdate(b.doc)), `${tag} encoded states differ`).toBe(
			true,
		)

		// A third client that connects afterwards gets the same state.
		const c = honestClient(server, id, token, 'honest-participant-c-0003')
		cleanups.push(() => c.destroy())
		await whenSynced(c)
		await until('the late client has the state', () =>
			sameBytes(Y.encodeStateVector(c.doc), Y.encodeStateVector(a.doc)),
		)
		materialise(c.doc, a.doc)
		expectSameContent('late client C vs A', content(c.doc), content(a.doc))

		// The stored document loads and equals the live one: unload (flush + compact) and read storage.
		const liveState = Y.encodeStateVector(a.doc)
		const liveContent = content(a.doc)
		a.destroy()
		b.destroy()
		c.destroy()
		await server.rooms.unload(id)
		const stored = await docFromStorage(server, id)
		materialise(stored, a.doc)
		expect(sameBytes(Y.encodeStateVector(stored), liveState), tag).toBe(true)
		expectSameContent('stored doc vs live', content(stored), liveContent)

		// And after a restart on the same data directory, a new client gets it too.
		await server.close()
		const again = await startTestServer({ dataDir: (server as RunningServer & { dataDir: string }).dataDir })
		cleanups.push(() => again.close())
		const d = honestClient(again, id, token, 'honest-participant-d-0004')
		cleanups.push(() => d.destroy())
		await whenSynced(d)
		await until('the client after restart has the state', () => sameBytes(Y.encodeStateVector(d.doc), liveState))
		materialise(d.doc, a.doc)
		expectSameContent('client after restart vs live', content(d.doc), liveContent)
		// The board's records still read: the plan and every export over whatever garbage got in.
		for (const q of [
			'plan',
			'export?format=json',
			'export?format=tldr',
			'export?format=md',
			'export?format=csv&list=needs',
			'export?format=xlsx',
			'export?format=docx',
		]) {
			const res = await fetch(`${again.url}/api/boards/${id}/${q}`, {
				headers: token ? { authorization: `Bearer ${token}` } : {},
			})
			expect(res.status, `${tag} GET ${q}`).toBe(200)
		}

		const errors = logLines.filter((l) => l.level >= 50)
		const protocolErrors = logLines.filter((l) => /protocol error/.test(l.msg)).length
		const report = {
			seed: SEED,
			framesSent: counters.sent,
			byKind: counters.byKind,
			closingFramesByKind: counters.closingFrames,
			burstFrames: counters.burstFrames,
			socketsOpened: counters.socketsOpened,
			socketsClosedByServerByCode: counters.closedByServer,
			protocolErrorsLogged: protocolErrors,
			serverErrorsLogged: errors.length,
			honestEdits,
			eventLoopMaxLagMs: Math.round(lag.max / 1e6),
			fuzzPhaseMs: fuzzMs,
			totalMs: Date.now() - started,
			pendingStructsOnServer: roomDoc.store.pendingStructs !== null,
			awarenessStatesAfterFuzz: awarenessAfterFuzz,
		}
		console.log(`${tag} ${JSON.stringify(report, null, 1)}`)
		if (errors.length > 0) console.log(`${tag} server errors:`, errors.slice(0, 5))
		expect(counters.sent, tag).toBeGreaterThanOrEqual(FRAMES)
		expect(errors, tag).toEqual([])
	}, 120_000)

	it('a viewer socket never changes the document, not even with frames sent after a refused one', async () => {
		const server = await startTestServer()
		cleanups.push(() => server.close())
		const { id, token } = await createBoard(server, 'viewer fuzz')
		const viewer = await viewerToken(server, id, token)
		if (!viewer) {
			console.log(`${tag} no share links on this server yet; viewer check skipped`)
			return
		}
		const honest = honestClient(server, id, token, 'honest-participant-e-0005')
		cleanups.push(() => honest.destroy())
		await whenSynced(honest)
		const before = Y.encodeStateVector(honest.doc)

		const forged = new Y.Doc()
		forged.getMap('m').set('viewer', 'wrote this')
		const valid = syncFrame(SyncMessageType.update, Y.encodeStateAsUpdate(forged))
		const garbage = [new Uint8Array([42]), new Uint8Array(0), new Uint8Array([MessageType.auth, 0])]
		for (const bad of garbage) {
			for (const sub of [SyncMessageType.update, SyncMessageType.step2]) {
				const ws = new WebSocket(withToken(`ws://127.0.0.1:${server.port}/sync/${id}`, viewer))
				cleanups.push(() => ws.terminate())
				await new Promise((resolve) => ws.once('message', resolve))
				const closed = new Promise((resolve) => ws.once('close', resolve))
				// A refused frame, then a valid update in the same breath: both are in the server's buffer.
				ws.send(bad)
				ws.send(syncFrame(sub, Y.encodeStateAsUpdate(forged)))
				ws.send(valid)
				await closed
			}
		}
		await new Promise((r) => setTimeout(r, 100))
		const room = server.rooms.peek(id)
		const roomDoc = (room as NonNullable<typeof room>).doc
		expect(roomDoc.getMap('m').get('viewer'), 'a viewer’s update reached the room').toBeUndefined()
		expect(sameBytes(Y.encodeStateVector(roomDoc), before)).toBe(true)
		expect(honest.doc.getMap('m').get('viewer')).toBeUndefined()
	})

	it('malformed upgrade requests never use up a room’s connection slots', async () => {
		const limits = { maxConnectionsPerRoom: 3 } as ServerOptions['limits']
		const server = await startTestServer({ limits })
		cleanups.push(() => server.close())
		const { id, token } = await createBoard(server, 'slots')
		const query = token ? `?t=${encodeURIComponent(token)}` : ''
		const broken = [
			'Sec-WebSocket-Key: not-a-key\r\nSec-WebSocket-Version: 13',
			'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 12',
			'Sec-WebSocket-Version: 13',
			'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Extensions: permessage-deflate; server_max_window_bits=99',
			'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: a, a',
		]
		for (let i = 0; i < 2; i++) {
			for (const headers of broken) {
				await new Promise<void>((resolve) => {
					const socket = net.connect(server.port, '127.0.0.1', () => {
						socket.write(
							`GET /sync/${id}${query} HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n${headers}\r\n\r\n`,
						)
					})
					socket.on('data', () => socket.destroy())
					socket.on('close', () => resolve())
					socket.on('error', () => resolve())
				})
			}
		}
		// Three honest clients still fit in a room of three.
		const clients = Array.from({ length: 3 }, () =>
			honestClient(server, id, token, `honest-participant-${Math.random().toString(36).slice(2, 12)}`),
		)
		for (const c of clients) cleanups.push(() => c.destroy())
		const closes: number[] = []
		for (const c of clients) c.on('connection-close', (e: { code: number } | null) => closes.push(e?.code ?? 0))
		await Promise.all(clients.map((c) => whenSynced(c, 5000))).catch(() => {})
		expect(closes, 'an honest client was refused: refused handshakes kept their room slots').toEqual([])
		expect(clients.every((c) => c.synced)).toBe(true)
	})
})
