/**
 * Meeting benchmark: could a facilitator run a one-hour meeting of twenty people on one
 * board, half of them on phones? Prints figures; it is not a pass/fail test (it exits
 * non-zero only when the clients did not converge or the run could not finish).
 *
 * The real server runs in a child process (`node --import tsx server/main.ts`, PORT=0, a
 * temporary DATA_DIR), so its memory (/proc/<pid>/status) and CPU time (/proc/<pid>/stat)
 * are its own. One board is created from the `example` template. N official y-websocket
 * clients run in this process, each with its own Y.Doc: client 0 is the facilitator (the
 * creator's token), the others are editors (one editor share link); half of all clients
 * are "phones" (phone-sized screen bounds in their presence, fewer drags, more small edits).
 *
 * For the whole run every client publishes a tldraw-shaped presence record through
 * awareness at --presence-hz (cursor random walk, camera, selection; the real client
 * allows up to 30/s). A compressed meeting script of --duration seconds then runs:
 *  - the facilitator starts a one-hour timer, asks everyone to follow (and pans its camera,
 *    which followers mirror: awareness only), adds time, pauses and resumes the timer,
 *    starts a dot vote (3 dots), ends it — every need's `votes` prop in one transaction,
 *    then the closed session — asks to follow again, and resets the timer;
 *  - every editor places 3 dots one at a time and changes its mind 1–3 times (remove one
 *    dot, add another), each change one `PUT …/ballot` the server writes into the board;
 *  - every editor edits cards at a seeded random rate (mean gap --edit-gap s): drags
 *    (one `xyr` write per frame at --drag-fps), title typing (one write per keystroke),
 *    select changes (urgency/status), and now and then a new need card.
 *
 * Latency is receive time − send time of one value, matched by content: the writer
 * registers (map, key, JSON value) before its transaction, each receiver's observer looks
 * the value up (same process, same clock). Receivers share this process's event loop
 * with every other client, so the figures are upper bounds; "first arrival" per change
 * shows the server path alone. The bench process's own CPU use is printed for that reason.
 *
 * Run: npx tsx bench/meeting.ts [--clients N=20] [--duration s=75] [--presence-hz 10]
 *        [--edit-gap s=6] [--drag-fps 60] [--seed 1] [--timeout s]
 *  or: npm run bench:meeting -- --clients 20 --duration 75
 */
import { type ChildProcess, execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { getIndexAbove, type IndexKey } from '@tldraw/utils'
import Database from 'better-sqlite3'
import { toBase64 } from 'lib0/buffer'
import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { stopAwarenessEcho } from '../client/sync/stopAwarenessEcho'
import { bearer, connectClient, createBoardWithToken, createLink, whenSynced } from '../server/test/testServer'
import { boardBallotKey, loadOrCreateBallotSecret, voterIdOf } from '../server/votes/ballotSecret'
import { NEED_STATUSES, URGENCIES } from '../shared/domain/enums'
import { createFollowRequest, parseFollowRequest } from '../shared/meeting/follow'
import {
	type Ballot,
	ballotKey,
	getYBallots,
	getYMeeting,
	MEETING_FOLLOW_KEY,
	MEETING_TIMER_KEY,
	MEETING_VOTE_KEY,
	type TimerState,
	type VoteSession,
	writeMeetingValue,
} from '../shared/meeting/meetingLayout'
import { addTime, pauseTimer, resetTimer, resumeTimer, startTimer } from '../shared/meeting/timer'
import { closeVoteSession, createVoteSession, parseBallot, tallyVotes } from '../shared/meeting/vote'
import { mulberry32 } from '../shared/random/mulberry32'
import { getYRecords, type PlainRecord, readAllRecords, readRecord, writeRecord } from '../shared/ydocLayout'
import { procMemory, spawnServer, stopServer } from './spawnServer'

const { values } = parseArgs({
	options: {
		clients: { type: 'string', default: '20' },
		duration: { type: 'string', default: '75' },
		'presence-hz': { type: 'string', default: '10' },
		'edit-gap': { type: 'string', default: '6' },
		'drag-fps': { type: 'string', default: '60' },
		seed: { type: 'string', default: '1' },
		timeout: { type: 'string' },
		// Clients behave like the app (stopAwarenessEcho); --echo measures the official provider as shipped.
		echo: { type: 'boolean', default: false },
	},
})
const N = Number(values.clients)
const DURATION_S = Number(values.duration)
const PRESENCE_HZ = Number(values['presence-hz'])
const EDIT_GAP_S = Number(values['edit-gap'])
const DRAG_FPS = Number(values['drag-fps'])
const SEED = Number(values.seed)
const TIMEOUT_S = Number(values.timeout ?? DURATION_S + 120)
if (!Number.isInteger(N) || N < 2) throw new Error('--clients must be an integer >= 2')
if (!(DURATION_S >= 10)) throw new Error('--duration must be at least 10 (seconds)')
if (!(PRESENCE_HZ > 0 && PRESENCE_HZ <= 60)) throw new Error('--presence-hz must be in (0, 60]')
if (!(EDIT_GAP_S > 0)) throw new Error('--edit-gap must be > 0 (seconds)')
if (!(DRAG_FPS > 0 && DRAG_FPS <= 120)) throw new Error('--drag-fps must be in (0, 120]')
if (!Number.isInteger(SEED)) throw new Error('--seed must be an integer')

// Every WebsocketProvider adds a process 'exit' listener.
process.setMaxListeners(N + 20)

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'niudai-bench-meeting-'))
let server: ChildProcess | null = null
const serverLog: string[] = []

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const sleepUntil = (t: number) => sleep(Math.max(0, t - performance.now()))
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits

/** Kills the server child (if still running) and removes the data directory; safe to call twice. */
function hardCleanup(): void {
	if (server && server.exitCode === null && server.signalCode === null) server.kill('SIGKILL')
	fs.rmSync(dataDir, { recursive: true, force: true })
}
process.on('exit', hardCleanup)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => {
		console.error(`ERROR: interrupted (${signal})`)
		process.exit(130)
	})
}

// Nothing may hang: give up after the overall timeout.
const watchdog = setTimeout(() => {
	console.error(`ERROR: benchmark did not finish within ${TIMEOUT_S} s`)
	process.exit(1) // the exit handler kills the server
}, TIMEOUT_S * 1000)

/** Starts `server/main.ts` in a child process and resolves with its port. */
function startServer(): Promise<number> {
	const started = spawnServer(root, dataDir, serverLog, { REST_LIMIT: '100000' })
	server = started.child
	return started.port
}

const CLK_TCK = (() => {
	try {
		return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100
	} catch {
		return 100
	}
})()

/** User + system CPU time a process used so far, in ms (/proc/<pid>/stat fields 14 and 15). */
function procCpuMs(pid: number): number {
	const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ') // fields[0] is field 3 (state)
	return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLK_TCK
}

/** Busy and total jiffies of the whole machine (/proc/stat), to show how loaded it was. */
function machineCpu(): { busy: number; total: number } {
	const line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]
	const nums = line.trim().split(/\s+/).slice(1, 9).map(Number)
	const total = nums.reduce((s, x) => s + x, 0)
	return { busy: total - nums[3] - nums[4], total }
}

function percentile(sorted: number[], p: number): number {
	if (sorted.length === 0) return Number.NaN
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

/** p50/p95/p99/max of `samples`, rounded. */
function stats(samples: number[]): { n: number; p50: number; p95: number; p99: number; max: number } {
	const s = [...samples].sort((a, b) => a - b)
	return {
		n: s.length,
		p50: round(percentile(s, 50)),
		p95: round(percentile(s, 95)),
		p99: round(percentile(s, 99)),
		max: round(s[s.length - 1] ?? Number.NaN),
	}
}

/** JSON with object keys sorted, so equal content gives equal text whatever the insertion order. */
function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
	if (value !== null && typeof value === 'object') {
		const obj = value as Record<string, unknown>
		return `{${Object.keys(obj)
			.sort()
			.map((k) => `${JSON.stringify(k)}:${canonical(obj[k])}`)
			.join(',')}}`
	}
	return JSON.stringify(value) ?? 'null'
}

// ---------------------------------------------------------------- latency matching

type Category = 'meeting' | 'ballot' | 'edit' | 'voteResults'
const CATEGORIES: Category[] = ['meeting', 'ballot', 'edit', 'voteResults']

interface Pending {
	sentAt: number
	cat: Category
	waiting: Set<number>
	first: number
	/** The map and key written (the signature without the value), and by which client. */
	slot: string
	writer: number
}

/** Two writes of one key by different clients this close (ms) count as concurrent. */
const CONCURRENT_MS = 250

/**
 * Matches each written value to its arrivals. A writer calls `expect` right before its
 * transaction with a signature (map, key, JSON value) and the receivers it expects; each
 * receiver's observer calls `arrive` with the signature of what it saw. The same
 * signature written twice is matched first-in, first-out per receiver.
 */
class Tracker {
	private readonly pending = new Map<string, Pending[]>()
	readonly samples: Record<Category, number[]> = { meeting: [], ballot: [], edit: [], voteResults: [] }
	readonly firstArrival: Record<Category, number[]> = { meeting: [], ballot: [], edit: [], voteResults: [] }
	readonly expected: Record<Category, number> = { meeting: 0, ballot: 0, edit: 0, voteResults: 0 }
	readonly writes: Record<Category, number> = { meeting: 0, ballot: 0, edit: 0, voteResults: 0 }
	private readonly history = new Map<string, { sentAt: number; writer: number }[]>()

	expect(cat: Category, sig: string, receivers: readonly number[], writer: number): void {
		const slot = sig.slice(0, sig.lastIndexOf('|'))
		const sentAt = performance.now()
		const entry: Pending = { sentAt, cat, waiting: new Set(receivers), first: Number.NaN, slot, writer }
		const writes = this.history.get(slot)
		if (writes) writes.push({ sentAt, writer })
		else this.history.set(slot, [{ sentAt, writer }])
		const list = this.pending.get(sig)
		if (list) list.push(entry)
		else this.pending.set(sig, [entry])
		this.expected[cat] += receivers.length
		this.writes[cat]++
	}

	arrive(sig: string, client: number): void {
		const list = this.pending.get(sig)
		if (!list) return
		const i = list.findIndex((e) => e.waiting.has(client))
		if (i < 0) return
		const e = list[i]
		const latency = performance.now() - e.sentAt
		e.waiting.delete(client)
		this.samples[e.cat].push(latency)
		if (Number.isNaN(e.first)) {
			e.first = latency
			this.firstArrival[e.cat].push(latency)
		}
		if (e.waiting.size === 0) {
			list.splice(i, 1)
			if (list.length === 0) this.pending.delete(sig)
		}
	}

	/**
	 * Writes some receivers never observed, by category: `concurrent` when another client
	 * wrote the same key within CONCURRENT_MS (Yjs keeps one of two concurrent values, and
	 * a receiver that got the winner first sees no change when the loser arrives), else `other`.
	 */
	unobserved(): Record<Category, { writes: number; samples: number; concurrent: number }> {
		const out = Object.fromEntries(CATEGORIES.map((k) => [k, { writes: 0, samples: 0, concurrent: 0 }])) as Record<
			Category,
			{ writes: number; samples: number; concurrent: number }
		>
		for (const list of this.pending.values()) {
			for (const e of list) {
				const o = out[e.cat]
				o.writes++
				o.samples += e.waiting.size
				const rivals = this.history.get(e.slot) ?? []
				if (rivals.some((w) => w.writer !== e.writer && Math.abs(w.sentAt - e.sentAt) < CONCURRENT_MS)) o.concurrent++
			}
		}
		return out
	}
}

const tracker = new Tracker()
const sig = {
	meeting: (key: string, value: unknown) => `meeting|${key}|${JSON.stringify(value ?? null)}`,
	ballot: (key: string, value: unknown) => `ballot|${key}|${JSON.stringify(value ?? null)}`,
	field: (id: string, field: string, value: unknown) => `rec|${id}|${field}|${JSON.stringify(value ?? null)}`,
	created: (id: string) => `rec|${id}|new`,
}

// ---------------------------------------------------------------- clients

interface Camera {
	x: number
	y: number
	z: number
}

interface Client {
	idx: number
	role: 'facilitator' | 'editor'
	phone: boolean
	doc: Y.Doc
	provider: WebsocketProvider
	/** Seeded streams, one per activity, so the timing of one does not shift another's choices. */
	rand: () => number
	presenceRand: () => number
	voteRand: () => number
	userId: string
	name: string
	color: string
	camera: Camera
	cursor: { x: number; y: number }
	selected: string[]
	/** Frames and bytes this client's socket received and sent, by message type (0 sync, 1 awareness), while counting. */
	recv: { frames: [number, number]; bytes: [number, number] }
	sent: { frames: [number, number]; bytes: [number, number] }
	disconnects: number
	newNeeds: number
	edits: number
}

let counting = false
const awarenessLatency: number[] = []
const COLORS = ['#e03131', '#1971c2', '#2f9e44', '#f08c00', '#7048e8', '#0c8599', '#c2255c', '#5c940d']

/** Counts every frame of the client's socket (each new socket after a reconnect too). */
function tapSocket(c: Client): void {
	let tapped: unknown = null
	c.provider.on('status', ({ status }: { status: string }) => {
		if (status === 'disconnected') c.disconnects++
		const ws = c.provider.ws as unknown as {
			addEventListener(type: 'message', l: (ev: { data: unknown }) => void): void
			send(data: Uint8Array | ArrayBuffer): void
		} | null
		if (status !== 'connected' || !ws || ws === tapped) return
		tapped = ws
		ws.addEventListener('message', (ev) => {
			if (!counting) return
			const data = ev.data instanceof ArrayBuffer ? new Uint8Array(ev.data) : (ev.data as Uint8Array)
			const type = data[0] === 1 ? 1 : 0
			c.recv.frames[type]++
			c.recv.bytes[type] += data.byteLength
		})
		const send = ws.send.bind(ws)
		ws.send = (data) => {
			if (counting) {
				const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : data
				const type = bytes[0] === 1 ? 1 : 0
				c.sent.frames[type]++
				c.sent.bytes[type] += bytes.byteLength
			}
			send(data)
		}
	})
}

async function main(): Promise<void> {
	const wallStart = performance.now()
	const port = await startServer()
	const pid = server?.pid as number
	const base = `http://127.0.0.1:${port}`
	const board = await createBoardWithToken(base, 'Meeting benchmark', 'example')
	const editorLink = await createLink(base, board.id, { role: 'editor', label: 'participants' })
	const db = new Database(path.join(dataDir, 'niudai.sqlite'), { readonly: true, fileMustExist: true })
	/** Bytes of the board's stored document: the snapshot row and the update log rows after it. */
	const storedBytes = () => {
		const snap = db.prepare('SELECT length(data) AS n FROM snapshots WHERE board_id = ?').get(board.id) as
			| { n: number }
			| undefined
		const log = db
			.prepare('SELECT count(*) AS rows, coalesce(sum(length(data)), 0) AS n FROM updates WHERE board_id = ?')
			.get(board.id) as { rows: number; n: number }
		return { snapshot: snap?.n ?? 0, logRows: log.rows, logBytes: log.n }
	}
	const exportJsonBytes = async () => {
		const res = await fetch(`${base}/api/boards/${board.id}/export?format=json&private=1`, {
			headers: bearer(board.token),
		})
		if (!res.ok) throw new Error(`export failed: ${res.status}`)
		return (await res.arrayBuffer()).byteLength
	}
	await sleep(300) // let the server settle after start-up
	const serverIdle = procMemory(pid)
	const exportStart = await exportJsonBytes()

	// Connect every client and wait until each has synced.
	const master = mulberry32(SEED)
	const connectStart = performance.now()
	const clients: Client[] = Array.from({ length: N }, (_, idx) => {
		const doc = new Y.Doc()
		const role = idx === 0 ? 'facilitator' : 'editor'
		const provider = connectClient(port, board.id, doc, role === 'facilitator' ? board.token : editorLink.token)
		if (!values.echo) stopAwarenessEcho(provider)
		const c: Client = {
			idx,
			role,
			// Half of everyone is on a phone: participants 1 … N/2 (the facilitator is on a laptop).
			phone: idx >= 1 && idx <= Math.floor(N / 2),
			doc,
			provider,
			rand: mulberry32(Math.floor(master() * 2 ** 32)),
			presenceRand: mulberry32(Math.floor(master() * 2 ** 32)),
			voteRand: mulberry32(Math.floor(master() * 2 ** 32)),
			userId: `user:bench-${idx}`,
			name: idx === 0 ? '主持人' : `参与者${idx}`,
			color: COLORS[idx % COLORS.length],
			camera: { x: 0, y: 0, z: 1 },
			cursor: { x: 0, y: 0 },
			selected: [],
			recv: { frames: [0, 0], bytes: [0, 0] },
			sent: { frames: [0, 0], bytes: [0, 0] },
			disconnects: 0,
			newNeeds: 0,
			edits: 0,
		}
		tapSocket(c)
		return c
	})
	await Promise.all(clients.map((c) => whenSynced(c.provider)))
	const connectMs = performance.now() - connectStart
	const [fac, ...participants] = clients
	const everyoneBut = (c: Client) => clients.filter((o) => o !== c).map((o) => o.idx)
	const othersOfFac = everyoneBut(fac)

	// The board as the facilitator sees it after the sync.
	const seedRecords = readAllRecords(fac.doc)
	const pageId = seedRecords.find((r) => r.typeName === 'page')?.id ?? 'page:page'
	const cardIds = seedRecords
		.filter((r) => r.typeName === 'shape' && ['need', 'resource', 'actor', 'project'].includes(String(r.type)))
		.map((r) => r.id)
	const needTemplate = seedRecords.find((r) => r.type === 'need') as PlainRecord | undefined
	if (!needTemplate || cardIds.length === 0) throw new Error('the example template has no cards')
	const docBytesStart = Y.encodeStateAsUpdate(fac.doc).byteLength

	// Observers: meeting changes (everyone), ballots (the facilitator), records (everyone).
	for (const c of clients) {
		const meeting = getYMeeting(c.doc)
		meeting.observe((event) => {
			for (const key of event.keysChanged) tracker.arrive(sig.meeting(key, meeting.get(key)), c.idx)
		})
		const records = getYRecords(c.doc)
		records.observeDeep((events) => {
			for (const event of events) {
				if (event.target === records) {
					for (const [key, change] of event.keys) if (change.action === 'add') tracker.arrive(sig.created(key), c.idx)
					continue
				}
				const target = event.target as Y.Map<unknown>
				const id = String(event.path[0])
				const prefix = event.path.length > 1 ? `${String(event.path[1])}.` : ''
				for (const key of (event as Y.YMapEvent<unknown>).keysChanged)
					tracker.arrive(sig.field(id, `${prefix}${key}`, target.get(key)), c.idx)
			}
		})
		// Awareness: the presence's lastActivityTimestamp is its publish time (epoch ms).
		c.provider.awareness.on('update', ({ added, updated }: { added: number[]; updated: number[] }, origin: unknown) => {
			if (!counting || origin === 'local') return
			const states = c.provider.awareness.getStates()
			const now = Date.now()
			for (const id of [...added, ...updated]) {
				if (id === c.doc.clientID) continue
				const ts = (states.get(id)?.presence as { lastActivityTimestamp?: unknown } | undefined)?.lastActivityTimestamp
				if (typeof ts === 'number') awarenessLatency.push(now - ts)
			}
		})
	}
	const ballotsAtFac = getYBallots(fac.doc)
	ballotsAtFac.observe((event) => {
		for (const key of event.keysChanged) tracker.arrive(sig.ballot(key, ballotsAtFac.get(key)), fac.idx)
	})

	// Presence: every client publishes a tldraw-shaped presence record at PRESENCE_HZ.
	let facPanning = false
	const publishPresence = (c: Client) => {
		const r = c.presenceRand
		const screen = c.phone ? { x: 0, y: 0, w: 390, h: 844 } : { x: 0, y: 0, w: 1440, h: 900 }
		let followingUserId: string | null = null
		if (c === fac) {
			if (facPanning) {
				c.camera = { x: round(c.camera.x - 12), y: round(c.camera.y - 4), z: c.camera.z }
			}
		} else {
			const follow = parseFollowRequest(getYMeeting(c.doc).get(MEETING_FOLLOW_KEY))
			if (follow) {
				followingUserId = follow.userId
				// Mirror the leader's camera from its presence, as tldraw's follow does.
				for (const state of c.provider.awareness.getStates().values()) {
					const p = state.presence as { userId?: string; camera?: Camera } | undefined
					if (p?.userId === follow.userId && p.camera) c.camera = { ...p.camera }
				}
			}
		}
		if (c.selected.length === 0) {
			c.cursor = { x: round(c.cursor.x + (r() - 0.5) * 60), y: round(c.cursor.y + (r() - 0.5) * 60) }
		}
		c.provider.awareness.setLocalStateField('presence', {
			selectedShapeIds: c.selected,
			brush: null,
			scribbles: [],
			userId: c.userId,
			userName: c.name,
			followingUserId,
			camera: c.camera,
			color: c.color,
			currentPageId: pageId,
			cursor: { x: c.cursor.x, y: c.cursor.y, rotation: 0, type: 'default' },
			lastActivityTimestamp: Date.now(),
			screenBounds: screen,
			chatMessage: '',
			meta: { role: c.role },
		})
	}
	const presenceTimers: NodeJS.Timeout[] = []
	const presenceStarts: NodeJS.Timeout[] = []
	for (const c of clients) {
		const period = 1000 / PRESENCE_HZ
		presenceStarts.push(
			setTimeout(() => {
				publishPresence(c)
				presenceTimers.push(setInterval(() => publishPresence(c), period))
			}, c.presenceRand() * period),
		)
	}
	await sleep(2000) // presence from everyone for a while before measuring the connected state
	const serverConnected = procMemory(pid)

	// ------------------------------------------------------------ the meeting script
	const D = DURATION_S * 1000
	const t0 = performance.now()
	const at = (fraction: number) => t0 + fraction * D
	const cpu0 = procCpuMs(pid)
	const benchCpu0 = process.cpuUsage()
	const machine0 = machineCpu()
	const load0 = os.loadavg()
	counting = true

	const facWrite = (key: string, value: unknown) => {
		tracker.expect('meeting', sig.meeting(key, value), othersOfFac, fac.idx)
		writeMeetingValue(fac.doc, key, value)
	}
	const readTimer = () => getYMeeting(fac.doc).get(MEETING_TIMER_KEY) as TimerState
	let session: VoteSession | null = null
	const voteEndAt = at(0.8)

	const facilitatorScript = async () => {
		await sleepUntil(at(0))
		facWrite(MEETING_TIMER_KEY, startTimer(60 * 60 * 1000, Date.now()))
		await sleepUntil(at(0.02))
		facWrite(MEETING_FOLLOW_KEY, createFollowRequest(`f${SEED}a`, fac.userId, fac.name, Date.now()))
		facPanning = true
		await sleepUntil(at(0.12))
		facPanning = false
		facWrite(MEETING_FOLLOW_KEY, null)
		await sleepUntil(at(0.2))
		facWrite(MEETING_TIMER_KEY, addTime(readTimer(), 5 * 60 * 1000, Date.now()))
		await sleepUntil(at(0.3))
		facWrite(MEETING_TIMER_KEY, pauseTimer(readTimer(), Date.now()))
		await sleepUntil(at(0.33))
		facWrite(MEETING_TIMER_KEY, resumeTimer(readTimer(), Date.now()))
		await sleepUntil(at(0.35))
		session = createVoteSession({
			id: `v${SEED}bench`,
			dotsPerVoter: 3,
			anonymous: false,
			frameId: null,
			now: Date.now(),
		})
		facWrite(MEETING_VOTE_KEY, session)
		await sleepUntil(voteEndAt)
		// End the vote as the client does: every need's count as its `votes` (one
		// transaction), then the closed session.
		const records = getYRecords(fac.doc)
		const needIds = new Set(
			readAllRecords(fac.doc)
				.filter((r) => r.typeName === 'shape' && r.type === 'need')
				.map((r) => r.id),
		)
		const ballots = new Map<string, Ballot>()
		for (const [key, value] of ballotsAtFac.entries()) {
			const b = parseBallot(value)
			if (b) ballots.set(key, b)
		}
		const counts = tallyVotes(session, ballots, needIds)
		fac.doc.transact(() => {
			for (const [id, n] of counts) {
				const props = records.get(id)?.get('props')
				if (!(props instanceof Y.Map) || props.get('votes') === n) continue
				tracker.expect('voteResults', sig.field(id, 'props.votes', n), othersOfFac, fac.idx)
				props.set('votes', n)
			}
		})
		facWrite(MEETING_VOTE_KEY, closeVoteSession(session, Date.now()))
		await sleepUntil(at(0.85))
		facWrite(MEETING_FOLLOW_KEY, createFollowRequest(`f${SEED}b`, fac.userId, fac.name, Date.now()))
		facPanning = true
		await sleepUntil(at(0.92))
		facPanning = false
		facWrite(MEETING_FOLLOW_KEY, null)
		await sleepUntil(at(0.97))
		facWrite(MEETING_TIMER_KEY, resetTimer(readTimer()))
	}

	// Ballots go through the server's REST route, as the client sends them. The bench knows
	// the server's DATA_DIR, so it derives each voter id the way the server does and can
	// register the expected ballot before sending it.
	const boardKey = boardBallotKey(loadOrCreateBallotSecret(dataDir), board.id)
	const lastBallot = new Map<number, string>()
	const writeBallot = (c: Client, dots: string[]) => {
		if (!session || performance.now() > voteEndAt - 200) return
		const participant = `bench-participant-${SEED}-${c.idx}`
		const linkId = c.role === 'facilitator' ? null : editorLink.id
		const voterId = voterIdOf(boardKey, session.id, linkId, participant)
		const ballot: Ballot = { voteId: session.id, voterId, name: c.name, dots: [...dots] }
		const key = ballotKey(session.id, voterId)
		// The server skips a ballot that did not change: nothing arrives for it.
		if (lastBallot.get(c.idx) !== JSON.stringify(ballot))
			tracker.expect('ballot', sig.ballot(key, ballot), [fac.idx], c.idx)
		lastBallot.set(c.idx, JSON.stringify(ballot))
		const token = c.role === 'facilitator' ? board.token : editorLink.token
		void fetch(`${base}/api/boards/${board.id}/votes/${encodeURIComponent(session.id)}/ballot`, {
			method: 'PUT',
			headers: bearer(token, { 'content-type': 'application/json' }),
			body: JSON.stringify({ dots, participant, name: c.name }),
		}).then((res) => {
			if (!res.ok) console.error(`ballot refused: ${res.status}`)
			return res.arrayBuffer()
		})
	}

	const voterScript = async (c: Client) => {
		const r = c.voteRand
		await sleepUntil(at(0.35) + 200)
		while (!session) await sleep(20)
		await sleep(r() * 0.15 * D) // people notice the vote at different times
		// Needs as this participant sees them now (the vote covers the whole board).
		const needs = readAllRecords(c.doc)
			.filter((rec) => rec.typeName === 'shape' && rec.type === 'need')
			.map((rec) => rec.id)
		const pick = () => needs[Math.floor(r() * needs.length)]
		// A gap between two clicks; false once the vote is (about to be) closed.
		const gap = async () => {
			await sleep(500 + r() * 1500)
			return performance.now() < voteEndAt - 200
		}
		const dots: string[] = []
		for (let i = 0; i < 3; i++) {
			dots.push(pick())
			writeBallot(c, dots)
			if (!(await gap())) return
		}
		const changes = 1 + Math.floor(r() * 3)
		for (let i = 0; i < changes; i++) {
			dots.splice(Math.floor(r() * dots.length), 1)
			writeBallot(c, dots)
			if (!(await gap())) return
			dots.push(pick())
			writeBallot(c, dots)
			if (!(await gap())) return
		}
	}

	const editEnd = at(0.95)
	const urgencies = URGENCIES.map((o) => o.value)
	const needStatuses = NEED_STATUSES.map((o) => o.value)
	const myCards = new Map<number, string[]>()

	const drag = async (c: Client, id: string) => {
		const yrec = getYRecords(c.doc).get(id)
		const start = yrec?.get('xyr')
		if (!yrec || !Array.isArray(start)) return
		const r = c.rand
		const frames = Math.max(2, Math.round(((300 + r() * 900) * DRAG_FPS) / 1000))
		const dx = (r() - 0.5) * 600
		const dy = (r() - 0.5) * 400
		c.selected = [id]
		const t = performance.now()
		for (let f = 1; f <= frames; f++) {
			await sleepUntil(t + (f * 1000) / DRAG_FPS)
			const value = [round(start[0] + (dx * f) / frames), round(start[1] + (dy * f) / frames), start[2]]
			c.cursor = { x: value[0], y: value[1] }
			tracker.expect('edit', sig.field(id, 'xyr', value), everyoneBut(c), c.idx)
			c.doc.transact(() => yrec.set('xyr', value))
		}
		c.selected = []
	}

	const setProp = (c: Client, id: string, key: string, value: unknown) => {
		const props = getYRecords(c.doc).get(id)?.get('props')
		if (!(props instanceof Y.Map)) return
		tracker.expect('edit', sig.field(id, `props.${key}`, value), everyoneBut(c), c.idx)
		c.doc.transact(() => props.set(key, value))
	}

	const typeTitle = async (c: Client, id: string) => {
		const title = getYRecords(c.doc).get(id)?.get('props')
		if (!(title instanceof Y.Map)) return
		const base = String(title.get('title') ?? '').replace(/ ·.*$/, '')
		const tag = ` ·${c.idx}.${c.edits}`
		c.selected = [id]
		for (let i = 2; i <= tag.length; i++) {
			setProp(c, id, 'title', base + tag.slice(0, i))
			await sleep(120 + c.rand() * 200) // one write per keystroke
		}
		c.selected = []
	}

	const createNeed = (c: Client) => {
		const records = getYRecords(c.doc)
		const parentId = needTemplate.parentId
		let top: IndexKey | null = null
		for (const rec of readAllRecords(c.doc)) {
			if (rec.typeName === 'shape' && rec.parentId === parentId && (top === null || String(rec.index) > top)) {
				top = rec.index as IndexKey
			}
		}
		const id = `shape:bench${c.idx}n${c.newNeeds++}`
		const template = readRecord(records.get(needTemplate.id)) ?? needTemplate
		const rec: PlainRecord = {
			...template,
			id,
			index: getIndexAbove(top),
			x: round(Number(template.x) + (c.rand() - 0.5) * 800),
			y: round(Number(template.y) + 200 + c.rand() * 400),
			props: { ...(template.props as Record<string, unknown>), title: `新需求 ${c.idx}-${c.newNeeds}`, votes: 0 },
		}
		tracker.expect('edit', sig.created(id), everyoneBut(c), c.idx)
		c.doc.transact(() => writeRecord(records, rec))
		myCards.set(c.idx, [...(myCards.get(c.idx) ?? []), id])
	}

	const editorScript = async (c: Client) => {
		const r = c.rand
		let next = at(0.03) + r() * EDIT_GAP_S * 1000
		while (true) {
			await sleepUntil(next)
			if (performance.now() >= editEnd) break
			const pool = [...cardIds, ...(myCards.get(c.idx) ?? [])]
			const id = pool[Math.floor(r() * pool.length)]
			const kind = readRecord(getYRecords(c.doc).get(id))?.type
			const roll = r()
			c.edits++
			// Phones drag less and tap selects more; a laptop drags more.
			const dragShare = c.phone ? 0.25 : 0.55
			if (roll < dragShare) await drag(c, id)
			else if (roll < dragShare + 0.2) await typeTitle(c, id)
			else if (roll < 0.95 && kind === 'need') {
				const key = r() < 0.5 ? 'urgency' : 'status'
				const options = key === 'urgency' ? urgencies : needStatuses
				const current = getYRecords(c.doc).get(id)?.get('props')
				const now = current instanceof Y.Map ? current.get(key) : undefined
				const choices = options.filter((o) => o !== now)
				setProp(c, id, key, choices[Math.floor(r() * choices.length)])
			} else if (roll >= 0.95 && c.newNeeds < 2) createNeed(c)
			else await typeTitle(c, id)
			// Planned times (not "now + gap"), so the same seed gives the same actions; an action
			// that overruns its slot only delays the next one.
			next += EDIT_GAP_S * 1000 * (0.25 + 1.5 * r()) // mean EDIT_GAP_S
		}
	}

	await Promise.all([
		facilitatorScript(),
		...participants.map((c) => voterScript(c)),
		...participants.map((c) => editorScript(c)),
	])
	await sleepUntil(at(1))
	const scriptMs = performance.now() - t0
	counting = false
	const cpu1 = procCpuMs(pid)
	const benchCpu = process.cpuUsage(benchCpu0)
	const machine1 = machineCpu()
	const load1 = os.loadavg()
	const serverEnd = procMemory(pid)

	// Quiet down: stop presence, then wait until every state vector matches.
	for (const t of presenceStarts) clearTimeout(t)
	for (const t of presenceTimers) clearInterval(t)
	const sv = (c: Client) => toBase64(Y.encodeStateVector(c.doc))
	const settleStart = performance.now()
	while (performance.now() - settleStart < 15_000 && !clients.every((c) => sv(c) === sv(fac))) await sleep(50)
	await sleep(300)
	const contentOf = (c: Client) =>
		createHash('sha256')
			.update(
				canonical({
					records: readAllRecords(c.doc).sort((a, b) => (a.id < b.id ? -1 : 1)),
					meeting: getYMeeting(c.doc).toJSON(),
					ballots: getYBallots(c.doc).toJSON(),
				}),
			)
			.digest('hex')
	const facHash = contentOf(fac)
	const diverged = clients.filter((c) => contentOf(c) !== facHash || sv(c) !== sv(fac)).map((c) => c.idx)
	const syncState = await (
		await fetch(`${base}/api/boards/${board.id}/sync-state`, { headers: bearer(board.token) })
	).json()
	const serverMatches = (syncState as { stateVector: string }).stateVector === sv(fac)
	const recordCountEnd = readAllRecords(fac.doc).length
	const docBytesEnd = Y.encodeStateAsUpdate(fac.doc).byteLength
	const exportEnd = await exportJsonBytes()
	const storedBefore = storedBytes()
	const disconnects = clients.reduce((s, c) => s + c.disconnects, 0)

	// Tear down: clients first, then the server (SIGTERM: rooms are flushed and compacted).
	for (const c of clients) {
		c.provider.destroy()
		c.provider.awareness.destroy()
		c.doc.destroy()
	}
	await stopServer(server)
	const storedAfter = storedBytes()
	db.close()
	const wallMs = performance.now() - wallStart

	// ------------------------------------------------------------ figures
	const windowS = scriptMs / 1000
	const perClient = (f: (c: Client) => number, among: Client[] = clients) => {
		const v = among.map(f)
		return {
			min: round(Math.min(...v), 1),
			mean: round(v.reduce((s, x) => s + x, 0) / v.length, 1),
			max: round(Math.max(...v), 1),
		}
	}
	const awarenessIn = perClient((c) => c.recv.frames[1] / windowS)
	const awarenessOut = perClient((c) => c.sent.frames[1] / windowS)
	const kbIn = perClient((c) => (c.recv.bytes[0] + c.recv.bytes[1]) / 1024 / windowS)
	const kbOut = perClient((c) => (c.sent.bytes[0] + c.sent.bytes[1]) / 1024 / windowS)
	const phones = clients.filter((c) => c.phone)
	const phoneKbIn = perClient((c) => (c.recv.bytes[0] + c.recv.bytes[1]) / 1024 / windowS, phones)
	const serverCpuMs = cpu1 - cpu0
	const benchCpuMs = (benchCpu.user + benchCpu.system) / 1000
	const machineBusy = (machine1.busy - machine0.busy) / (machine1.total - machine0.total)
	const cores = os.cpus().length
	const lat = Object.fromEntries(CATEGORIES.map((k) => [k, stats(tracker.samples[k])])) as Record<
		Category,
		ReturnType<typeof stats>
	>
	const first = Object.fromEntries(CATEGORIES.map((k) => [k, stats(tracker.firstArrival[k])])) as Record<
		Category,
		ReturnType<typeof stats>
	>
	const lost = tracker.unobserved()
	const result = {
		clients: N,
		phones: phones.length,
		durationS: DURATION_S,
		presenceHz: PRESENCE_HZ,
		editGapS: EDIT_GAP_S,
		dragFps: DRAG_FPS,
		seed: SEED,
		cards: cardIds.length,
		recordsStart: seedRecords.length,
		recordsEnd: recordCountEnd,
		writes: tracker.writes,
		lost,
		latencyMs: lat,
		firstArrivalMs: first,
		awarenessLatencyMs: stats(awarenessLatency),
		awarenessFramesPerClientPerS: { received: awarenessIn, sent: awarenessOut },
		downlinkKBPerClientPerS: { all: kbIn, phones: phoneKbIn },
		uplinkKBPerClientPerS: kbOut,
		serverRssMB: {
			idle: mb(serverIdle.rss),
			connected: mb(serverConnected.rss),
			end: mb(serverEnd.rss),
			peak: mb(serverEnd.hwm),
		},
		serverCpu: { ms: Math.round(serverCpuMs), pctOfOneCore: round((serverCpuMs / scriptMs) * 100, 1) },
		benchCpu: { ms: Math.round(benchCpuMs), pctOfOneCore: round((benchCpuMs / scriptMs) * 100, 1) },
		machine: {
			cores,
			busyCores: round(machineBusy * cores, 2),
			otherBusyCores: round(machineBusy * cores - (serverCpuMs + benchCpuMs) / scriptMs, 2),
			loadavg1: [round(load0[0]), round(load1[0])],
		},
		docBytes: { start: docBytesStart, end: docBytesEnd },
		stored: { before: storedBefore, afterShutdown: storedAfter },
		exportJsonBytes: { start: exportStart, end: exportEnd },
		converged: diverged.length === 0,
		diverged,
		serverStateVectorMatches: serverMatches,
		disconnects,
		connectAndSyncMs: Math.round(connectMs),
		scriptMs: Math.round(scriptMs),
		serverLogLines: serverLog.length,
		wallMs: Math.round(wallMs),
	}

	const l = (s: ReturnType<typeof stats>, withP99 = false) =>
		`p50 ${s.p50} / p95 ${s.p95}${withP99 ? ` / p99 ${s.p99}` : ''} / max ${s.max} ms  (n=${s.n})`
	const range = (x: { min: number; mean: number; max: number }, unit: string) =>
		`${x.mean} ${unit} mean (min ${x.min}, max ${x.max})`
	const rows: [string, string][] = [
		['clients / phones', `${N} (1 facilitator + ${N - 1} editors) / ${phones.length}`],
		[
			'board',
			`example template: ${cardIds.length} cards, ${seedRecords.length} records → ${recordCountEnd} at the end`,
		],
		[
			'script',
			`${DURATION_S} s; presence ${PRESENCE_HZ} Hz; edit gap ${EDIT_GAP_S} s mean; drags ${DRAG_FPS} fps; seed ${SEED}`,
		],
		[
			'writes',
			`meeting ${tracker.writes.meeting}, ballots ${tracker.writes.ballot}, card edits ${tracker.writes.edit}, vote results ${tracker.writes.voteResults} (one transaction)`,
		],
		['meeting change → all others', l(lat.meeting)],
		['ballot → facilitator', l(lat.ballot)],
		['card edit → all others', l(lat.edit, true)],
		['vote results (votes props) → all others', l(lat.voteResults)],
		[
			'first arrival per change (meeting/edit)',
			`p95 ${first.meeting.p95} / ${first.edit.p95} ms, max ${first.meeting.max} / ${first.edit.max} ms`,
		],
		['presence publish → receive (ms clock)', l(result.awarenessLatencyMs, true)],
		[
			'writes some receiver never observed',
			CATEGORIES.map((k) => `${k} ${lost[k].writes} (${lost[k].concurrent} concurrent)`).join(', '),
		],
		['awareness frames received / client / s', range(awarenessIn, 'fps')],
		[
			'awareness frames sent / client / s',
			range(
				awarenessOut,
				values.echo ? 'fps (own presence + the provider’s echoes)' : 'fps (own presence only, as the app sends)',
			),
		],
		['downlink / client', range(kbIn, 'KB/s')],
		['downlink / phone', range(phoneKbIn, 'KB/s')],
		['uplink / client', range(kbOut, 'KB/s')],
		['server RSS idle (board created)', `${result.serverRssMB.idle} MB`],
		[`server RSS with ${N} clients`, `${result.serverRssMB.connected} MB`],
		['server RSS at the end / peak (VmHWM)', `${result.serverRssMB.end} MB / ${result.serverRssMB.peak} MB`],
		[
			'server CPU over the script',
			`${(serverCpuMs / 1000).toFixed(2)} s = ${result.serverCpu.pctOfOneCore}% of one core`,
		],
		[
			'bench process CPU (all clients)',
			`${(benchCpuMs / 1000).toFixed(2)} s = ${result.benchCpu.pctOfOneCore}% of one core`,
		],
		[
			'machine during the script',
			`${cores} cores, ${result.machine.busyCores} busy, of which ~${result.machine.otherBusyCores} other work; load avg ${result.machine.loadavg1.join(' → ')}`,
		],
		['Y.Doc encoded (client) start / end', `${kb(docBytesStart)} KB / ${kb(docBytesEnd)} KB`],
		[
			'stored before shutdown (snapshot + log)',
			`${kb(storedBefore.snapshot)} KB + ${storedBefore.logRows} rows / ${kb(storedBefore.logBytes)} KB`,
		],
		['stored after compaction (SQLite snapshot)', `${kb(storedAfter.snapshot)} KB (+ ${storedAfter.logRows} log rows)`],
		['REST export json start / end', `${kb(exportStart)} KB / ${kb(exportEnd)} KB`],
		['connect + sync all clients', `${result.connectAndSyncMs} ms`],
		['unexpected disconnects', String(result.disconnects)],
		['server warning/error log lines', String(result.serverLogLines)],
		['total wall time', `${(result.wallMs / 1000).toFixed(1)} s`],
	]
	const width = Math.max(...rows.map(([k]) => k.length))
	console.log('Niudai meeting benchmark (server in a child process, clients in this one)')
	for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`)
	for (const line of serverLog.slice(0, 10)) console.log(`  [server] ${line}`)
	console.log(
		result.converged && serverMatches
			? `CONVERGED: all ${N} clients hold the same records, meeting and ballots (state vectors equal the server's)`
			: `NOT CONVERGED: clients ${diverged.join(', ') || '(none)'} differ from the facilitator; server state vector ${serverMatches ? 'matches' : 'differs'}`,
	)
	console.log(`RESULT ${JSON.stringify(result)}`)

	clearTimeout(watchdog)
	process.exit(result.converged && serverMatches ? 0 : 1)
}

main().catch((err) => {
	console.error('ERROR:', err instanceof Error ? (err.stack ?? err.message) : err)
	process.exit(1) // the exit handler kills the server and removes the data directory
})
